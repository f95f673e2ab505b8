"""pd/nsynth_knobs.pd (the 16 components, source and pitch) and pd/nsynth_knob.pd, one
component's column."""

from __future__ import annotations

from maxpatches.puredata.blocks import (
    pd_counter,
    pd_errors,
    pd_logged,
    pd_network,
    pd_playback,
    pd_query,
    pd_ready_filter,
    pd_request_out,
    pd_status,
)
from maxpatches.puredata.patch import PdPatch
from maxpatches.settings import (
    AUTO_REQUEST_MS,
    DEFAULT_PITCH,
    GAIN_KEY,
    GAIN_RANGE,
    N_COMPONENTS,
    OFFSET_KEY,
    OFFSET_RANGE,
    REPLY_PORTS,
)

#: Size of one component's column (nsynth_knob.pd shown on its parent), px.
KNOB_GRAPH = (46, 118)


def pd_knob() -> PdPatch:
    """pd/nsynth_knob.pd: one component column of nsynth_knobs.pd ($1: component, $2:
    the parent's $0).

    Two sliders (gain, offset) and two toggles (sign flip, zero), receiving
    nsynth-knobs-gain$1, -offset$1, -sign$1, -zero$1; every change is written into the
    parent's tables `$2-gain` ... at index $1 and announced on `$2-changed`. Neutral
    values on load.
    """
    name = "nsynth-knobs"
    p = PdPatch(graph=KNOB_GRAPH)
    gain = p.vsl(4, 16, *GAIN_RANGE, receive=f"{name}-gain$1", height=60, label="c$1")
    offset = p.vsl(26, 16, *OFFSET_RANGE, receive=f"{name}-offset$1", height=60)
    sign = p.tgl(4, 84, "neg", receive=f"{name}-sign$1", below=True)
    zero = p.tgl(26, 84, "0", receive=f"{name}-zero$1", below=True)
    changed = p.obj(100, 200, "t b")
    p.wire(changed, p.obj(100, 220, "s $2-changed"))
    for i, (kind, box) in enumerate(
        (("gain", gain), ("offset", offset), ("sign", sign), ("zero", zero))
    ):
        x = 100 + 140 * i
        at = p.obj(x, 140, "list append $1")
        p.wire(box, at)
        p.wire(at, p.obj(x, 160, f"tabwrite $2-{kind}"))
        p.wire(box, changed)
    init = p.obj(100, 20, "loadbang")
    component = p.obj(100, 40, "f $1")
    neutral = p.msg(
        100, 60, f"; {name}-gain$1 1; {name}-offset$1 0; {name}-sign$1 0; {name}-zero$1 0"
    )
    p.chain(init, component, neutral)
    return p


