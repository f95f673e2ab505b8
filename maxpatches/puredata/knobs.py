"""pd/nsynth_knobs.pd (the 16 components, source and pitch) and pd/nsynth_knob.pd, one
component's column, labelled from the server's knob map (/nsynth/knobmap).

Receivers: nsynth-knobs-connect <host> <port> <reply_port>; nsynth-knobs-gain<c>,
-offset<c>, -sign<c>, -zero<c> <value>; nsynth-knobs-source <name>; nsynth-knobs-pitch
<p>; nsynth-knobs-request (bang); nsynth-knobs-auto <0|1>; nsynth-knobs-poll <0|1>;
nsynth-knobs-level <0..1>.
"""

from __future__ import annotations

from maxpatches.puredata.blocks import (
    CONNECTED,
    LOG,
    pd_counter,
    pd_join,
    pd_loop,
    pd_playback,
    pd_receive,
    pd_request_out,
    pd_show,
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
from maxpatches.puredata.patch import STRIP_BG, PdPatch
from maxpatches.settings import (
    AUTO_REQUEST_MS,
    GAIN_KEY,
    GAIN_RANGE,
    N_COMPONENTS,
    OFFSET_KEY,
    OFFSET_RANGE,
    REPLY_PORTS,
)

NAME = "nsynth-knobs"
REPLIES = (
    "/nsynth/welcome",
    "/nsynth/source",
    "/nsynth/sources/end",
    "/nsynth/sample",
    "/nsynth/ready",
    "/nsynth/error",
    "/nsynth/status",
    "/nsynth/knob",
    "/nsynth/knobmap/end",
)

#: Size of one component's column (nsynth_knob.pd shown on its parent), px.
KNOB_GRAPH = (48, 142)
#: px from one column to the next on the panel.
KNOB_PITCH = 52

#: The panel's size (px).
PANEL = (KNOB_PITCH * N_COMPONENTS + 100, 395)

#: The tables the columns write (index: component) and the request reads.
KNOB_TABLES = ("gain", "offset", "sign", "zero")

#: Takes `<component> <name> [<strength>]` for the column of that component: its label,
#: and the strength as shown (one decimal), none when the knob map says 0.
KNOB_LABEL = "$0-knob"


def in_column(name: str) -> str:
    """A local name of nsynth_knobs.pd as its columns write it ($2 is the parent's $0)."""
    return name.replace("$0", "$2", 1)


def pd_knob() -> PdPatch:
    """pd/nsynth_knob.pd: one component column of nsynth_knobs.pd ($1: component, $2:
    the parent's $0).

    A label strip of two lines: the component's name (`c<c>`, or what the knob map says
    it does, taken as `label <text>` on `$2-label$1`) and the strength of that effect
    (`$2-strength$1`, empty for none); then two sliders (gain, offset) and two toggles
    (sign flip, zero), receiving nsynth-knobs-gain$1, -offset$1, -sign$1, -zero$1.
    Every change is written into the parent's tables `$2-gain` ... at index $1 and
    announced on `$2-changed`. Neutral values on load.
    """
    p = PdPatch(graph=KNOB_GRAPH)
    width = KNOB_GRAPH[0]
    p.cnv(0, 0, width, 16, "c$1", color=STRIP_BG, receive="$2-label$1", label_at=(4, 8))
    p.cnv(0, 16, width, 14, color=STRIP_BG, receive="$2-strength$1", label_at=(4, 6))
    gain = p.vsl(6, 34, *GAIN_RANGE, receive=f"{NAME}-gain$1", height=70)
    offset = p.vsl(28, 34, *OFFSET_RANGE, receive=f"{NAME}-offset$1", height=70)
    sign = p.tgl(6, 110, "neg", receive=f"{NAME}-sign$1", below=True)
    zero = p.tgl(28, 110, "0", receive=f"{NAME}-zero$1", below=True)
    changed = p.obj(100, 200, "t b")
    p.send(100, 220, "$2-changed", changed)
    for i, (kind, box) in enumerate(zip(KNOB_TABLES, (gain, offset, sign, zero), strict=True)):
        x = 100 + 140 * i
        at = p.obj(x, 140, "list append $1")
        p.wire(box, at)
        p.wire(at, p.obj(x, 160, f"tabwrite $2-{kind}"))
        p.wire(box, changed)
    init = p.obj(100, 20, "loadbang")
    component = p.obj(100, 40, "f $1")
    neutral = p.msg(
        100, 60, f"; {NAME}-gain$1 1; {NAME}-offset$1 0; {NAME}-sign$1 0; {NAME}-zero$1 0"
    )
    p.chain(init, component, neutral)
    knob_label(p, 100, 260)
    return p


def knob_label(p: PdPatch, x: int, y: int) -> None:
    """Inside nsynth_knob.pd: this column's entries of KNOB_LABEL shown on its strip and
    printed (`label <c> <name> [<strength>]`); every connect shows `c<c>` alone again
    (before the knob map is asked for), so a column the map leaves out keeps it."""
    entry = p.obj(x, y, f"r {in_column(KNOB_LABEL)}")
    mine = p.obj(x, y + 20, "route $1")
    p.wire(entry, mine)
    reset = p.obj(x + 300, y, f"r {in_column(CONNECTED)}")
    default = p.obj(x + 300, y + 20, "symbol c$1")
    p.wire(reset, default)
    shown = p.obj(x, y + 40, "t a a")
    p.wire(mine, shown)
    p.wire(default, shown)
    said = p.obj(x + 150, y + 60, "list prepend label $1")
    p.wire(shown, said, outlet=1)
    p.send(x + 150, y + 80, in_column(LOG), said)
    name = p.obj(x, y + 110, "list split 1")
    p.wire(shown, name)
    label = p.msg(x, y + 140, "label $1")
    p.wire(name, label)
    p.send(x, y + 160, "$2-label$1", label)
    strength = p.obj(x + 150, y + 140, "route bang")  # an empty rest: no strength
    p.wire(name, strength, outlet=1)
    blank = p.msg(x + 150, y + 160, "label empty")
    p.wire(strength, blank)
    value = p.msg(x + 250, y + 160, "label $1")
    p.wire(strength, value, outlet=1)
    to_strip = p.obj(x + 150, y + 190, "s $2-strength$1")
    p.wire(blank, to_strip)
    p.wire(value, to_strip)


def pd_knobs() -> PdPatch:
    """pd/nsynth_knobs.pd: the panel (16 component columns, source, pitch, request, auto),
    then [pd server], [pd request], [pd playback], [pd knobmap], [pd display] and [pd
    status] under it."""
    p, logic = pd_client(
        name=NAME,
        title="nsynth knobs",
        about="edit the 16 embedding components: each answer says exact, nearest or blend "
        "(docs/max.md)",
        panel=PANEL,
        reply_port=REPLY_PORTS["knobs"],
        replies=REPLIES,
        queries=("/nsynth/sources", "/nsynth/knobmap"),
        logic=("request", "playback", "knobmap"),
        shown=(("/nsynth/sample", "answer"), ("/nsynth/error", "error")),
    )
    knobs_panel(p)
    knobs_request(logic["request"])
    pd_playback(logic["playback"], name=NAME)
    knobs_map(logic["knobmap"])
    display = logic["display"]
    match = pd_receive(display, 20, 400, "/nsynth/sample")
    after_path = display.obj(20, 420, "list split 2")
    display.wire(match, after_path)
    before_rate = display.obj(20, 440, "list split 2")
    display.wire(after_path, before_rate, outlet=1)
    pd_show(display, 20, 460, before_rate, "match")
    return p


def knobs_map(p: PdPatch) -> None:
    """/nsynth/knob <component> <label> <strength> -> KNOB_LABEL `<component> <label>
    <strength>`, the strength with one decimal (left out when it is 0: no consistent
    effect), for the column of that component to show: the whole of [pd knobmap]."""
    x, y = 20, 10
    p.text(x, y, "/nsynth/knob <component> <label> <strength>: the label of a column", width=80)
    knob = pd_receive(p, x, y + 30, "/nsynth/knob")
    fields = p.obj(x, y + 50, "unpack f s f")  # outputs right to left: strength first
    p.wire(knob, fields)
    zero = p.obj(x + 200, y + 80, "sel 0")
    p.wire(fields, zero, outlet=2)
    none = p.msg(x + 200, y + 100, "list")
    p.wire(zero, none)
    decimal = p.obj(x + 260, y + 100, "makefilename %.1f")
    p.wire(zero, decimal, outlet=1)
    label = p.obj(x + 100, y + 130, "list append")
    p.wire(none, label, inlet=1)
    p.wire(decimal, label, inlet=1)
    p.wire(fields, label, outlet=1)
    entry = p.obj(x, y + 160, "list append")
    p.wire(label, entry, inlet=1)
    p.wire(fields, entry)
    p.send(x, y + 180, KNOB_LABEL, entry)


def knobs_panel(p: PdPatch) -> None:
    """The knobs' controls and displays on its panel (`pd_client` made the rest)."""
    left, row = PANEL_LEFT, PANEL_TOP
    p.tgl(
        panel_recipe_row(p, name=NAME),
        row + 1,
        f"auto: a request {AUTO_REQUEST_MS} ms after a change",
        receive=f"{NAME}-auto",
        send="$0-auto",
    )
    row += ROW_PX
    p.listbox(left, row, 70, "sources", receive=view("sources"))
    row += ROW_PX
    p.text(
        ORIGIN[0] + 6,
        row,
        f"each column: gain {GAIN_RANGE[0]:g}..{GAIN_RANGE[1]:g} (left) and offset "
        f"{OFFSET_RANGE[0]:g}..{OFFSET_RANGE[1]:g} (right) - neg flips the component and 0 "
        "silences it - its strip: what it does, how strongly",
        width=150,
    )
    row += ROW_PX
    for c in range(N_COMPONENTS):
        pd_knob_column(p, c, ORIGIN[0] + 10 + KNOB_PITCH * c, row)
    row += KNOB_GRAPH[1] + 15
    p.listbox(left, row, 24, "match", receive=view("match"))
    row += ROW_PX
    p.listbox(left, row, 100, "answer", receive=view("answer"))


def pd_knob_column(p: PdPatch, c: int, x: int, y: int) -> int:
    """Component c's column (nsynth_knob.pd shown on the panel, KNOB_GRAPH px) at (x, y);
    its label strip takes `label <text>` sent to `$0-label<c>` in this patch."""
    return p.graph(x, y, f"nsynth_knob {c} $0", KNOB_GRAPH)


def knobs_request(p: PdPatch) -> None:
    """The request: for c in 0..15 `gain<c> <g> offset<c> <o>` with the sign and zero
    folded in, then source and pitch, after a new id; sent on request, or 300 ms after
    the last change while auto is on."""
    x, y = 20, 10
    p.text(x, y, "gain<c> = gain*sign*(1-zero), offset<c> = offset*sign*(1-zero)")
    for i, kind in enumerate(KNOB_TABLES):
        p.obj(x + 160 * i, y + 30, f"array define $0-{kind} {N_COMPONENTS}")
    auto = p.obj(x + 200, y + 60, "r $0-auto")
    changed = p.obj(x + 100, y + 60, "r $0-changed")
    gate = p.obj(x + 100, y + 80, "spigot")
    p.wire(auto, gate, inlet=1)
    p.wire(changed, gate)
    debounce = p.obj(x + 100, y + 100, f"del {AUTO_REQUEST_MS}")
    p.wire(gate, debounce)

    request = p.obj(x, y + 60, "r $0-request")
    fire = p.obj(x, y + 130, "t b b b b")
    p.wire(request, fire)
    p.wire(debounce, fire)
    _, ids = pd_counter(p, x + 200, y + 150, fire, outlet=3)
    empty = p.msg(x + 100, y + 150, "list")
    store = p.obj(x, y + 360, "list store")
    p.wire(fire, empty, outlet=2)
    p.wire(empty, store, inlet=1)
    spread = p.obj(x + 50, y + 310, "t f f f f f f")
    p.wire(pd_loop(p, x + 50, y + 170, N_COMPONENTS, fire, outlet=1), spread)
    combine = p.obj(x + 200, y + 390, "expr $f1*(1-2*$f3)*(1-$f4); $f2*(1-2*$f3)*(1-$f4)")
    pair = p.obj(x + 50, y + 430, "pack s f s f")
    for outlet, (kind, inlet) in zip(
        (4, 3, 2, 1), (("zero", 3), ("sign", 2), ("offset", 1), ("gain", 0)), strict=True
    ):
        read = p.obj(x + 120 + 90 * (4 - outlet), y + 360, f"tabread $0-{kind}")
        p.wire(spread, read, outlet=outlet)
        p.wire(read, combine, inlet=inlet)
    offset_key = p.obj(x + 500, y + 360, f"makefilename {OFFSET_KEY.replace('{}', '%d')}")
    p.wire(spread, offset_key, outlet=5)
    p.wire(offset_key, pair, inlet=2)
    p.wire(combine, pair, outlet=1, inlet=3)
    p.wire(combine, pair, outlet=0, inlet=1)
    gain_key = p.obj(x + 50, y + 410, f"makefilename {GAIN_KEY.replace('{}', '%d')}")
    p.wire(spread, gain_key)
    p.wire(gain_key, pair)
    append = p.msg(x + 50, y + 450, "append $1 $2 $3 $4")
    p.wire(pair, append)
    p.wire(append, store)
    p.wire(fire, store)
    pairs = pd_source_and_pitch(p, x + 300, y + 460, name=NAME)
    *_, with_pitch = pd_join(p, x, y + 500, store, pairs)
    with_id = p.obj(x, y + 540, "list prepend")
    p.wire(ids, with_id, inlet=1)
    p.wire(with_pitch, with_id)
    pd_request_out(p, x, y + 660, with_id, ids)
