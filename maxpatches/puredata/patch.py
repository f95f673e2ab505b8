"""A Pd canvas written in Pd's own file format, box by box.

A patch is a front panel and its logic: the panel (`PdPatch(graph=...)`) holds the
controls and displays inside its graph-on-parent rectangle, the logic sits in subpatches
(`PdPatch.subpatch`), and the two talk over send and receive names (`$0-...`), so no
cord crosses the panel.
"""

from __future__ import annotations

#: A send or receive name that is not set (IEM GUIs write `empty`, atom boxes `-`).
NO_NAME = "empty"

#: Colours of the panels (Pd's hex colours).
PANEL_BG = "#e8e8e8"
STRIP_BG = "#c8d4e8"
INK = "#000000"
WHITE = "#fcfcfc"


def pd_escape(text: str) -> str:
    """Pd's file escaping: `$` -> `\\$`, `,` and `;` -> ` \\,` and ` \\;`."""
    return text.replace("$", "\\$").replace(",", " \\,").replace(";", " \\;")


def pd_label(text: str) -> str:
    """A GUI's label or name in Pd's file format: escaped, spaces kept (`\\ `)."""
    return pd_escape(text).replace(" ", "\\ ")


def _atom_name(name: str) -> str:
    """Atom boxes write an unset name as `-`."""
    return "-" if name == NO_NAME else pd_label(name)


