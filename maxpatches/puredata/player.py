"""pd/nsynth_player.pd: the player, driven by its panel or by its receivers.

Receivers: nsynth-player-connect <host> <port> <reply_port>; nsynth-player-recipe <key>
<value> ...; nsynth-player-source <name>; nsynth-player-pitch <p>; nsynth-player-request
(bang); nsynth-player-clear (bang); nsynth-player-poll <0|1>; nsynth-player-level <0..1>.
"""

from __future__ import annotations

from maxpatches.puredata.blocks import (
    CONNECTED,
    LOG,
    pd_counter,
    pd_join,
    pd_playback,
    pd_receive,
    pd_request_out,
    pd_source_and_pitch,
    view,
)
from maxpatches.puredata.panel import (
    ORIGIN,
    PANEL_LEFT,
    PANEL_TOP,
    ROW_PX,
    panel_recipe_row,
    pd_client,
)
from maxpatches.puredata.patch import NO_NAME, PdPatch
from maxpatches.settings import (
    N_AXIS_SLOTS,
    REPLY_PORTS,
)

NAME = "nsynth-player"
REPLIES = (
    "/nsynth/welcome",
    "/nsynth/source",
    "/nsynth/sources/end",
    "/nsynth/axis",
    "/nsynth/axes/end",
    "/nsynth/sample",
    "/nsynth/ready",
    "/nsynth/error",
    "/nsynth/status",
)

#: The panel's size (px).
PANEL = (620, 315)

#: What the free pairs box holds on load.
EXAMPLE_PAIRS = "x 0.5 y 0.5 gain 1"


def axis_slider(i: int) -> str:
    """The receive name of axis slot i's slider (`label`, `range` and values)."""
    return f"$0-axis{i}"


def pd_player() -> PdPatch:
    """pd/nsynth_player.pd: the panel, then [pd server], [pd axes], [pd request],
    [pd playback], [pd display] and [pd status] under it."""
    p, logic = pd_client(
        name=NAME,
        title="nsynth player",
        about="ask nsynth-server for a sound and play it (docs/max.md)",
        panel=PANEL,
        reply_port=REPLY_PORTS["player"],
        replies=REPLIES,
        queries=("/nsynth/sources", "/nsynth/axes", "/nsynth/status"),
        logic=("axes", "request", "playback"),
        shown=(
            ("/nsynth/sample", "answer"),
            ("/nsynth/ready", "ready"),
            ("/nsynth/error", "error"),
        ),
    )
    player_panel(p)
    player_axes(logic["axes"])
    player_request(logic["request"])
    pd_playback(logic["playback"], name=NAME)
    return p


def player_panel(p: PdPatch) -> None:
    """The player's controls and displays on its panel (`pd_client` made the rest)."""
    left, row = PANEL_LEFT, PANEL_TOP
    p.bng(
        panel_recipe_row(p, name=NAME), row - 1, "clear", receive=f"{NAME}-clear", send="$0-clear"
    )
    row += ROW_PX
    p.listbox(left, row, 70, "sources", receive=view("sources"))

    row += ROW_PX + 20  # the axis sliders, their names above them
    for i in range(N_AXIS_SLOTS):
        slot_x = ORIGIN[0] + 12 + 130 * i
        p.hsl(
            slot_x,
            row,
            0,
            1,
            f"axis {i + 1}",
            receive=axis_slider(i),
            send=f"{axis_slider(i)}-moved",
            width=110,
            label_above=True,
        )
        p.floatatom(
            slot_x, row + 20, 10, NO_NAME, receive=f"{axis_slider(i)}-moved", send=f"$0-value{i}"
        )
    row += 50
    p.listbox(left, row, 40, "pairs", receive=view("pairs"), send=f"{NAME}-recipe")
    p.text(left + 250, row, "type key value pairs, then Enter")
    row += ROW_PX + 5
    p.listbox(left, row, 70, "answer", receive=view("answer"))
    row += ROW_PX
    p.listbox(left, row, 70, "ready", receive=view("ready"))


