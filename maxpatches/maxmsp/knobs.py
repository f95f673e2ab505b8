"""nsynth_knobs.maxpat: the 16 embedding components as knobs, plus source and pitch."""

from __future__ import annotations

from maxpatches.maxmsp.blocks import (
    max_display,
    max_errors,
    max_from,
    max_network,
    max_pitch,
    max_playback,
    max_ready_filter,
    max_recipe,
    max_source_menu,
    max_status,
)
from maxpatches.maxmsp.patch import ROW, MaxPatch
from maxpatches.settings import (
    AUTO_REQUEST_MS,
    GAIN_KEY,
    GAIN_RANGE,
    KNOB_STEPS_PER_UNIT,
    N_COMPONENTS,
    OFFSET_KEY,
    OFFSET_RANGE,
    REPLY_PORTS,
)

KNOBS_REPLIES = (
    "/nsynth/welcome",
    "/nsynth/sample",
    "/nsynth/ready",
    "/nsynth/error",
    "/nsynth/source",
    "/nsynth/sources/end",
    "/nsynth/status",
)


def max_knobs() -> MaxPatch:
    """nsynth_knobs.maxpat: the 16 embedding components as knobs, plus source and pitch."""
    m = MaxPatch()
    title = m.comment(
        20,
        10,
        "nsynth knobs: edit the 16 embedding components; each answer "
        "shows whether it was exact, nearest or blend (docs/max.md)",
        width=800,
    )
    net = max_network(
        m,
        20,
        40,
        reply_port=REPLY_PORTS["knobs"],
        queries=("/nsynth/sources", "/nsynth/status"),
        replies=KNOBS_REPLIES,
    )
    max_display(m, 20, net.bottom, net, "/nsynth/welcome", "server: protocol, bank size")
    recipe = max_recipe(m, 330, 100, net.send)
    max_source_menu(m, 560, 40, net, recipe.coll)
    max_pitch(m, 720, 40, recipe.coll)

    button = m.ui(330, 40, 26, 26, "button")
    request_label = m.comment(360, 43, "request")
    m.wire(button, recipe.request)
    auto = m.ui(880, 40, 22, 22, "toggle")
    auto_label = m.comment(905, 40, f"auto: request {AUTO_REQUEST_MS} ms after a change", width=280)
    gate = m.obj(880, 70, "gate 1")
    m.wire(auto, gate)
    settle = m.obj(880, 100, f"delay {AUTO_REQUEST_MS}")  # each change restarts it
    m.wire(gate, settle)
    m.wire(settle, recipe.request)

    gain_steps = round((GAIN_RANGE[1] - GAIN_RANGE[0]) * KNOB_STEPS_PER_UNIT)
    offset_steps = round((OFFSET_RANGE[1] - OFFSET_RANGE[0]) * KNOB_STEPS_PER_UNIT)
    gain_neutral = round((1.0 - GAIN_RANGE[0]) * KNOB_STEPS_PER_UNIT)
    offset_neutral = round((0.0 - OFFSET_RANGE[0]) * KNOB_STEPS_PER_UNIT)
    if gain_neutral != offset_neutral:
        raise ValueError("the knobs' one init message needs equal neutral positions")
    top = net.bottom + 100
    m.comment(
        20,
        top,
        "per component: gain dial, offset dial, sign flip (left toggle), "
        f"zero (right toggle); gain {GAIN_RANGE[0]:g}..{GAIN_RANGE[1]:g}, offset "
        f"{OFFSET_RANGE[0]:g}..{OFFSET_RANGE[1]:g}",
        width=900,
    )
    init = m.obj(20, top + 25, "loadbang")
    neutral = m.msg(100, top + 25, str(gain_neutral))
    m.wire(init, neutral)
    rows = [
        m.comment(20, top + 90, "gain", width=45),
        m.comment(20, top + 140, "offset", width=45),
        m.comment(20, top + 185, "flip zero", width=45),
    ]
    columns = []
    for c in range(N_COMPONENTS):
        x = 70 + 64 * c
        name = m.comment(x, top + 55, f"c{c}", width=40)
        gain_dial = m.ui(x, top + 80, 40, 40, "dial", size=gain_steps + 1)
        offset_dial = m.ui(x, top + 130, 40, 40, "dial", size=offset_steps + 1)
        m.wire(neutral, gain_dial)
        m.wire(neutral, offset_dial)
        sign = m.ui(x, top + 185, 18, 18, "toggle")
        zero = m.ui(x + 22, top + 185, 18, 18, "toggle")
        box, sub = m.subpatcher(x, top + 215 + 30 * (c % 2), f"c{c}")
        max_component(sub, c)
        m.wire(gain_dial, box)
        m.wire(offset_dial, box, inlet=1)
        m.wire(sign, box, inlet=2)
        m.wire(zero, box, inlet=3)
        m.wire(box, recipe.coll)
        m.wire(box, gate, outlet=1, inlet=1)
        columns.append((name, gain_dial, offset_dial, sign, zero))

    # Answers: the match is shown; /nsynth/ready of the last request asks for it again
    # (the exact sound, with its rate).
    answers = top + 300
    fields = m.obj(20, answers, "unpack 0 s s 0. 0.")
    max_from(m, net, "/nsynth/sample", fields)
    only_last = max_ready_filter(m, 150, answers, net, recipe.last_id)
    m.wire(only_last, recipe.resend)
    play = max_playback(m, 20, answers + 160, "nsynth_knobs")
    m.wire(fields, play.load, outlet=1)
    m.wire(fields, play.rate, outlet=4, inlet=1)
    match_label = m.comment(330, answers, "match", width=55)
    m.comment(390, answers, "exact, nearest or blend; exact once /nsynth/ready comes", width=360)
    match = m.obj(330, answers + 30, "prepend set")
    m.wire(fields, match, outlet=2)
    shown = m.msg(330, answers + 60, "", width=120)
    m.wire(match, shown)
    distance_label = m.comment(470, answers + 60, "distance")
    distance = m.ui(530, answers + 60, 70, ROW, "flonum")
    m.wire(fields, distance, outlet=3)
    max_display(
        m,
        330,
        answers + 100,
        net,
        "/nsynth/sample",
        "answer: req_id path match distance rate",
        width=620,
    )
    max_errors(m, 330, answers + 190, net, width=620)
    max_status(m, 330, answers + 290, net)

    # Presentation: the synth panel (Cmd/Ctrl-Alt-E switches to the patching view).
    n = m.named
    m.present(title, 10, 10)
    m.present(button, 10, 40)
    m.present(request_label, 40, 43)
    m.present(auto, 120, 42)
    m.present(auto_label, 145, 42)
    m.present(n["connect"], 440, 42)
    m.present(n["connect:label"], 465, 42)
    m.present(n["source:label"], 10, 75)
    m.present(n["source"], 60, 75)
    m.present(n["pitch:label"], 220, 75)
    m.present(n["pitch"], 260, 75)
    for row, y in zip(rows, (140, 185, 220), strict=True):
        m.present(row, 10, y)
    for c, (name, gain_dial, offset_dial, sign, zero) in enumerate(columns):
        x = 60 + 50 * c
        m.present(name, x, 108, h=20)
        m.present(gain_dial, x, 130)
        m.present(offset_dial, x, 175)
        m.present(sign, x, 222)
        m.present(zero, x + 22, 222)
    m.present(match_label, 10, 262)
    m.present(shown, 10, 285)
    m.present(distance_label, 140, 262)
    m.present(distance, 140, 285)
    m.present(n["level:label"], 230, 262)
    m.present(n["level"], 230, 285)
    m.present(n["meter"], 290, 289)
    m.present(n["start"], 380, 285)
    m.present(n["stop"], 430, 285)
    m.present(n["again"], 480, 285)
    m.present(n["again:label"], 505, 285)
    m.present(n["/nsynth/welcome:label"], 10, 320)
    m.present(n["/nsynth/welcome"], 10, 345)
    m.present(n["/nsynth/error:label"], 300, 320)
    m.present(n["/nsynth/error"], 300, 345, w=560)
    return m


