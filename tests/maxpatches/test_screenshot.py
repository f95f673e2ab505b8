"""The Pd patches as a user first sees them: each opened with Pd's own GUI (on an Xvfb
display) shows a front panel, the graph-on-parent area holding the controls, and
docs/max.md shows those screenshots.

Skipped only when Xvfb, Pd's GUI or ImageMagick is not installed (CI installs them).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from maxpatches import screenshot
from maxpatches.puredata.patch import PANEL_BG

MISSING = screenshot.missing_tools()
needs_gui = pytest.mark.skipif(
    bool(MISSING), reason=f"not installed: {', '.join(MISSING)} (CI installs them)"
)
pytestmark = [pytest.mark.client, needs_gui]

PATCHES = {patch.stem: patch for patch in screenshot.DOC_PATCHES}
GOP_EDGE = (0xFF, 0x80, 0x80)  # the colour Pd draws a graph-on-parent rectangle in
INK = (0, 0, 0)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


class Image:
    """A screenshot's pixels."""

    def __init__(self, png: Path) -> None:
        self.width, self.height, data = screenshot.read_png(png)
        self.pixels = [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]

    def at(self, x: int, y: int) -> tuple[int, ...]:
        return self.pixels[y * self.width + x]

    def where(self, colour: tuple[int, int, int]) -> list[tuple[int, int]]:
        return [(i % self.width, i // self.width) for i, p in enumerate(self.pixels) if p == colour]


def canvas_of(patch: Path) -> tuple[tuple[int, int], tuple[int, int, int, int]]:
    """The top canvas's window size and its graph-on-parent area (width, height and the
    margins x, y), from the file."""
    text = patch.read_text(encoding="utf-8")
    size = re.match(r"#N canvas \d+ \d+ (\d+) (\d+) \d+;", text)
    assert size is not None
    depth, gop = 0, None
    for line in text.splitlines():
        if line.startswith("#N canvas"):
            depth += 1
        elif line.startswith("#X restore"):
            depth -= 1
        elif line.startswith("#X coords") and depth == 1:
            w, h, flag, mx, my = (int(v) for v in line.rstrip(";").split()[6:11])
            assert flag & 1, "graph on parent"
            gop = (w, h, mx, my)
    assert gop is not None, f"{patch.name} has no graph-on-parent panel"
    return (int(size[1]), int(size[2])), gop


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[screenshot.Shot, Image]]:
    out = tmp_path_factory.mktemp("shots")
    taken = {}
    with screenshot.virtual_display() as display:
        for name, patch in PATCHES.items():
            shot = screenshot.screenshot(patch, out / screenshot.png_name(patch), display=display)
            taken[name] = (shot, Image(shot.png))
    return taken


@pytest.mark.parametrize("name", sorted(PATCHES))
def test_the_patch_opens_in_a_window_of_its_canvas_size(
    shots: dict[str, tuple[screenshot.Shot, Image]], name: str
) -> None:
    shot, image = shots[name]
    (width, height), _ = canvas_of(PATCHES[name])
    assert (shot.width, image.width) == (width, width)
    assert height < shot.height < height + 80  # the window's menu bar above the canvas


@pytest.mark.parametrize("name", sorted(PATCHES))
def test_the_window_is_drawn(shots: dict[str, tuple[screenshot.Shot, Image]], name: str) -> None:
    """Not blank: the panel's background, white around it, ink of boxes and labels."""
    _, image = shots[name]
    colours = Counter(image.pixels)
    assert len(colours) >= 5
    assert colours[INK] > 0.01 * len(image.pixels)
    assert colours[rgb(PANEL_BG)] > 0.2 * len(image.pixels)


@pytest.mark.parametrize("name", sorted(PATCHES))
def test_the_panel_is_the_graph_on_parent_area(
    shots: dict[str, tuple[screenshot.Shot, Image]], name: str
) -> None:
    """Pd outlines the graph-on-parent area: exactly the size and place the file gives,
    filled with the panel's background."""
    _, image = shots[name]
    _, (w, h, margin_x, _) = canvas_of(PATCHES[name])
    edge = image.where(GOP_EDGE)
    assert edge, "no graph-on-parent rectangle drawn"
    xs, ys = [x for x, _ in edge], [y for _, y in edge]
    left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
    assert (left, right - left, bottom - top) == (margin_x, w, h)
    inside = [image.at(x, y) for y in range(top + 1, bottom) for x in range(left + 1, right)]
    assert Counter(inside)[rgb(PANEL_BG)] > 0.6 * len(inside)


@pytest.mark.parametrize("name", sorted(PATCHES))
def test_the_controls_are_on_the_panel(
    shots: dict[str, tuple[screenshot.Shot, Image]], name: str
) -> None:
    """Most of the ink under the menu bar is inside the panel: the window shows the
    controls, not the wiring (the logic is a row of subpatch boxes under the panel)."""
    _, image = shots[name]
    edge = image.where(GOP_EDGE)
    top = min(y for _, y in edge)
    bottom = max(y for _, y in edge)
    ink = [(x, y) for x, y in image.where(INK) if y > top]
    on_panel = [(x, y) for x, y in ink if y < bottom]
    assert len(on_panel) > 0.7 * len(ink)


@pytest.mark.parametrize("name", sorted(PATCHES))
def test_the_docs_show_the_screenshot_of_the_patch_as_it_is(
    shots: dict[str, tuple[screenshot.Shot, Image]], name: str
) -> None:
    """docs/max.md shows docs/pd-<patch>.png, taken from the committed patch: the same
    window and the same panel (`python -m maxpatches.screenshot` retakes them)."""
    shot, image = shots[name]
    committed = screenshot.DOCS / screenshot.png_name(PATCHES[name])
    assert f"]({committed.name})" in (screenshot.DOCS / "max.md").read_text(encoding="utf-8")
    shown = Image(committed)
    assert (shown.width, shown.height) == (shot.width, shot.height)
    assert shown.where(GOP_EDGE) == image.where(GOP_EDGE)
