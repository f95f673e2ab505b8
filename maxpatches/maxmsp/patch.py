"""A Max patcher built box by box with py2max: explicit coordinates, checked wires and a
presentation view."""

from __future__ import annotations

import json

from py2max import Box, Patcher
from py2max.core.common import Rect, box_width_for

ROW = 22.0  # height of an object box (px)
_MARGIN = 30.0  # space right of and below the lowest, rightmost box (px)


class MaxPatch:
    """A Max patcher laid out by hand: every box gets explicit coordinates.

    Connections are checked by py2max against its Max object database as they are made
    (`on_invalid="raise"`): a wrong inlet or outlet index fails the generator.
    """

    def __init__(self, patcher: Patcher | None = None) -> None:
        self.patcher = patcher if patcher is not None else Patcher(on_invalid="raise")
        self.subpatches: list[MaxPatch] = []
        #: User-facing boxes the building blocks made, by role ("connect", "level", ...),
        #: for a presentation view.
        self.named: dict[str, Box] = {}
        #: The status section's boxes and their offsets in a presentation (max_status).
        self.status_boxes: list[tuple[Box, float, float]] = []

    def obj(self, x: float, y: float, text: str, **attrs: object) -> Box:
        """An object box ([route ...], [groove~ ...])."""
        return self.patcher.add_textbox(
            text, patching_rect=Rect(x, y, box_width_for(text, 3), ROW), **attrs
        )

    def msg(self, x: float, y: float, text: str, width: float | None = None) -> Box:
        """A message box."""
        w = width if width is not None else box_width_for(text, 2)
        return self.patcher.add_message(text, patching_rect=Rect(x, y, w, ROW))

    def comment(self, x: float, y: float, text: str, width: float | None = None) -> Box:
        w = width if width is not None else box_width_for(text, 1)
        return self.patcher.add_comment(text, patching_rect=Rect(x, y, w, ROW))

    def ui(self, x: float, y: float, w: float, h: float, maxclass: str, **attrs: object) -> Box:
        """A user-interface object (toggle, dial, umenu, ...)."""
        return self.patcher.add_textbox(maxclass, patching_rect=Rect(x, y, w, h), **attrs)

    def subpatcher(self, x: float, y: float, name: str) -> tuple[Box, MaxPatch]:
        """A [p name] box and the patch inside it (add its inlets and outlets first)."""
        text = f"p {name}"
        box = self.patcher.add_subpatcher(
            text, patching_rect=Rect(x, y, box_width_for(text, 4), ROW)
        )
        inner = MaxPatch(patcher=box.subpatcher)
        self.subpatches.append(inner)
        return box, inner

    def wire(self, src: Box, dst: Box, outlet: int = 0, inlet: int = 0) -> None:
        self.patcher.add_line(src, dst, inlet=inlet, outlet=outlet)

    def present(
        self, box: Box, x: float, y: float, w: float | None = None, h: float | None = None
    ) -> Box:
        """Shows `box` in presentation mode at (x, y) (its patching size unless given);
        the patch then opens in presentation mode."""
        rect = box.patching_rect
        size = [rect[2] if w is None else w, rect[3] if h is None else h]
        box.add_to_presentation([round(x), round(y), *(round(v) for v in size)])
        self.patcher.openinpresentation = 1
        return box

    def chain(self, *boxes: Box) -> None:
        """Outlet 0 of each box to inlet 0 of the next."""
        for a, b in zip(boxes, boxes[1:], strict=False):
            self.wire(a, b)

    def fit(self) -> None:
        """Sizes the window (and every subpatcher's) to hold all its boxes."""
        for inner in self.subpatches:
            inner.fit()
        rects = [b.patching_rect for b in self.patcher._boxes]
        right = max(r[0] + r[2] for r in rects) + _MARGIN
        bottom = max(r[1] + r[3] for r in rects) + _MARGIN
        self.patcher.rect = Rect(40.0, 80.0, float(round(right)), float(round(bottom)))

    def to_json(self) -> str:
        self.fit()
        return json.dumps(self.patcher.to_dict(), indent="\t") + "\n"  # as Max writes
