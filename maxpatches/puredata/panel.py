"""The Pd patches' front panels: a graph-on-parent panel of controls and displays with
the rows every patch has, and `pd_client`, a patch that talks to the server as its panel
and the logic subpatches under it."""

from __future__ import annotations

from collections.abc import Sequence

from maxpatches.puredata.blocks import DSP, LEVEL, METER, pd_displays, pd_network, pd_status, view
from maxpatches.puredata.patch import PdPatch
from maxpatches.settings import SERVER_HOST, SERVER_PORT, STATUS_POLL_MS

#: px between the rows of a panel.
ROW_PX = 25
#: The top left corner of a panel on its canvas; the displays' left edge (their labels
#: stand left of it) and the first row of controls under the title.
ORIGIN = (10, 10)
PANEL_LEFT = ORIGIN[0] + 60
PANEL_TOP = ORIGIN[1] + 55


def panel_title(
    p: PdPatch, x: int, y: int, w: int, h: int, title: str, about: str, *, reply_port: int
) -> None:
    """A panel's background (w x h px at (x, y)), its title with the server's address and
    the patch's reply port on the right, and a line under it."""
    p.cnv(x, y, w, h, title, font_size=14, label_at=(8, 14))
    ports = f"server {SERVER_HOST}:{SERVER_PORT} - replies to port {reply_port}"
    p.text(x + w - PdPatch.CHAR_W * len(ports) - 10, y + 8, ports)
    p.text(x + 6, y + 28, about, width=(w - 20) // PdPatch.CHAR_W)


def panel_recipe_row(p: PdPatch, *, name: str) -> int:
    """A panel's first row, for a patch that builds a recipe: source (`<name>-source`,
    sent on `$0-source`), pitch (`<name>-pitch`, `$0-pitch`) and request
    (`<name>-request`, `$0-request`). Returns the x right of the request button."""
    left, row = PANEL_LEFT, PANEL_TOP
    p.symbolatom(left, row, 14, "source", receive=f"{name}-source", send="$0-source")
    p.floatatom(left + 170, row, 4, "pitch", receive=f"{name}-pitch", send="$0-pitch")
    p.bng(left + 230, row - 1, "request", receive=f"{name}-request", send="$0-request")
    return left + 330


def panel_server_rows(p: PdPatch, x: int, y: int, *, name: str, width: int) -> None:
    """The rows every panel ends with, from (x, y) (`pd_client`): the server's welcome, the polled
    status with its poll toggle (receive `<name>-poll`), then the last error (`width`
    characters); the displays' labels stand left of x."""
    p.listbox(x, y, 10, "server", receive=view("welcome"))
    p.listbox(x + 160, y, 22, "status", receive=view("status"))
    p.tgl(
        x + 310,
        y + 2,
        f"poll {STATUS_POLL_MS // 1000} s",
        receive=f"{name}-poll",
        send="$0-poll",
    )
    p.listbox(x, y + ROW_PX, width, "error", receive=view("error"))


def panel_logic(p: PdPatch, x: int, y: int, names: Sequence[str]) -> list[PdPatch]:
    """Under the panel: a comment and a row of [pd <name>] subpatches (the logic) from
    (x, y). Returns their canvases, in order."""
    about = "the logic (click a box to open it): the panel above is what a parent patch shows"
    p.text(x, y, about, width=len(about))
    canvases = []
    for name in names:
        _, inner = p.subpatch(x, y + 30, name)
        canvases.append(inner)
        x += PdPatch.CHAR_W * (len(name) + 3) + 20
    return canvases


def panel_output(p: PdPatch, x: int, y: int, *, name: str, level: bool = True) -> None:
    """The panel's output column from (x, y): the audio toggle, the level slider
    (receive `<name>-level`; with `level`) and the VU meter. 75 x 200 px."""
    p.tgl(x, y, "audio", send=DSP)
    if level:
        p.vsl(x + 4, y + 45, 0, 1, receive=f"{name}-level", send=LEVEL, height=120)
        p.text(x - 2, y + 170, "level")
    p.vu(x + 34, y + 45, receive=METER, height=120)


def pd_client(
    *,
    name: str,
    title: str,
    about: str,
    panel: tuple[int, int],
    reply_port: int,
    replies: Sequence[str],
    queries: Sequence[str],
    logic: Sequence[str],
    shown: Sequence[tuple[str, str]],
    level: bool = True,
) -> tuple[PdPatch, dict[str, PdPatch]]:
    """A patch that talks to the server, as a front panel and the logic under it.

    The panel (`panel`: width, height in px, graph-on-parent, at ORIGIN) has its title,
    the output column on the right (`panel_output`, with a level slider if `level`) and
    the server rows at its bottom (`panel_server_rows`); the patch's own controls go
    between, from PANEL_TOP. Under it, the subpatches [pd server] (`pd_network`), one per
    name in `logic`, [pd display] (`pd_displays` of `shown`) and [pd status].

    Returns:
        The patch and its subpatches' canvases by name (those of `logic` to fill).
    """
    p = PdPatch(graph=panel, margin=ORIGIN)
    x, y = ORIGIN
    width, height = panel
    panel_title(p, x, y, width, height, title, about, reply_port=reply_port)
    errors = min(100, (width - 200) // PdPatch.CHAR_W)
    panel_server_rows(p, PANEL_LEFT, y + height - 55, name=name, width=errors)
    panel_output(p, x + width - 80, PANEL_TOP, name=name, level=level)
    names = ["server", *logic, "display", "status"]
    canvases = dict(zip(names, panel_logic(p, x, y + height + 20, names), strict=True))
    pd_network(
        canvases["server"], name=name, reply_port=reply_port, replies=replies, queries=queries
    )
    pd_displays(canvases["display"], shown)
    pd_status(canvases["status"], name=name)
    return p, canvases