def max_component(m: MaxPatch, c: int) -> None:
    """Inside [p c<c>]: dial steps, sign and zero -> `store gain<c> ...`, `store offset<c>`.

    gain<c> = gain * sign * (1 - zero), offset<c> = offset * sign * (1 - zero), with
    sign = 1 - 2 * flip: the toggles flip or silence the component after gain and offset.
    Outlet 0 goes to the recipe [coll]; outlet 1 bangs after every change (auto request).
    """
    names = ("gain dial", "offset dial", "sign flip", "zero")
    inlets = []
    for i, name in enumerate(names):
        inlets.append(m.obj(20 + 110 * i, 20, "inlet"))
        m.comment(20 + 110 * i, 45, name, width=100)
    steps = f"/ {KNOB_STEPS_PER_UNIT}."
    gain = m.obj(20, 75, steps)
    gain_low = m.obj(20, 100, f"+ {GAIN_RANGE[0]:.2f}")
    offset = m.obj(130, 75, steps)
    offset_low = m.obj(130, 100, f"+ {OFFSET_RANGE[0]:.2f}")
    m.wire(inlets[0], gain)
    m.wire(gain, gain_low)
    m.wire(inlets[1], offset)
    m.wire(offset, offset_low)
    values = m.obj(20, 140, "pak 1. 0. 0 0")
    m.wire(gain_low, values)
    m.wire(offset_low, values, inlet=1)
    m.wire(inlets[2], values, inlet=2)
    m.wire(inlets[3], values, inlet=3)
    changed = m.obj(20, 170, "t b l")
    m.wire(values, changed)
    both = m.obj(100, 200, "t l l")
    m.wire(changed, both, outlet=1)
    gain_out = m.obj(100, 235, "expr $f1*(1-2*$i3)*(1-$i4)")
    offset_out = m.obj(300, 235, "expr $f2*(1-2*$i3)*(1-$i4)")
    m.wire(both, gain_out, outlet=1)
    m.wire(both, offset_out, outlet=0)
    store_gain = m.obj(100, 270, f"prepend store {GAIN_KEY.format(c)}")
    store_offset = m.obj(300, 270, f"prepend store {OFFSET_KEY.format(c)}")
    m.wire(gain_out, store_gain)
    m.wire(offset_out, store_offset)
    to_recipe = m.obj(100, 330, "outlet")
    to_auto = m.obj(300, 330, "outlet")
    m.wire(store_gain, to_recipe)
    m.wire(store_offset, to_recipe)
    m.wire(changed, to_auto)