class PdPatch:
    """A Pd canvas in Pd's text format; boxes are numbered in creation order.

    Boxes are placed where asked, then `render` moves each box that would overlap an
    earlier one down until it is clear (sizes estimated from Pd's font at size 10), so
    the patch opens readable wherever the building code put things. A panel (`graph`
    given) is laid out by hand and not moved.
    """

    CHAR_W = 6  # px per character, font size 10
    BOX_H = 18  # px, one line of an object or message box
    GAP = 4  # px kept between boxes
    WRAP = 60  # characters per line of a box (Pd wraps longer text)
    LINE_H = 13  # px per line of text

    def __init__(
        self,
        font: int = 10,
        graph: tuple[int, int] | None = None,
        *,
        margin: tuple[int, int] = (0, 0),
    ) -> None:
        """A canvas.

        Args:
            font: The canvas font size (Pd's 8, 10, 12, ...).
            graph: (width, height) in px makes the canvas graph-on-parent: its GUI boxes
                and comments inside that rectangle, at `margin` (x, y) from the canvas's
                top left, are what a parent patch shows of it (an abstraction's box, or
                the panel of a patch opened inside another).
            margin: See `graph`.
        """
        self.font = font
        self.gop = graph
        self.margin = margin
        self.boxes: list[list] = []  # [kind, x, y, text, w, h]
        self.connects: list[str] = []
        self.subpatches: dict[int, tuple[str, PdPatch]] = {}

    def _add(self, kind: str, x: int, y: int, text: str, w: int, h: int) -> int:
        self.boxes.append([kind, x, y, text, w, h])
        return len(self.boxes) - 1

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

    # Boxes ---------------------------------------------------------------------------

    def obj(self, x: int, y: int, text: str) -> int:
        return self._text_box("obj", x, y, text)

    def msg(self, x: int, y: int, text: str) -> int:
        return self._text_box("msg", x, y, text)

    def text(self, x: int, y: int, text: str, width: int | None = None) -> int:
        """A comment, wrapped at `width` characters (Pd's default: 60)."""
        wrap = width or 60
        lines = -(-len(text) // wrap)
        body = pd_escape(text) + (f", f {width}" if width else "")  # `, f`: Pd's box width
        return self._add("text", x, y, body, self.CHAR_W * min(len(text), wrap), 14 * lines)

    def graph(self, x: int, y: int, text: str, size: tuple[int, int]) -> int:
        """An abstraction shown graph-on-parent: a box of `size` (width, height)."""
        return self._add("obj", x, y, pd_escape(text), *size)

    def subpatch(self, x: int, y: int, name: str) -> tuple[int, PdPatch]:
        """A [pd name] box and the canvas inside it (closed when the patch opens)."""
        inner = PdPatch(self.font)
        box = self._add("restore", x, y, f"pd {name}", self.CHAR_W * (len(name) + 3) + 8, 18)
        self.subpatches[box] = (name, inner)
        return box, inner

    def send(self, x: int, y: int, name: str, source: int, outlet: int = 0) -> int:
        """[s name] fed by `source`'s outlet."""
        box = self.obj(x, y, f"s {name}")
        self.wire(source, box, outlet=outlet)
        return box

    # GUI boxes: each takes messages on `receive` and outputs on `send` (names, or
    # NO_NAME: then it has that inlet or outlet instead) --------------------------------

    def _atom(
        self, kind: str, x: int, y: int, width: int, label: str, receive: str, send: str
    ) -> int:
        # Label left of the box (0); Pd draws it outside the box, so it takes no room here.
        fields = f"{width} 0 0 0 {_atom_name(label)} {_atom_name(receive)} {_atom_name(send)} 0"
        return self._add(kind, x, y, fields, self.CHAR_W * width + 6, self.BOX_H)

    def floatatom(
        self, x: int, y: int, width: int, label: str, *, receive: str, send: str = NO_NAME
    ) -> int:
        """A number box `width` characters wide, its label left of it."""
        return self._atom("floatatom", x, y, width, label, receive, send)

    def symbolatom(
        self, x: int, y: int, width: int, label: str, *, receive: str, send: str = NO_NAME
    ) -> int:
        """A symbol box `width` characters wide, its label left of it."""
        return self._atom("symbolatom", x, y, width, label, receive, send)

    def listbox(
        self, x: int, y: int, width: int, label: str, *, receive: str, send: str = NO_NAME
    ) -> int:
        """A list box `width` characters wide, its label left of it: shows the list
        last sent to it (`set ...` shows without output), and takes typed lists."""
        return self._atom("listbox", x, y, width, label, receive, send)

    def _iem(self, text: str, x: int, y: int, w: int, h: int) -> int:
        return self._add("obj", x, y, text, w, h)

    def bng(self, x: int, y: int, label: str, *, receive: str, send: str = NO_NAME) -> int:
        """A bang button, its label right of it."""
        text = (
            f"bng 19 250 50 0 {pd_label(send)} {pd_label(receive)} {pd_label(label)} 24 10 0 10 "
            f"{WHITE} {INK} {INK}"
        )
        return self._iem(text, x, y, 24 + self.CHAR_W * len(label), 19)

    def tgl(
        self,
        x: int,
        y: int,
        label: str = NO_NAME,
        *,
        receive: str = NO_NAME,
        send: str = NO_NAME,
        below: bool = False,
    ) -> int:
        """A toggle; its label right of it, or under it with `below`."""
        where = "0 22" if below else "17 7"
        text = (
            f"tgl 15 0 {pd_label(send)} {pd_label(receive)} {pd_label(label)} {where} 0 10 "
            f"{WHITE} {INK} {INK} 0 1"
        )
        shown = 0 if label == NO_NAME or below else 17 + self.CHAR_W * len(label)
        return self._iem(text, x, y, max(15, shown), 15 + (14 if below else 0))

    def _slider(
        self,
        kind: str,
        size: tuple[int, int],
        low: float,
        high: float,
        label: str,
        label_at: str,
        receive: str,
        send: str,
    ) -> str:
        return (
            f"{kind} {size[0]} {size[1]} {low:g} {high:g} 0 0 {pd_label(send)} "
            f"{pd_label(receive)} {pd_label(label)} {label_at} 0 10 {WHITE} {INK} {INK} 0 1"
        )

    def hsl(
        self,
        x: int,
        y: int,
        low: float,
        high: float,
        label: str = NO_NAME,
        *,
        receive: str = NO_NAME,
        send: str = NO_NAME,
        width: int = 128,
        label_above: bool = False,
    ) -> int:
        """A horizontal slider from `low` to `high`; its label right of it or above it."""
        where = "0 -8" if label_above else f"{width + 6} 7"
        text = self._slider("hsl", (width, 15), low, high, label, where, receive, send)
        shown = 0 if label == NO_NAME or label_above else 6 + self.CHAR_W * len(label)
        return self._iem(text, x, y, width + shown, 15)

    def vsl(
        self,
        x: int,
        y: int,
        low: float,
        high: float,
        *,
        receive: str = NO_NAME,
        send: str = NO_NAME,
        height: int = 100,
    ) -> int:
        """A vertical slider from `low` (bottom) to `high`."""
        text = self._slider("vsl", (15, height), low, high, NO_NAME, "0 -9", receive, send)
        return self._iem(text, x, y, 15, height)

    def vu(self, x: int, y: int, *, receive: str, height: int = 120) -> int:
        """A VU meter (dB, Pd's scale: 0 = full scale) shown from `receive`."""
        text = f"vu 15 {height} {pd_label(receive)} empty -1 -8 0 10 #404040 {INK} 1 0"
        return self._iem(text, x, y, 15, height)

    def cnv(
        self,
        x: int,
        y: int,
        w: int,
        h: int,
        label: str = NO_NAME,
        *,
        color: str = PANEL_BG,
        receive: str = NO_NAME,
        font_size: int = 10,
        label_at: tuple[int, int] = (6, 10),
    ) -> int:
        """A coloured rectangle (a panel's background or a strip), its label inside at
        `label_at`; `label <text>` sent to `receive` changes the label."""
        text = (
            f"cnv 15 {w} {h} empty {pd_label(receive)} {pd_label(label)} "
            f"{label_at[0]} {label_at[1]} 0 {font_size} {color} {INK} 0"
        )
        return self._iem(text, x, y, w, h)

    # Cords ---------------------------------------------------------------------------

    def wire(self, src: int, dst: int, outlet: int = 0, inlet: int = 0) -> None:
        self.connects.append(f"#X connect {src} {outlet} {dst} {inlet};")

    def chain(self, *boxes: int) -> None:
        for a, b in zip(boxes, boxes[1:], strict=False):
            self.wire(a, b)

    # Output --------------------------------------------------------------------------

    def _settle(self) -> list[tuple[int, int, int, int]]:
        """(x, y, w, h) of each box, moved down past the earlier boxes it overlaps
        (a panel's boxes stay where they were put)."""
        if self.gop is not None:
            return [(x, y, w, h) for _, x, y, _, w, h in self.boxes]
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

    def _lines(self, head: str) -> list[str]:
        """This canvas's statements, its subpatches' nested in place; `head` is the
        `#N canvas` line, given the canvas's size."""
        rects = self._settle()
        width = max(x + w for x, _, w, _ in rects) + 40
        height = max(y + h for _, y, _, h in rects) + 40
        lines = [head.format(width=width, height=height)]
        for i, ((kind, _, _, text, _, _), (x, y, _, _)) in enumerate(
            zip(self.boxes, rects, strict=True)
        ):
            if i in self.subpatches:
                name, inner = self.subpatches[i]
                lines += inner._lines(f"#N canvas 80 80 {{width}} {{height}} {name} 0;")
            lines.append(f"#X {kind} {x} {y} {text};")
        if self.gop is not None:  # graph on parent (1) without name and arguments (2)
            w, h = self.gop
            lines.append(f"#X coords 0 -1 1 1 {w} {h} 3 {self.margin[0]} {self.margin[1]};")
        return lines + self.connects

    def render(self) -> str:
        return "\n".join(self._lines(f"#N canvas 30 60 {{width}} {{height}} {self.font};")) + "\n"