def pd_knobs() -> PdPatch:
    """pd/nsynth_knobs.pd: the 16 components as sliders and toggles, plus source, pitch.

    Receivers: nsynth-knobs-connect; nsynth-knobs-gain<c>, -offset<c>, -sign<c>,
    -zero<c>; nsynth-knobs-source; nsynth-knobs-pitch; nsynth-knobs-request (bang);
    nsynth-knobs-auto <0|1>.
    """
    name = "nsynth-knobs"
    p = PdPatch()
    p.text(
        20,
        5,
        "nsynth knobs: edit the 16 embedding components; each answer says "
        "exact, nearest or blend (docs/max.md)",
    )
    net = pd_network(
        p,
        20,
        30,
        name=name,
        reply_port=REPLY_PORTS["knobs"],
        replies=(
            "/nsynth/welcome",
            "/nsynth/source",
            "/nsynth/sources/end",
            "/nsynth/sample",
            "/nsynth/ready",
            "/nsynth/error",
            "/nsynth/status",
        ),
    )
    queries = p.obj(20, 480, "t b b")
    p.wire(net.connected, queries)
    pd_query(p, 20, 500, net, queries, 1, "nsynth", "sources")
    pd_logged(p, 20, 540, net, "/nsynth/welcome")
    pd_logged(p, 150, 540, net, "/nsynth/source")
    pd_logged(p, 280, 540, net, "/nsynth/sources/end")

    tables = {kind: f"$0-{kind}" for kind in ("gain", "offset", "sign", "zero")}
    for i, table in enumerate(tables.values()):
        p.obj(400 + 160 * i, 230, f"array define {table} {N_COMPONENTS}")
    p.text(
        400, 30, "per component: gain 0..2, offset -1..1 (sliders), sign flip and zero (toggles)"
    )
    for c in range(N_COMPONENTS):
        p.graph(400 + 50 * c, 60, f"nsynth_knob {c} $0", KNOB_GRAPH)
    p.text(
        400,
        190,
        "the component columns are nsynth_knob.pd (c, $0): each writes "
        "the tables below and sends $0-changed",
    )
    auto = p.tgl(20, 600, "auto", receive=f"{name}-auto")
    changed = p.obj(100, 620, "r $0-changed")
    gate = p.obj(100, 640, "spigot")
    p.wire(auto, gate, inlet=1)
    p.wire(changed, gate)
    debounce = p.obj(100, 660, f"del {AUTO_REQUEST_MS}")
    p.wire(gate, debounce)
    init = p.obj(20, 700, "loadbang")
    neutral = p.msg(20, 720, f"; {name}-pitch {DEFAULT_PITCH}")
    p.wire(init, neutral)

    # The request: for c in 0..15 append gain<c> <g> offset<c> <o> with the sign and
    # zero folded in, then source and pitch.
    p.text(400, 270, "request: gain<c> = gain*sign*(1-zero), offset<c> = offset*sign*(1-zero)")
    request = p.bng(400, 400, "request", receive=f"{name}-request")
    fire = p.obj(400, 430, "t b b b b")
    p.wire(request, fire)
    p.wire(debounce, fire)
    _, ids = pd_counter(p, 600, 450, fire, outlet=3)
    empty = p.msg(500, 450, "list")
    store = p.obj(400, 620, "list store")
    p.wire(fire, empty, outlet=2)
    p.wire(empty, store, inlet=1)
    count = p.msg(450, 470, str(N_COMPONENTS))
    p.wire(fire, count, outlet=1)
    loop = p.obj(450, 490, "until")
    p.wire(count, loop)
    restart = p.msg(520, 470, "0")
    p.wire(fire, restart, outlet=2)
    component_store, component = pd_counter(p, 450, 510, loop)
    p.wire(restart, component_store, inlet=1)
    index = p.obj(450, 570, "- 1")
    p.wire(component, index)
    spread = p.obj(450, 590, "t f f f f f f")
    p.wire(index, spread)
    combine = p.obj(600, 650, "expr $f1*(1-2*$f3)*(1-$f4); $f2*(1-2*$f3)*(1-$f4)")
    pair = p.obj(450, 690, "pack s f s f")
    for outlet, (kind, inlet) in zip(
        (4, 3, 2, 1), (("zero", 3), ("sign", 2), ("offset", 1), ("gain", 0)), strict=True
    ):
        read = p.obj(520 + 90 * (4 - outlet), 620, f"tabread {tables[kind]}")
        p.wire(spread, read, outlet=outlet)
        p.wire(read, combine, inlet=inlet)
    offset_key = p.obj(900, 620, f"makefilename {OFFSET_KEY.replace('{}', '%d')}")
    p.wire(spread, offset_key, outlet=5)
    p.wire(offset_key, pair, inlet=2)
    p.wire(combine, pair, outlet=1, inlet=3)
    p.wire(combine, pair, outlet=0, inlet=1)
    gain_key = p.obj(450, 670, f"makefilename {GAIN_KEY.replace('{}', '%d')}")
    p.wire(spread, gain_key)
    p.wire(gain_key, pair)
    append = p.msg(450, 710, "append $1 $2 $3 $4")
    p.wire(pair, append)
    p.wire(append, store)
    source = p.symbolatom(250, 400, 10, "source", f"{name}-source")
    pitch = p.floatatom(250, 430, 4, "pitch", f"{name}-pitch")
    with_source = p.obj(400, 740, "list append")
    p.wire(fire, store)
    p.wire(store, with_source)
    source_pair = p.obj(250, 460, "list prepend source")
    p.wire(source, source_pair)
    p.wire(source_pair, with_source, inlet=1)
    with_pitch = p.obj(400, 760, "list append")
    p.wire(with_source, with_pitch)
    pitch_pair = p.obj(330, 460, "list prepend pitch")
    p.wire(pitch, pitch_pair)
    p.wire(pitch_pair, with_pitch, inlet=1)
    with_id = p.obj(400, 780, "list prepend")
    p.wire(ids, with_id, inlet=1)
    p.wire(with_pitch, with_id)
    again = pd_request_out(p, 400, 800, net, with_id)

    # Answers: the match is shown; /nsynth/ready of the last request asks for it again
    # (the exact sound, with its rate).
    play = pd_playback(p, 20, 900, net, f"{name}-sample", f"{name}-level")
    sample = pd_logged(p, 20, 780, net, "/nsynth/sample")
    fields = p.obj(20, 820, "unpack f s s f f")
    p.wire(sample, fields)
    p.wire(fields, play.rate, outlet=4)
    p.wire(fields, play.load, outlet=1)
    p.text(180, 820, "match: exact, nearest or blend")
    match = p.msg(180, 860, "set $1")
    p.wire(fields, match, outlet=2)
    shown = p.msg(180, 880, "")
    p.wire(match, shown)
    path = pd_ready_filter(p, 300, 840, net, ids)
    p.wire(path, again)
    pd_errors(p, 700, 900, net)
    pd_status(p, 700, 1030, net, name)
    return p
