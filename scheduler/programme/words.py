"""The words of a printed programme in English, Chinese or both, without Qt.

The programme is a document for the event's guests, so its language is chosen per export
("en", "zh" or "both"), not by the organiser's interface language: these words are data of
the document, like the names in the project, and live here beside the model.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "zh", "both")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

KINDS = {  # session kind: (English, Chinese)
    "plenary": ("Plenary", "全体大会"), "opening": ("Opening", "开幕式"),
    "keynote": ("Keynote", "主旨演讲"), "forum": ("Forum", "论坛"), "panel": ("Panel", "圆桌对话"),
    "talk": ("Talk", "演讲"), "workshop": ("Workshop", "工作坊"), "b2b": ("B2B matchmaking", "洽谈对接"),
    "signing": ("Signing ceremony", "签约仪式"), "site_visit": ("Site visit", "实地考察"),
    "banquet": ("Banquet", "宴会"), "break": ("Break", "休息"), "press": ("Press", "新闻发布"),
    "other": ("Other", "其他"),
}
ROLES = {  # roles printed, in this order: (English, Chinese)
    "host": ("Host", "主持"), "moderator": ("Moderator", "主持人"), "speaker": ("Speakers", "演讲嘉宾"),
    "panelist": ("Panellists", "对话嘉宾"), "vip": ("Guests of honour", "贵宾"),
}
SPOKEN = {"zh": ("Chinese", "中文"), "en": ("English", "英文")}
LABELS = {
    "online": ("Online", "线上"),
    "interpretation": ("with interpretation", "同声传译"),
    "remote": ("remote", "远程"),
    "time": ("Time", "时间"),
    "session": ("Session", "活动"),
    "place": ("Place", "地点"),
    "page": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "continued": ("continued", "续"),
    "unscheduled": ("Sessions not yet scheduled (not listed): {count}",
                    "尚未排定、未列入的活动：{count} 场"),
    "programme": ("Programme", "日程"),
}


class Words:
    """Labels and dates in one of LANGUAGES; "both" gives Chinese then English."""

    def __init__(self, language: str):
        if language not in LANGUAGES:
            raise ValueError(f"no programme language '{language}' (there are: {', '.join(LANGUAGES)})")
        self.language = language

    def pick(self, english: str, chinese: str, joint: str = " ") -> str:
        """One text in the programme's language; both forms when they differ, for "both"."""
        if self.language == "en" or not chinese:
            return english
        if self.language == "zh" or chinese == english or not english:
            return chinese
        return f"{chinese}{joint}{english}"

    def pair(self, english: str, chinese: str) -> tuple[str, str]:
        """A main line and a second line: for "both", the Chinese form over the English one."""
        if self.language == "both" and chinese and english and chinese != english:
            return chinese, english
        return self.pick(english, chinese), ""

    def label(self, name: str, joint: str = " ", **values) -> str:
        english, chinese = LABELS[name]
        return self.pick(english.format(**values), chinese.format(**values), joint)

    @property
    def colon(self) -> str:
        return "：" if self.language == "zh" else ": "

    @property
    def comma(self) -> str:
        """Between names in a list."""
        return "、" if self.language == "zh" else ", "

    @property
    def semicolon(self) -> str:
        """Between groups of names (the roles of a session)."""
        return "；" if self.language == "zh" else "; "

    def aside(self, text: str) -> str:
        """A remark in brackets after a name: full-width brackets around Chinese."""
        return f"（{text}）" if self.language != "en" else f" ({text})"

    def kind(self, kind: str) -> str:
        english, chinese = KINDS.get(kind, (kind.replace("_", " ").capitalize(), ""))
        return self.pick(english, chinese)

    def role(self, role: str) -> str:
        return self.pick(*ROLES[role])

    def spoken(self, language: str) -> str:
        english, chinese = SPOKEN.get(language, (language, language))
        return self.pick(english, chinese)

    def day(self, day: date) -> str:
        """Friday 28 May 2021 / 5月28日 星期五 / both."""
        english = f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        chinese = f"{day.month}月{day.day}日 {WEEKDAYS_ZH[day.weekday()]}"
        return self.pick(english, chinese, " · ")

    def dates(self, first: date, last: date) -> str:
        """The event's dates as one range: 28–29 May 2021 / 2021年5月28日至29日."""
        return self.pick(_english_range(first, last), _chinese_range(first, last), " · ")


def _english_range(first: date, last: date) -> str:
    end = f"{last.day} {MONTHS_EN[last.month - 1]} {last.year}"
    if first == last:
        return end
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{end}"
    if first.year == last.year:
        return f"{first.day} {MONTHS_EN[first.month - 1]} – {end}"
    return f"{first.day} {MONTHS_EN[first.month - 1]} {first.year} – {end}"


def _chinese_range(first: date, last: date) -> str:
    start = f"{first.year}年{first.month}月{first.day}日"
    if first == last:
        return start
    if (first.year, first.month) == (last.year, last.month):
        return f"{start}至{last.day}日"
    if first.year == last.year:
        return f"{start}至{last.month}月{last.day}日"
    return f"{start}至{last.year}年{last.month}月{last.day}日"


def clock_range(start: tuple[int, int], end: tuple[int, int]) -> str:
    """09:30–10:15 (the same in every language)."""
    return f"{start[0]:02d}:{start[1]:02d}–{end[0]:02d}:{end[1]:02d}"
