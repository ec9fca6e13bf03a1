"""Where a publication goes: a folder for the .ics feeds and/or a CalDAV server, and which feeds.

The folder, the server's URL and the user name are remembered in the settings when a
publication starts; the password never is (it lives in the field until the dialog closes).
The feeds offered are those of the version to be published (``scheduler.publishing.feeds``):
the programme, the online feed, and one per city, venue, room, channel, person and group.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from .. import settings as prefs
from .job import CalDavTarget
from .preview import FeedChoice
from .preview_views import named

GROUPS = (  # feed kind -> heading of its group in the list; translated at use
    ("city", QT_TRANSLATE_NOOP("FeedList", "Cities")),
    ("venue", QT_TRANSLATE_NOOP("FeedList", "Venues")),
    ("room", QT_TRANSLATE_NOOP("FeedList", "Rooms")),
    ("channel", QT_TRANSLATE_NOOP("FeedList", "Channels")),
    ("person", QT_TRANSLATE_NOOP("FeedList", "People")),
    ("group", QT_TRANSLATE_NOOP("FeedList", "Groups")),
)
LABEL = Qt.ItemDataRole.UserRole  # a feed item's label ("city:jinan")


class FeedList(QTreeWidget):
    """The feeds with check boxes, grouped by kind; the programme is ticked to start with."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Feed"), self.tr("Events")])
        self.setRootIsDecorated(True)
        self.itemChanged.connect(lambda *_: self.changed.emit())

    def set_feeds(self, feeds: tuple[FeedChoice, ...], language: str) -> None:
        self.blockSignals(True)
        self.clear()
        for feed in feeds:
            if feed.kind in ("programme", "online"):
                text = self.tr("Whole programme") if feed.kind == "programme" else self.tr("Online")
                self._leaf(self.invisibleRootItem(), feed, text, feed.kind == "programme")
        for kind, heading in GROUPS:
            members = [f for f in feeds if f.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem(self, [QCoreApplication.translate("FeedList", heading),
                                           str(len(members))])
            group.setFlags(group.flags() | Qt.ItemFlag.ItemIsUserCheckable
                           | Qt.ItemFlag.ItemIsAutoTristate)
            for feed in members:
                self._leaf(group, feed, named(feed.name_en, feed.name_zh, language), False)
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, self.columnWidth(0) + 24)  # room for the check box
        self.blockSignals(False)
        self.changed.emit()

    def _leaf(self, parent, feed: FeedChoice, text: str, ticked: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, str(feed.events)])
        item.setData(0, LABEL, feed.label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def leaves(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            out += [top] if top.data(0, LABEL) else [top.child(j) for j in range(top.childCount())]
        return out

    def chosen(self) -> tuple[str, ...]:
        return tuple(item.data(0, LABEL) for item in self.leaves()
                     if item.checkState(0) == Qt.CheckState.Checked)

    def choose(self, labels) -> None:
        """Tick exactly these feeds (by label)."""
        wanted = set(labels)
        for item in self.leaves():
            item.setCheckState(0, Qt.CheckState.Checked if item.data(0, LABEL) in wanted
                               else Qt.CheckState.Unchecked)


class Destinations(QGroupBox):
    """The "Where" section: export to a folder, push to a CalDAV server."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Where"))
        remembered = prefs.publish_targets()
        self.export_check = QCheckBox(self.tr("Export calendar feeds (.ics) to a folder"))
        self.folder = QLineEdit(remembered["folder"])
        self.folder.setPlaceholderText(self.tr("a folder for the .ics files and index.json"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.push_check = QCheckBox(self.tr("Push to a CalDAV server"))
        self.url = QLineEdit(remembered["url"])
        self.url.setPlaceholderText(self.tr("e.g. https://dav.example.org/slotwise/"))
        self.user = QLineEdit(remembered["user"])
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(self.tr("Used for this push only, never stored."))
        self.password_note.setStyleSheet("color: #68717c;")
        self.feeds = FeedList()
        self._build_layout()
        for box in (self.export_check, self.push_check):
            box.toggled.connect(self._update_enabled)
        for edit in (self.folder, self.url, self.user, self.password):
            edit.textChanged.connect(self.changed)
        self.feeds.changed.connect(self.changed)
        self.choose_button.clicked.connect(self.choose_folder)
        self._update_enabled()

    def _build_layout(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        server = QFormLayout()
        server.addRow(self.tr("Server URL"), self.url)
        server.addRow(self.tr("User"), self.user)
        server.addRow(self.tr("Password"), self.password)
        server.addRow("", self.password_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.export_check)
        layout.addLayout(folder_row)
        layout.addSpacing(8)
        layout.addWidget(self.push_check)
        layout.addLayout(server)
        layout.addWidget(QLabel(self.tr("Feeds to push (one calendar each):")))
        layout.addWidget(self.feeds, 1)

    def _update_enabled(self) -> None:
        exporting, pushing = self.export_check.isChecked(), self.push_check.isChecked()
        for widget in (self.folder, self.choose_button):
            widget.setEnabled(exporting)
        for widget in (self.url, self.user, self.password, self.password_note, self.feeds):
            widget.setEnabled(pushing)
        self.changed.emit()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the calendar feeds"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.export_check.setChecked(True)

    # -- what was chosen ------------------------------------------------------------------------

    def any_chosen(self) -> bool:
        return self.export_check.isChecked() or self.push_check.isChecked()

    def folder_path(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if self.export_check.isChecked() and text else None

    def caldav_target(self) -> CalDavTarget | None:
        if not self.push_check.isChecked():
            return None
        return CalDavTarget(self.url.text().strip(), self.user.text().strip(),
                            self.password.text(), self.feeds.chosen())

    def problem(self) -> str | None:
        """Why what was chosen cannot be done yet, in words; None when it can."""
        if self.export_check.isChecked():
            text = self.folder.text().strip()
            if not text:
                return self.tr("Choose a folder for the calendar feeds.")
            if Path(text).expanduser().exists() and not Path(text).expanduser().is_dir():
                return self.tr("{path} is a file, not a folder.").format(path=text)
        if self.push_check.isChecked():
            url = self.url.text().strip()
            if not url.lower().startswith(("http://", "https://")):
                return self.tr("Give the CalDAV server's URL (http:// or https://).")
            if not self.feeds.chosen():
                return self.tr("Tick at least one feed to push.")
        return None

    def remember(self) -> None:
        """Keep the folder, URL and user for the next publication (not the password)."""
        prefs.set_publish_targets(self.folder.text().strip(), self.url.text().strip(),
                                  self.user.text().strip())
