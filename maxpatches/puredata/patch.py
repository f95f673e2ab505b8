"""A Pd canvas written in Pd's own file format, box by box."""

from __future__ import annotations


def pd_escape(text: str) -> str:
    """Pd's file escaping: `$` -> `\\$`, `,` and `;` -> ` \\,` and ` \\;`."""
    return text.replace("$", "\\$").replace(",", " \\,").replace(";", " \\;")


class PdPatch:
    """A Pd canvas in Pd's text format; boxes are numbered in creation order.

    Boxes are placed where asked, then `render` moves each box that would overlap an
    earlier one down until it is clear (sizes estimated from Pd's font at size 10), so
    the patch opens readable wherever the building code put things.
    """

    CHAR_W = 6  # px per character, font size 10
    BOX_H = 18  # px, one line of an object or message box
    GAP = 4  # px kept between boxes

    def __init__(self, font: int = 10, graph: tuple[int, int] | None = None) -> None:
        """A canvas; `graph` (width, height) makes it graph-on-parent: used as an
        abstraction, it shows the GUI boxes inside that rectangle at its top left."""
        self.font = font
        self.gop = graph
        self.boxes: list[list] = []  # [kind, x, y, text, w, h]
        self.connects: list[str] = []

    def _add(self, kind: str, x: int, y: int, text: str, w: int, h: int) -> int:
        self.boxes.append([kind, x, y, text, w, h])
        return len(self.boxes) - 1

    WRAP = 60  # characters per line of a box (Pd wraps longer text)
    LINE_H = 13  # px per line of text

    def _text_box(self, kind: str, x: int, y: int, text: str) -> int:
        # A message's `;` starts a new line; every line wraps at WRAP characters.
        segments = [seg.strip() for seg in text.split(";")] if kind == "msg" else [text]
        lines = sum(max(1, -(-len(seg) // self.WRAP)) for seg in segments)
        longest = min(self.WRAP, max(len(seg) for seg in segments))
        return self._add(
            kind,
            x,
            y,
            pd_escape(text),
            self.CHAR_W * max(longest, 3) + 8,
            self.BOX_H + self.LINE_H * (lines - 1),
        )

    def obj(self, x: int, y: int, text: str) -> int:
        return self._text_box("obj", x, y, text)

    def msg(self, x: int, y: int, text: str) -> int:
        return self._text_box("msg", x, y, text)

    def graph(self, x: int, y: int, text: str, size: tuple[int, int]) -> int:
        """An abstraction shown graph-on-parent: a box of `size` (width, height)."""
        return self._add("obj", x, y, pd_escape(text), *size)

    def text(self, x: int, y: int, text: str) -> int:
        """A comment (Pd wraps it at 60 characters)."""
        lines = -(-len(text) // 60)
        return self._add(
            "text", x, y, pd_escape(text), self.CHAR_W * min(len(text), 60), 14 * lines
        )

    def floatatom(self, x: int, y: int, width: int, label: str, receive: str) -> int:
        return self._add(
            "floatatom",
            x,
            y,
            f"{width} 0 0 1 {label} {receive} - 0",
            self.CHAR_W * (width + len(label)) + 12,
            self.BOX_H,
        )

    def symbolatom(self, x: int, y: int, width: int, label: str, receive: str) -> int:
        return self._add(
            "symbolatom",
            x,
            y,
            f"{width} 0 0 1 {label} {receive} - 0",
            self.CHAR_W * (width + len(label)) + 12,
            self.BOX_H,
        )

    def bng(self, x: int, y: int, label: str, receive: str = "empty") -> int:
        text = f"bng 19 250 50 0 empty {receive} {label} 24 10 0 10 #fcfcfc #000000 #000000"
        return self._add("obj", x, y, pd_escape(text), 24 + self.CHAR_W * len(label), 19)

    def tgl(
        self, x: int, y: int, label: str = "empty", receive: str = "empty", below: bool = False
    ) -> int:
        """A toggle; its label right of it, or under it with `below`."""
        where = "0 22" if below else "17 7"
        text = f"tgl 15 0 empty {receive} {label} {where} 0 10 #fcfcfc #000000 #000000 0 1"
        shown = 0 if label == "empty" or below else 17 + self.CHAR_W * len(label)
        return self._add("obj", x, y, pd_escape(text), max(15, shown), 15 + (14 if below else 0))

    def hsl(
        self,
        x: int,
        y: int,
        low: float,
        high: float,
        label: str = "empty",
        receive: str = "empty",
        width: int = 128,
    ) -> int:
        text = (
            f"hsl {width} 15 {low:g} {high:g} 0 0 empty {receive} {label} "
            f"{width + 6} 7 0 10 #fcfcfc #000000 #000000 0 1"
        )
        shown = 0 if label == "empty" else 6 + self.CHAR_W * len(label)
        return self._add("obj", x, y, pd_escape(text), width + shown, 15)

    def vsl(
        self,
        x: int,
        y: int,
        low: float,
        high: float,
        receive: str = "empty",
        height: int = 100,
        label: str = "empty",
    ) -> int:
        text = (
            f"vsl 15 {height} {low:g} {high:g} 0 0 empty {receive} {label} 0 -9 0 10 "
            "#fcfcfc #000000 #000000 0 1"
        )
        return self._add("obj", x, y, pd_escape(text), 15, height)

    def vu(self, x: int, y: int) -> int:
        return self._add(
            "obj", x, y, "vu 15 120 empty empty -1 -8 0 10 #404040 #000000 1 0", 15, 120
        )

    def wire(self, src: int, dst: int, outlet: int = 0, inlet: int = 0) -> None:
        self.connects.append(f"#X connect {src} {outlet} {dst} {inlet};")

    def chain(self, *boxes: int) -> None:
        for a, b in zip(boxes, boxes[1:], strict=False):
            self.wire(a, b)

    def _settle(self) -> list[tuple[int, int, int, int]]:
        """(x, y, w, h) of each box, moved down past the earlier boxes it overlaps."""
        placed: list[tuple[int, int, int, int]] = []
        g = self.GAP
        for _, x, y, _, w, h in self.boxes:
            while True:
                hits = [
                    r
                    for r in placed
                    if x < r[0] + r[2] + g
                    and r[0] < x + w + g
                    and y < r[1] + r[3] + g
                    and r[1] < y + h + g
                ]
                if not hits:
                    break
                y = max(r[1] + r[3] for r in hits) + g
            placed.append((x, y, w, h))
        return placed

    def render(self) -> str:
        rects = self._settle()
        width = max(x + w for x, _, w, _ in rects) + 40
        height = max(y + h for _, y, _, h in rects) + 40
        lines = [f"#N canvas 30 60 {width} {height} {self.font};"]
        for (kind, _, _, text, _, _), (x, y, _, _) in zip(self.boxes, rects, strict=True):
            lines.append(f"#X {kind} {x} {y} {text};")
        if self.gop is not None:  # graph on parent (1) without name and arguments (2)
            lines.append(f"#X coords 0 -1 1 1 {self.gop[0]} {self.gop[1]} 3 0 0;")
        return "\n".join([*lines, *self.connects]) + "\n"
