"""nsynth_knobs.maxpat: the 16 embedding components as knobs, plus source and pitch,
labelled from the server's knob map (/nsynth/knobmap)."""

from __future__ import annotations

import dataclasses

from py2max import Box

from maxpatches.maxmsp.blocks import (
    MaxNetwork,
    max_answers,
    max_client,
    max_display,
    max_errors,
    max_from,
    max_pitch,
    max_playback,
    max_recipe,
    max_request_button,
    max_source_menu,
    max_status,
    present_connect,
    present_display,
    present_playback,
    present_source_and_pitch,
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
    "/nsynth/knob",
    "/nsynth/knobmap/end",
)


def max_knobs() -> MaxPatch:
    """nsynth_knobs.maxpat: the 16 embedding components as knobs, plus source and pitch."""
    m, title, net = max_client(
        "nsynth knobs: edit the 16 embedding components; each answer "
        "shows whether it was exact, nearest or blend (docs/max.md)",
        800,
        reply_port=REPLY_PORTS["knobs"],
        queries=("/nsynth/sources", "/nsynth/status", "/nsynth/knobmap"),
        replies=KNOBS_REPLIES,
    )
    recipe = max_recipe(m, 330, 100, net.send)
    max_source_menu(m, 560, 40, net, recipe.coll)
    max_pitch(m, 720, 40, recipe.coll)

    button, request_label = max_request_button(m, 330, 40, recipe)
    auto = m.ui(880, 40, 22, 22, "toggle")
    auto_label = m.comment(905, 40, f"auto: request {AUTO_REQUEST_MS} ms after a change", width=280)
    gate = m.obj(880, 70, "gate 1")
    m.wire(auto, gate)
    settle = m.obj(880, 100, f"delay {AUTO_REQUEST_MS}")  # each change restarts it
    m.wire(gate, settle)
    m.wire(settle, recipe.request)

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
        m.comment(20, top + 110, "gain", width=45),
        m.comment(20, top + 160, "offset", width=45),
        m.comment(20, top + 205, "flip zero", width=45),
    ]
    columns = [
        max_knob_column(m, c, 70 + 64 * c, top + 55, neutral=neutral, coll=recipe.coll, auto=gate)
        for c in range(N_COMPONENTS)
    ]
    max_knob_labels(m, 70, top + 310, net, columns)

    # Answers: the match is shown; /nsynth/ready of the last request asks for it again
    # (the exact sound, with its rate).
    answers = top + 460
    fields, only_last = max_answers(m, 20, answers, net, recipe.last_id)
    m.wire(only_last, recipe.resend)
    max_playback(m, 20, answers + 160, "nsynth_knobs", fields)
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
    m.present(title, 10, 10)
    m.present(button, 10, 40)
    m.present(request_label, 40, 43)
    m.present(auto, 120, 42)
    m.present(auto_label, 145, 42)
    present_connect(m, 440, 42)
    present_source_and_pitch(m, 10, 75)
    for row, y in zip(rows, (156, 201, 236), strict=True):
        m.present(row, 10, y)
    for c, column in enumerate(columns):
        column.present(m, 60 + 50 * c, 108)
    m.present(match_label, 10, 278)
    m.present(shown, 10, 301)
    m.present(distance_label, 140, 278)
    m.present(distance, 140, 301)
    present_playback(m, 230, 301, label_above=True)
    present_display(m, "/nsynth/welcome", 10, 336, gap=25)
    present_display(m, "/nsynth/error", 300, 336, gap=25, w=560)
    return m


@dataclasses.dataclass
class KnobColumn:
    """The controls of one component's column (`max_knob_column`).

    Attributes:
        label: The comment over the column: `c<c>`, or what the knob map says the
            component does (`max_knob_labels`).
        strength: The comment under it: how strongly, in noise-floor units (empty for
            none).
        gain: Gain dial (steps of 1 / KNOB_STEPS_PER_UNIT over GAIN_RANGE).
        offset: Offset dial (the same steps over OFFSET_RANGE).
        sign: Sign flip toggle.
        zero: Zero toggle.
    """

    label: Box
    strength: Box
    gain: Box
    offset: Box
    sign: Box
    zero: Box

    def present(self, m: MaxPatch, x: float, y: float) -> None:
        """Shows the column in presentation mode from (x, y): label, strength, dials,
        toggles; 48 x 148 px."""
        m.present(self.label, x, y, h=18)
        m.present(self.strength, x, y + 18, h=18)
        m.present(self.gain, x, y + 38)
        m.present(self.offset, x, y + 83)
        m.present(self.sign, x, y + 130)
        m.present(self.zero, x + 22, y + 130)


