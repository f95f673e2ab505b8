"""pd/nsynth_player.pd: the player, driven by its panel or by its receivers."""

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
from maxpatches.settings import DEFAULT_PITCH, N_AXIS_SLOTS, REPLY_PORTS


def pd_player() -> PdPatch:
    """pd/nsynth_player.pd: the player; driven by its GUI or by these receivers:

    nsynth-player-connect <host> <port> <reply_port>; nsynth-player-recipe <key> <value>
    ...; nsynth-player-source <name>; nsynth-player-pitch <p>; nsynth-player-request
    (bang); nsynth-player-clear (bang).
    """
    name = "nsynth-player"
    p = PdPatch()
    p.text(20, 5, "nsynth player: ask nsynth-server for a sound and play it (docs/max.md)")
    net = pd_network(
        p,
        20,
        30,
        name=name,
        reply_port=REPLY_PORTS["player"],
        replies=(
            "/nsynth/welcome",
            "/nsynth/source",
            "/nsynth/sources/end",
            "/nsynth/axis",
            "/nsynth/axes/end",
            "/nsynth/sample",
            "/nsynth/ready",
            "/nsynth/error",
            "/nsynth/status",
        ),
    )
    queries = p.obj(20, 480, "t b b b b")
    p.wire(net.connected, queries)
    pd_query(p, 20, 560, net, queries, 2, "nsynth", "sources")
    pd_query(p, 100, 540, net, queries, 1, "nsynth", "axes")
    pd_query(p, 180, 520, net, queries, 0, "nsynth", "status")
    pd_logged(p, 20, 620, net, "/nsynth/welcome")

    # What the bank offers: sources and axes are listed, axes fill the sliders.
    p.text(400, 30, "sources (type one into source)")
    sources = pd_logged(p, 400, 50, net, "/nsynth/source")
    add = p.obj(400, 90, "list prepend add2")
    trim = p.obj(400, 110, "list trim")
    listed = p.msg(400, 130, "")
    clear_list = p.msg(560, 90, "set")
    p.wire(queries, clear_list, outlet=3)
    p.wire(clear_list, listed)
    p.wire(sources, add)
    p.chain(add, trim, listed)
    pd_logged(p, 560, 50, net, "/nsynth/sources/end")
    pd_logged(p, 650, 50, net, "/nsynth/axes/end")

    p.text(400, 160, f"axes: the first {N_AXIS_SLOTS} numeric ones (not pitch) get a slider")
    axis = pd_logged(p, 400, 180, net, "/nsynth/axis")
    skip = p.obj(400, 220, "route source pitch")
    p.wire(axis, skip)
    each = p.obj(400, 240, "t a b")
    p.wire(skip, each, outlet=2)
    slot_store, slot_no = pd_counter(p, 500, 260, each, outlet=1)
    reset = p.msg(560, 260, "0")
    p.wire(queries, reset, outlet=3)
    p.wire(reset, slot_store, inlet=1)
    tag = p.obj(400, 320, "list prepend")
    p.wire(slot_no, tag, inlet=1)
    p.wire(each, tag)
    slots = p.obj(400, 340, "route " + " ".join(str(i + 1) for i in range(N_AXIS_SLOTS)))
    p.wire(tag, slots)
    slot_log = p.obj(500, 340, "list prepend slot")
    p.wire(tag, slot_log)
    p.wire(slot_log, net.print)

    # The request: slot pairs, source, pitch and a free recipe, joined in that order.
    request = p.bng(20, 700, "request", receive=f"{name}-request")
    fire = p.obj(20, 725, "t b b")
    p.wire(request, fire)
    _, ids = pd_counter(p, 120, 745, fire, outlet=1)
    join = p.obj(20, 745, "list append")
    p.wire(fire, join)
    parts = [join]
    clears = []
    for i in range(N_AXIS_SLOTS):
        x = 400 + 170 * i
        fields = p.obj(x, 370, "list")
        p.wire(slots, fields, outlet=i)
        unpack = p.obj(x, 390, "unpack s f f")
        p.wire(fields, unpack)
        label = p.msg(x, 410, "label $1")
        p.wire(unpack, label)
        rng = p.msg(x + 60, 430, "range $1 $2")
        lows = p.obj(x + 60, 410, "pack f f")
        p.wire(unpack, lows, outlet=2, inlet=1)
        p.wire(unpack, lows, outlet=1)
        p.wire(lows, rng)
        slider = p.hsl(x, 460, 0, 1, f"axis_{i + 1}", width=140)
        p.wire(label, slider)
        p.wire(rng, slider)
        shown = p.floatatom(x, 480, 8, "-", "-")
        p.wire(slider, shown)
        key = p.obj(x, 500, "list prepend")
        p.wire(unpack, key, inlet=1)
        p.wire(shown, key)
        part = p.obj(20, 765 + 20 * (i + 1), "list append")
        p.wire(parts[-1], part)
        p.wire(key, part, inlet=1)
        clears.append(part)
        parts.append(part)
        # A new axis in this slot forgets the old slot's value.
        forget = p.msg(x + 100, 390, "list")
        p.wire(unpack, forget)
        p.wire(forget, part, inlet=1)
    y = 765 + 20 * (N_AXIS_SLOTS + 1)
    p.text(20, 660, "recipe: source, pitch, free pairs (e.g. x 0.5 y 0.5 gain 1.5)")
    source = p.symbolatom(250, 680, 10, "source", f"{name}-source")
    pitch = p.floatatom(350, 680, 4, "pitch", f"{name}-pitch")
    free = p.obj(450, 680, f"r {name}-recipe")
    as_list = p.obj(450, 700, "list")
    p.wire(free, as_list)
    example = p.msg(600, 680, "x 0.5 y 0.5 gain 1")
    p.wire(example, as_list)
    for box, key in ((source, "source"), (pitch, "pitch"), (as_list, None)):
        part = p.obj(20, y, "list append")
        p.wire(parts[-1], part)
        if key is None:
            p.wire(box, part, inlet=1)
        else:
            pair = p.obj(250 + (100 if key == "pitch" else 0), 720, f"list prepend {key}")
            p.wire(box, pair)
            p.wire(pair, part, inlet=1)
        clears.append(part)
        parts.append(part)
        y += 20
    init = p.obj(700, 680, "loadbang")
    pitch_default = p.msg(700, 700, f"; {name}-pitch {DEFAULT_PITCH}")
    p.wire(init, pitch_default)
    clear = p.bng(800, 680, "clear", receive=f"{name}-clear")
    empty = p.msg(800, 710, "list")
    p.wire(clear, empty)
    for part in clears:
        p.wire(empty, part, inlet=1)
    with_id = p.obj(20, y, "list prepend")
    p.wire(ids, with_id, inlet=1)
    p.wire(parts[-1], with_id)
    again = pd_request_out(p, 20, y + 20, net, with_id)

    # Answers: /nsynth/ready of the last request asks for it again, so its exact sound
    # comes with the rate to play it at.
    play = pd_playback(p, 700, 740, net, f"{name}-sample", f"{name}-level")
    sample = pd_logged(p, 700, 560, net, "/nsynth/sample")
    fields = p.obj(700, 600, "unpack f s s f f")
    p.wire(sample, fields)
    p.wire(fields, play.rate, outlet=4)
    p.wire(fields, play.load, outlet=1)
    path = pd_ready_filter(p, 900, 560, net, ids)
    p.wire(path, again)
    pd_errors(p, 20, 1000, net)
    pd_status(p, 400, 1000, net, name)
    return p
