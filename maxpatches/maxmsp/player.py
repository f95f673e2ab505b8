"""nsynth_player.maxpat: recipe controls, request, playback, errors and status."""

from __future__ import annotations

from maxpatches.maxmsp.blocks import (
    max_answers,
    max_client,
    max_counter,
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
    present_status,
)
from maxpatches.maxmsp.patch import ROW, MaxPatch
from maxpatches.settings import AXIS_SLIDER_STEPS, N_AXIS_SLOTS, REPLY_PORTS

PLAYER_REPLIES = (
    "/nsynth/welcome",
    "/nsynth/sample",
    "/nsynth/ready",
    "/nsynth/error",
    "/nsynth/source",
    "/nsynth/axis",
    "/nsynth/status",
    "/nsynth/sources/end",
    "/nsynth/axes/end",
)


def max_player() -> MaxPatch:
    """nsynth_player.maxpat: recipe controls, request, playback, errors and status."""
    m, title, net = max_client(
        "nsynth player: ask nsynth-server for a sound and play it (docs/max.md)",
        600,
        reply_port=REPLY_PORTS["player"],
        queries=("/nsynth/sources", "/nsynth/axes", "/nsynth/status"),
        replies=PLAYER_REPLIES,
    )

    # Recipe: source menu, pitch, axis sliders, all stored into the recipe [coll].
    recipe = max_recipe(m, 330, 420, net.send)
    max_source_menu(m, 330, 40, net, recipe.coll)
    max_pitch(m, 500, 40, recipe.coll)

    # Axis slots: the i-th numeric axis (not source, not pitch) goes to slot i.
    m.comment(330, 180, "axes fill the sliders", width=270)
    skip = m.obj(330, 205, "route source pitch")
    max_from(m, net, "/nsynth/axis", skip)
    each = m.obj(330, 235, "t l b")
    m.wire(skip, each, outlet=2)
    slot_store, slot_no = max_counter(m, 450, 235, each, outlet=1)
    reset = m.msg(500, 235, "0")
    m.wire(net.clear, reset, outlet=net.clear_outlet)
    m.wire(reset, slot_store, inlet=1)
    set_slot = m.msg(450, 325, "set $1")
    m.wire(slot_no, set_slot)
    tag = m.obj(330, 325, "prepend 0")
    m.wire(set_slot, tag)
    m.wire(each, tag, outlet=0)
    slots = m.obj(330, 355, "route " + " ".join(str(i + 1) for i in range(N_AXIS_SLOTS)))
    m.wire(tag, slots)
    strips = []
    for i in range(N_AXIS_SLOTS):
        x = 660 + 160 * i
        m.comment(x, 40, f"axis slider {i + 1}", width=150)
        fields = m.obj(x, 70, "unpack s 0. 0. 0")
        m.wire(slots, fields, outlet=i)
        name = m.msg(x, 100, "set $1")
        label = m.comment(x + 50, 100, "(none)", width=100)
        m.wire(fields, name)
        m.wire(name, label)
        slider = m.ui(x, 135, 140, 20, "slider", size=AXIS_SLIDER_STEPS + 1)
        scale = m.obj(x, 165, f"scale 0 {AXIS_SLIDER_STEPS} 0. 1.")
        m.wire(slider, scale)
        m.wire(fields, scale, outlet=1, inlet=3)
        m.wire(fields, scale, outlet=2, inlet=4)
        value = m.ui(x, 195, 60, ROW, "flonum")
        m.wire(scale, value)
        prefix = m.msg(x + 65, 195, "set store $1")
        store = m.obj(x, 225, "prepend store")
        m.wire(fields, prefix)
        m.wire(prefix, store)
        m.wire(value, store)
        m.wire(store, recipe.coll)
        strips.append((label, slider, value))

    button, button_label = max_request_button(m, 330, 385, recipe)
    clear = m.msg(450, 388, "clear")
    clear_label = m.comment(495, 388, "forget the recipe")
    m.wire(clear, recipe.coll)
    m.comment(500, 455, "request id")
    shown_id = m.ui(500, 480, 50, ROW, "number")
    m.wire(recipe.last_id, shown_id)
    pairs_label = m.comment(330, 720, "more pairs: edit, then click", width=170)
    pairs = m.msg(330, 745, "gain 1.5", width=150)
    split = m.obj(330, 775, "zl.iter 2")
    store_pair = m.obj(330, 805, "prepend store")
    m.chain(pairs, split, store_pair)
    m.wire(store_pair, recipe.coll)

    # Answers: /nsynth/sample loads and plays at the reply's rate; /nsynth/ready of the
    # last request asks for it again, so its exact sound comes with the rate to play it at.
    fields, only_last = max_answers(m, 20, net.bottom + 100, net, recipe.last_id)
    max_playback(m, 20, net.bottom + 230, "nsynth_player", fields)
    m.wire(only_last, recipe.resend)
    max_display(
        m, 660, 280, net, "/nsynth/sample", "answer: req_id path match distance rate", width=620
    )
    max_display(m, 660, 370, net, "/nsynth/ready", "exact sound ready: req_id path", width=620)
    max_errors(m, 660, 460, net, width=620)
    max_status(m, 660, 560, net)

    # Presentation: the controls and displays (Cmd/Ctrl-Alt-E: the patching view).
    m.present(title, 10, 10)
    present_connect(m, 10, 40)
    present_source_and_pitch(m, 10, 75)
    m.present(button, 330, 73)
    m.present(button_label, 360, 75)
    m.present(clear, 430, 75)
    m.present(clear_label, 475, 75)
    m.present(pairs_label, 640, 50)
    m.present(pairs, 640, 75)
    for i, (label, slider, value) in enumerate(strips):
        x = 10 + 160 * i
        m.present(label, x, 110, w=140)
        m.present(slider, x, 135)
        m.present(value, x, 160)
    for k, address in enumerate(("/nsynth/sample", "/nsynth/ready", "/nsynth/error")):
        present_display(m, address, 10, 195 + 55 * k, gap=23)
    present_playback(m, 50, 360, label_above=False)
    present_display(m, "/nsynth/welcome", 10, 395, gap=23)
    present_status(m, 10, 455)
    return m