def max_knob_column(
    m: MaxPatch, c: int, x: float, y: float, *, neutral: Box, coll: Box, auto: Box
) -> KnobColumn:
    """Component c's column at (x, y): label and strength, gain and offset dials, sign
    and zero toggles, and its [p c<c>] (`max_component`) that stores gain<c> and
    offset<c>.

    Args:
        neutral: Sends the dials' neutral step on load.
        coll: The recipe's [coll].
        auto: Inlet 1 takes a bang after every change (the auto request).

    Returns:
        The column's controls. 48 x 210 px (240 px for odd c: the subpatchers alternate
        rows).
    """
    gain_steps = round((GAIN_RANGE[1] - GAIN_RANGE[0]) * KNOB_STEPS_PER_UNIT)
    offset_steps = round((OFFSET_RANGE[1] - OFFSET_RANGE[0]) * KNOB_STEPS_PER_UNIT)
    label = m.comment(x, y, f"c{c}", width=48)
    strength = m.comment(x, y + 22, "", width=48)
    gain = m.ui(x, y + 45, 40, 40, "dial", size=gain_steps + 1)
    offset = m.ui(x, y + 95, 40, 40, "dial", size=offset_steps + 1)
    m.wire(neutral, gain)
    m.wire(neutral, offset)
    sign = m.ui(x, y + 150, 18, 18, "toggle")
    zero = m.ui(x + 22, y + 150, 18, 18, "toggle")
    box, sub = m.subpatcher(x, y + 180 + 30 * (c % 2), f"c{c}")
    max_component(sub, c)
    m.wire(gain, box)
    m.wire(offset, box, inlet=1)
    m.wire(sign, box, inlet=2)
    m.wire(zero, box, inlet=3)
    m.wire(box, coll)
    m.wire(box, auto, outlet=1, inlet=1)
    return KnobColumn(
        label=label, strength=strength, gain=gain, offset=offset, sign=sign, zero=zero
    )


def max_knob_labels(
    m: MaxPatch, x: float, y: float, net: MaxNetwork, columns: list[KnobColumn]
) -> None:
    """/nsynth/knob <component> <label> <strength> -> that component's column shows the
    label and the strength (one decimal; nothing when it is 0: no consistent effect).

    On every connect each column shows `c<c>` alone again, before the knob map is asked
    for, so a column the map leaves out keeps it. 530 x 150 px at (x, y).
    """
    entry = m.obj(x, y, "t l l")
    max_from(m, net, "/nsynth/knob", entry)
    # The component first: it opens that column's outlet of the two [gate]s.
    component = m.obj(x + 250, y + 30, "zl.slice 1")
    m.wire(entry, component, outlet=1)
    column = m.obj(x + 250, y + 60, "+ 1")
    m.wire(component, column)
    fields = m.obj(x, y + 30, "unpack 0 s 0.")  # outputs right to left: strength first
    m.wire(entry, fields)
    name = m.obj(x, y + 60, "prepend set")
    m.wire(fields, name, outlet=1)
    zero = m.obj(x + 100, y + 60, "sel 0.")
    m.wire(fields, zero, outlet=2)
    blank = m.msg(x + 100, y + 90, "set")
    m.wire(zero, blank)
    decimal = m.obj(x + 140, y + 90, "sprintf set %.1f")
    m.wire(zero, decimal, outlet=1)
    shown = (
        ((name,), [knob.label for knob in columns]),
        ((blank, decimal), [knob.strength for knob in columns]),
    )
    for k, (sources, comments) in enumerate(shown):
        gate = m.obj(x + 300 * k, y + 125, f"gate {N_COMPONENTS}")
        m.wire(column, gate)
        for source in sources:
            m.wire(source, gate, inlet=1)
        for c, comment in enumerate(comments):
            m.wire(gate, comment, outlet=c)

    count = m.obj(x + 400, y, f"uzi {N_COMPONENTS} 0")
    m.wire(net.clear, count, outlet=net.clear_outlet)
    each = m.obj(x + 400, y + 30, "t i i")
    m.wire(count, each, outlet=2)
    default = m.obj(x + 400, y + 60, "sprintf %ld c%ld 0.")
    m.wire(each, default, outlet=1, inlet=1)
    m.wire(each, default)
    m.wire(default, entry)


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
