"""pd/nsynth_live.pd (MIDI -> /nsynth/note, [clone] voices, x and y) and
pd/nsynth_voice.pd, its voice."""

from __future__ import annotations

from maxpatches.puredata.blocks import (
    pd_counter,
    pd_errors,
    pd_logged,
    pd_network,
    pd_query,
    pd_status,
)
from maxpatches.puredata.patch import PdPatch
from maxpatches.settings import DEFAULT_RELEASE_MS, N_VOICES, REPLY_PORTS


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