def player_axes(p: PdPatch) -> None:
    """/nsynth/axis: the first N_AXIS_SLOTS numeric axes (not source, not pitch) name and
    range the sliders (slot i, from 1, printed as `slot i <name> <min> <max>`); a slider
    moved sends `<name> <value>` on `$0-pair<i>`."""
    x, y = 20, 10
    axis = pd_receive(p, x, y, "/nsynth/axis")
    skip = p.obj(x, y + 20, "route source pitch")
    p.wire(axis, skip)
    each = p.obj(x, y + 40, "t a b")
    p.wire(skip, each, outlet=2)
    slot_store, slot_no = pd_counter(p, x + 100, y + 60, each, outlet=1)
    reset = p.msg(x + 160, y + 60, "0")
    p.wire(p.obj(x + 160, y + 40, f"r {CONNECTED}"), reset)
    p.wire(reset, slot_store, inlet=1)
    tag = p.obj(x, y + 120, "list prepend")
    p.wire(slot_no, tag, inlet=1)
    p.wire(each, tag)
    slots = p.obj(x, y + 140, "route " + " ".join(str(i + 1) for i in range(N_AXIS_SLOTS)))
    p.wire(tag, slots)
    slot_log = p.obj(x + 100, y + 140, "list prepend slot")
    p.wire(tag, slot_log)
    p.send(x + 100, y + 160, LOG, slot_log)
    for i in range(N_AXIS_SLOTS):
        column = x + 170 * i
        fields = p.obj(column, y + 190, "list")
        p.wire(slots, fields, outlet=i)
        unpack = p.obj(column, y + 210, "unpack s f f")
        p.wire(fields, unpack)
        label = p.msg(column, y + 230, "label $1")
        p.wire(unpack, label)
        rng = p.msg(column + 60, y + 250, "range $1 $2")
        lows = p.obj(column + 60, y + 230, "pack f f")
        p.wire(unpack, lows, outlet=2, inlet=1)
        p.wire(unpack, lows, outlet=1)
        p.wire(lows, rng)
        slider = p.obj(column, y + 270, f"s {axis_slider(i)}")
        p.wire(label, slider)
        p.wire(rng, slider)
        key = p.obj(column, y + 310, "list prepend")
        p.wire(unpack, key, inlet=1)
        p.wire(p.obj(column, y + 290, f"r $0-value{i}"), key)
        pair = p.obj(column, y + 340, f"s $0-pair{i}")
        p.wire(key, pair)
        # A new axis in this slot forgets the old slot's value.
        forget = p.msg(column + 100, y + 230, "list")
        p.wire(unpack, forget)
        p.wire(forget, pair)


def player_request(p: PdPatch) -> None:
    """The request: the slots' pairs, source, pitch and the free pairs, joined in that
    order after a new id, sent as /nsynth/request; clear forgets them all."""
    x, y = 20, 10
    request = p.obj(x, y, "r $0-request")
    fire = p.obj(x, y + 20, "t b b")
    p.wire(request, fire)
    _, ids = pd_counter(p, x + 100, y + 40, fire, outlet=1)
    join = p.obj(x, y + 40, "list append")
    p.wire(fire, join)
    inputs = [p.obj(x + 250, y + 20 * i, f"r $0-pair{i}") for i in range(N_AXIS_SLOTS)]
    inputs += pd_source_and_pitch(p, x + 400, y, name=NAME)
    free = p.obj(x + 550, y + 60, f"r {NAME}-recipe")
    as_list = p.obj(x + 550, y + 80, "list")
    p.wire(free, as_list)
    inputs.append(as_list)
    parts = pd_join(p, x, y + 120, join, inputs)
    clear = p.obj(x + 700, y + 60, "r $0-clear")
    empty = p.msg(x + 700, y + 80, "list")
    p.wire(clear, empty)
    for part in parts:
        p.wire(empty, part, inlet=1)
    example = p.msg(x + 850, y + 20, f"set {EXAMPLE_PAIRS}")
    p.wire(p.obj(x + 850, y, "loadbang"), example)
    p.send(x + 850, y + 40, view("pairs"), example)
    with_id = p.obj(x, y + 140 + 20 * len(inputs), "list prepend")
    p.wire(ids, with_id, inlet=1)
    p.wire(parts[-1], with_id)
    pd_request_out(p, x, y + 180 + 20 * len(inputs), with_id, ids)
