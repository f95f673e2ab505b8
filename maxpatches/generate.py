"""Generates the Max/MSP and Pd patches of `maxpatches/` from one description.

    python -m maxpatches.generate            # (re)write the patches
    python -m maxpatches.generate --check    # exit 1 if a committed patch differs
    python -m maxpatches.generate --knobs-axes   # print the [[axes]] the knobs patch sends

The patches are committed; `tests/maxpatches/test_generate.py` regenerates them and fails
when the committed files differ, so edit this script, never the patches.

Max patches are built with py2max (its object database also checks every connection
while building); Pd patches are written as Pd's own text format. Both speak the OSC
protocol of `nsynth-server` (docs/protocol.md): every address they send or route is one
of `oscserver.protocol`'s. How to use them: docs/max.md.

Ports: every patch sends to SERVER_HOST:SERVER_PORT and registers its own reply port with
`/nsynth/hello` (REPLY_PORTS), so several patches can run side by side on one machine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from maxpatches.knobs_axes import knobs_axes_toml, knobs_keys
from maxpatches.maxmsp.knobs import max_knobs
from maxpatches.maxmsp.live import max_live, max_voice
from maxpatches.maxmsp.player import max_player
from maxpatches.maxmsp.status import max_status_patch
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
    DEFAULT_RELEASE_MS,
    GAIN_KEY,
    GAIN_RANGE,
    N_AXIS_SLOTS,
    N_COMPONENTS,
    N_VOICES,
    OFFSET_KEY,
    OFFSET_RANGE,
    REPLY_PORTS,
)

# Settings ------------------------------------------------------------------------------

#: Names other code reads from this module (the tests read the settings here).
__all__ = ["knobs_keys"]

HERE = Path(__file__).resolve().parent
PD_DIR = HERE / "pd"

# The recipe keys of the knobs patch ------------------------------------------------------


# Max: building blocks ----------------------------------------------------------------------


# Max: the patches ------------------------------------------------------------------------------


# Pd: building blocks -------------------------------------------------------------------------


# Pd: the patches -------------------------------------------------------------------------


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


def pd_voice() -> PdPatch:
    """pd/nsynth_voice.pd: one [clone] voice of nsynth_live.pd ($1: its number).

    Messages: noteon <pitch> <velocity> (0 releases), sample <pitch> <path> <rate>,
    release <ms>; see `max_voice`.
    """
    p = PdPatch()
    p.text(20, 5, "nsynth voice: one voice of nsynth_live.pd")
    inlet = p.obj(20, 30, "inlet")
    route = p.obj(20, 50, "route noteon sample release")
    p.wire(inlet, route)
    log = p.obj(600, 460, "list trim")
    p.wire(log, p.obj(600, 480, "print nsynth-voice-$1"))

    note = p.obj(20, 80, "unpack f f")
    p.wire(route, note)
    same = p.obj(300, 200, "== 0")
    p.wire(note, same, inlet=1)
    waiting = p.obj(300, 230, "&& 0")
    is_off = p.obj(100, 100, "sel 0")
    p.wire(note, is_off, outlet=1)
    on = p.obj(150, 120, "t f b")
    p.wire(is_off, on, outlet=1)
    wait = p.msg(220, 140, "1")
    p.wire(on, wait, outlet=1)
    p.wire(wait, waiting, inlet=1)
    gain_of = p.obj(100, 160, "expr ($f1/127)*($f1/127)")
    p.wire(on, gain_of)
    gain = p.obj(100, 400, "f")
    p.wire(gain_of, gain, inlet=1)
    off = p.obj(20, 120, "t b b")
    p.wire(is_off, off)
    stop_wait = p.msg(60, 140, "0")
    p.wire(off, stop_wait, outlet=1)
    p.wire(stop_wait, waiting, inlet=1)
    release = p.obj(20, 180, f"f {DEFAULT_RELEASE_MS}")
    p.wire(off, release)
    p.wire(route, release, outlet=2, inlet=1)
    fade = p.msg(20, 200, "0 $1")
    p.wire(release, fade)

    answer = p.obj(300, 80, "t l l")
    p.wire(route, answer, outlet=1)
    fields = p.obj(400, 110, "unpack f s f")
    p.wire(answer, fields, outlet=1)
    path = p.obj(400, 300, "symbol")
    p.wire(fields, path, outlet=1, inlet=1)
    pitch = p.obj(300, 140, "list split 1")
    p.wire(answer, pitch)
    p.wire(pitch, same)
    p.wire(same, waiting)
    hit = p.obj(300, 260, "sel 1")
    p.wire(waiting, hit)
    take = p.obj(300, 280, "t b b")
    p.wire(hit, take)
    taken = p.msg(360, 280, "0")
    p.wire(take, taken, outlet=1)
    p.wire(taken, waiting, inlet=1)
    p.wire(take, path)

    array = "$0-voice"
    p.obj(500, 30, f"array define {array}")
    both = p.obj(400, 320, "t s s")
    p.wire(path, both)
    named = p.obj(400, 340, f"list append {array}")
    p.wire(both, named)
    path_log = p.obj(600, 440, "list append")
    p.wire(both, path_log, outlet=1, inlet=1)
    read = p.msg(400, 360, "read -resize $1 $2")
    p.wire(named, read)
    files = p.obj(400, 380, "soundfiler")
    p.wire(read, files)
    file_rate = p.obj(520, 400, "unpack f f f f s")
    p.wire(files, file_rate, outlet=1)
    done = p.obj(400, 400, "t f f f")
    p.wire(files, done)
    says = p.obj(600, 420, "list prepend loaded")
    p.wire(done, says, outlet=2)
    p.wire(says, path_log)
    p.wire(path_log, log)
    duration = p.obj(460, 410, "expr $f1*1000/($f2*$f3)")
    p.wire(file_rate, duration, inlet=1)
    p.wire(fields, duration, outlet=2, inlet=2)
    p.wire(done, duration, outlet=1)
    ramp = p.obj(400, 430, "pack f f")
    p.wire(duration, ramp, inlet=1)
    p.wire(done, ramp)
    start = p.msg(400, 450, "0, $1 $2")
    p.wire(ramp, start)
    p.wire(done, gain)
    attack = p.msg(100, 420, "$1 5")
    p.wire(gain, attack)
    index = p.obj(400, 470, "vline~")
    p.wire(start, index)
    read_out = p.obj(400, 490, f"tabread4~ {array}")
    p.wire(index, read_out)
    env = p.obj(20, 440, "vline~")
    p.wire(attack, env)
    p.wire(fade, env)
    amp = p.obj(300, 510, "*~")
    p.wire(read_out, amp)
    p.wire(env, amp, inlet=1)
    out = p.obj(300, 530, "outlet~")
    p.wire(amp, out)
    return p


def pd_live() -> PdPatch:
    """pd/nsynth_live.pd: MIDI (or nsynth-live-note <p> <v>) -> /nsynth/note, voices.

    Receivers: nsynth-live-connect, nsynth-live-note <pitch> <velocity>,
    nsynth-live-pedal <0|1>, nsynth-live-x / -y <0..1>, nsynth-live-release <ms>.
    """
    name = "nsynth-live"
    p = PdPatch()
    p.text(
        20,
        5,
        "nsynth live: play the bank from MIDI; x and y blend the four corner sources (docs/max.md)",
    )
    net = pd_network(
        p,
        20,
        30,
        name=name,
        reply_port=REPLY_PORTS["live"],
        replies=(
            "/nsynth/welcome",
            "/nsynth/voice",
            "/nsynth/voice/ready",
            "/nsynth/source",
            "/nsynth/sources/end",
            "/nsynth/error",
            "/nsynth/status",
        ),
    )
    queries = p.obj(20, 480, "t b b b")
    p.wire(net.connected, queries)
    pd_query(p, 20, 520, net, queries, 1, "nsynth", "sources")
    pd_logged(p, 20, 560, net, "/nsynth/welcome")
    pd_logged(p, 300, 560, net, "/nsynth/sources/end")
    sources = pd_logged(p, 150, 560, net, "/nsynth/source")
    p.text(150, 600, "sources: the first four are the pad's corners x0y0 x1y0 x0y1 x1y1")
    add = p.obj(150, 620, "list prepend add2")
    trim = p.obj(150, 640, "list trim")
    listed = p.msg(150, 660, "")
    clear_list = p.msg(300, 620, "set")
    p.wire(queries, clear_list, outlet=2)
    p.wire(clear_list, listed)
    p.wire(sources, add)
    p.chain(add, trim, listed)

    # x/y -> /nsynth/set x <x> y <y> (also after each connect).
    p.text(400, 30, "pad: x and y in 0..1")
    x_in = p.hsl(400, 60, 0, 1, "x", receive=f"{name}-x")
    y_in = p.hsl(400, 90, 0, 1, "y", receive=f"{name}-y")
    xy = p.obj(400, 120, "pack f f")
    y_first = p.obj(550, 90, "t b f")
    p.wire(y_in, y_first)
    p.wire(y_first, xy, outlet=1, inlet=1)
    p.wire(y_first, xy, outlet=0)
    p.wire(x_in, xy)
    p.wire(queries, xy, outlet=0)
    pairs = p.msg(400, 140, "list x $1 y $2")
    p.wire(xy, pairs)
    set_fmt = p.obj(400, 160, "oscformat nsynth set")
    p.wire(pairs, set_fmt)
    p.wire(set_fmt, net.send)

    # Notes: MIDI or nsynth-live-note -> sustain pedal -> [poly].
    p.text(
        400,
        200,
        "notes: MIDI in, or [s nsynth-live-note] <pitch> <velocity>; "
        "sustain: CC 64 or nsynth-live-pedal",
    )
    notein = p.obj(400, 220, "notein")
    midi = p.obj(400, 240, "pack f f")
    p.wire(notein, midi, outlet=1, inlet=1)
    p.wire(notein, midi)
    typed = p.obj(500, 220, f"r {name}-note")
    notes = p.obj(400, 270, "t l l")
    p.wire(midi, notes)
    p.wire(typed, notes)
    velocity = p.obj(500, 290, "unpack f f")
    p.wire(notes, velocity, outlet=1)
    v_store = p.obj(500, 310, "f")
    p.wire(velocity, v_store, outlet=1, inlet=1)
    decide = p.obj(400, 330, "t b")
    p.wire(notes, decide)
    p.wire(decide, v_store)
    is_off = p.obj(400, 350, "sel 0")
    p.wire(v_store, is_off)
    held = "$0-held"
    p.obj(800, 220, f"array define {held} 128")
    forward = p.obj(400, 470, "list")
    # note-on: forget any held note-off of that pitch, pass the note on.
    on = p.obj(480, 370, "t b f")
    p.wire(is_off, on, outlet=1)
    unhold = p.obj(480, 390, "f")
    p.wire(on, unhold)
    p.wire(velocity, unhold, inlet=1)
    zero_held = p.msg(480, 410, "0 $1")
    p.wire(unhold, zero_held)
    held_write = p.obj(600, 430, f"tabwrite {held}")
    p.wire(zero_held, held_write)
    on_pair = p.obj(540, 430, "pack f f")
    p.wire(on, on_pair, outlet=1, inlet=1)
    p.wire(unhold, on_pair)
    p.wire(on_pair, forward)
    # note-off: held while the pedal is down, passed on otherwise.
    pedal = p.obj(700, 240, f"r {name}-pedal")
    ctl = p.obj(800, 260, "ctlin 64")
    down = p.obj(800, 280, "> 63")
    p.wire(ctl, down)
    state = p.obj(700, 300, "change")
    p.wire(pedal, state)
    p.wire(down, state)
    pedal_fan = p.obj(700, 320, "t f f f")
    p.wire(state, pedal_fan)
    hold_gate = p.obj(300, 390, "spigot")
    pass_gate = p.obj(400, 390, "spigot 1")
    up = p.obj(780, 340, "== 0")
    p.wire(pedal_fan, hold_gate, outlet=2, inlet=1)
    p.wire(pedal_fan, up, outlet=1)
    p.wire(up, pass_gate, inlet=1)
    off_pitch = p.obj(400, 370, "f")
    p.wire(is_off, off_pitch)
    p.wire(velocity, off_pitch, inlet=1)
    p.wire(off_pitch, hold_gate)
    p.wire(off_pitch, pass_gate)
    hold = p.msg(300, 410, "1 $1")
    p.wire(hold_gate, hold)
    p.wire(hold, held_write)
    release_now = p.msg(400, 410, "$1 0")
    p.wire(pass_gate, release_now)
    p.wire(release_now, forward)
    # pedal up: release every held note.
    released = p.obj(700, 360, "sel 0")
    p.wire(pedal_fan, released)
    flush = p.obj(700, 380, "t b b")
    p.wire(released, flush)
    restart = p.msg(760, 400, "0")
    p.wire(flush, restart, outlet=1)
    count = p.msg(700, 400, "128")
    p.wire(flush, count)
    loop = p.obj(700, 420, "until")
    p.wire(count, loop)
    each_store, each = pd_counter(p, 700, 440, loop)
    p.wire(restart, each_store, inlet=1)
    look = p.obj(700, 500, "t f f")
    shifted = p.obj(700, 480, "- 1")
    p.wire(each, shifted)
    p.wire(shifted, look)
    which = p.obj(760, 520, "f")
    p.wire(look, which, outlet=1, inlet=1)
    was = p.obj(700, 520, f"tabread {held}")
    p.wire(look, was)
    is_held = p.obj(700, 540, "sel 1")
    p.wire(was, is_held)
    p.wire(is_held, which)
    let_go = p.obj(760, 560, "t f f")
    p.wire(which, let_go)
    p.wire(let_go, zero_held, outlet=1)
    off_pair = p.msg(760, 580, "$1 0")
    p.wire(let_go, off_pair)
    p.wire(off_pair, forward)

    # Voices: [poly] allocates; the pitch -> voice table routes the server's answers.
    poly = p.obj(400, 500, f"poly {N_VOICES} 1")
    p.wire(forward, poly)
    triple = p.obj(400, 520, "pack f f f")
    p.wire(poly, triple, outlet=2, inlet=2)
    p.wire(poly, triple, outlet=1, inlet=1)
    p.wire(poly, triple)
    fan = p.obj(400, 540, "t l l l")
    p.wire(triple, fan)
    voices_of = "$0-voice-of"
    p.obj(800, 240 - 40, f"array define {voices_of} 128")
    remember = p.msg(560, 560, "$1 $2")
    p.wire(fan, remember, outlet=2)
    voice_write = p.obj(560, 580, f"tabwrite {voices_of}")
    p.wire(remember, voice_write)
    to_voice = p.msg(480, 600, "$1 noteon $2 $3")
    p.wire(fan, to_voice, outlet=1)
    note_args = p.msg(400, 600, "$2 $3")
    p.wire(fan, note_args)
    note_fmt = p.obj(400, 620, "oscformat nsynth note")
    p.wire(note_args, note_fmt)
    p.wire(note_fmt, net.send)
    voices = p.obj(480, 680, f"clone -s 1 nsynth_voice {N_VOICES}")
    p.wire(to_voice, voices)
    p.text(600, 620, "release (ms)")
    release = p.floatatom(600, 640, 5, "release_ms", f"{name}-release")
    to_all = p.msg(600, 660, "all release $1")
    p.wire(release, to_all)
    p.wire(to_all, voices)
    init = p.obj(700, 620, "loadbang")
    defaults = p.msg(700, 640, f"; {name}-release {DEFAULT_RELEASE_MS}; {name}-x 0; {name}-y 0")
    p.wire(init, defaults)

    # Answers: /nsynth/voice <pitch> <velocity> <path> <match> <distance> <rate>.
    answer = pd_logged(p, 20, 700, net, "/nsynth/voice")
    pd_logged(p, 150, 700, net, "/nsynth/voice/ready")
    fields = p.obj(20, 760, "unpack f f s s f f")
    p.wire(answer, fields)
    message = p.obj(20, 800, "pack f f s f")
    p.wire(fields, message, outlet=5, inlet=3)
    p.wire(fields, message, outlet=2, inlet=2)
    at = p.obj(20, 780, "t f f")
    p.wire(fields, at)
    p.wire(at, message, outlet=1, inlet=1)
    voice_no = p.obj(100, 780, f"tabread {voices_of}")
    p.wire(at, voice_no)
    p.wire(voice_no, message)
    to_sample = p.msg(20, 820, "$1 sample $2 $3 $4")
    p.wire(message, to_sample)
    p.wire(to_sample, voices)

    gain = p.obj(480, 710, "*~ 0.5")
    p.wire(voices, gain)
    dac = p.obj(480, 740, "dac~ 1 2")
    p.wire(gain, dac)
    p.wire(gain, dac, inlet=1)
    pd_errors(p, 250, 760, net)
    pd_status(p, 700, 760, net, name)
    return p


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


# Output ----------------------------------------------------------------------------------------

#: Every generated file, relative to maxpatches/, and the function that makes its text.
PATCHES: dict[str, Callable[[], str]] = {
    "nsynth_player.maxpat": lambda: max_player().to_json(),
    "nsynth_live.maxpat": lambda: max_live().to_json(),
    "nsynth_voice.maxpat": lambda: max_voice().to_json(),
    "nsynth_knobs.maxpat": lambda: max_knobs().to_json(),
    "nsynth_status.maxpat": lambda: max_status_patch().to_json(),
    "pd/nsynth_player.pd": lambda: pd_player().render(),
    "pd/nsynth_live.pd": lambda: pd_live().render(),
    "pd/nsynth_voice.pd": lambda: pd_voice().render(),
    "pd/nsynth_knobs.pd": lambda: pd_knobs().render(),
    "pd/nsynth_knob.pd": lambda: pd_knob().render(),
}


def render_all() -> dict[str, str]:
    """Every patch's text, by path relative to maxpatches/."""
    return {name: make() for name, make in PATCHES.items()}


def stale(folder: Path = HERE) -> list[str]:
    """Generated files under `folder` that are missing or differ from a fresh render."""
    out = []
    for name, text in render_all().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            out.append(name)
    return out


def write_all(folder: Path = HERE) -> list[str]:
    """Writes every patch under `folder`; returns the paths that changed."""
    changed = []
    for name, text in render_all().items():
        path = folder / name
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        changed.append(name)
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m maxpatches.generate",
        description="Write the Max and Pd patches of maxpatches/ (see docs/max.md).",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a committed patch is stale"
    )
    parser.add_argument(
        "--knobs-axes",
        action="store_true",
        help="print the [[axes]] tables a grid spec needs for the knobs patches, and exit",
    )
    args = parser.parse_args(argv)
    if args.knobs_axes:
        sys.stdout.write(knobs_axes_toml())
        return 0
    if args.check:
        names = stale()
        for name in names:
            print(f"stale: maxpatches/{name} (run python -m maxpatches.generate)", file=sys.stderr)
        return 1 if names else 0
    for name in write_all():
        print(f"wrote maxpatches/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
