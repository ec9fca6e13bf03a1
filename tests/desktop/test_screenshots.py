"""The screenshot script draws every picture of the sample event, each with something in it."""

from __future__ import annotations

from PySide6.QtGui import QImage

from desktop import screenshots

PICTURES = ["day1.png", "day2.png", "solve-panel.png", "conflicts.png", "day1-zh.png",
            "editor-sessions-zh.png", "editor-sessions.png", "editor-availability.png",
            "explanation.png"]


def colours(image: QImage, step: int = 7) -> set[int]:
    """The colours of a grid of sample points (a blank or one-colour picture has one or two)."""
    return {image.pixel(x, y) for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}


def test_the_script_writes_every_picture_and_none_is_blank(qapp, tmp_path):
    out = tmp_path / "shots"
    out.mkdir()
    written = screenshots.render(qapp, tmp_path, out, seconds=2)
    assert [name for name in written if name in PICTURES] == PICTURES  # and the features' own
    assert sorted(p.name for p in out.iterdir()) == sorted(written)
    images = {name: QImage(str(out / name)) for name in written}
    for name, image in images.items():
        assert not image.isNull(), name
        assert image.width() >= 600 and image.height() >= 200, (name, image.size())
        assert len(colours(image)) > 20, f"{name} is (nearly) one colour"
    assert images["day1.png"] != images["day1-zh.png"], "the Chinese names change the picture"
    assert images["day1.png"].size() == images["day1-zh.png"].size()
