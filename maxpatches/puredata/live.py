"""pd/nsynth_live.pd (MIDI -> /nsynth/note, [clone] voices, x and y) and
pd/nsynth_voice.pd, its voice.

Receivers: nsynth-live-connect <host> <port> <reply_port>; nsynth-live-note <pitch>
<velocity>; nsynth-live-pedal <0|1>; nsynth-live-x, nsynth-live-y <0..1>;
nsynth-live-release <ms>; nsynth-live-poll <0|1>.
"""

from __future__ import annotations

from maxpatches.puredata.blocks import (
    CONNECTED,
    OSC_OUT,
    pd_loop,
    pd_output,
    pd_receive,
    pd_sample,
    view,
)
from maxpatches.puredata.panel import PANEL_LEFT, PANEL_TOP, ROW_PX, pd_client
from maxpatches.puredata.patch import PdPatch
from maxpatches.settings import DEFAULT_RELEASE_MS, N_VOICES, REPLY_PORTS

NAME = "nsynth-live"
REPLIES = (
    "/nsynth/welcome",
    "/nsynth/voice",
    "/nsynth/voice/ready",
    "/nsynth/source",
    "/nsynth/sources/end",
    "/nsynth/error",
    "/nsynth/status",
)

#: The panel's size (px).
PANEL = (620, 235)

#: Messages to the [clone] of voices; the voice -> pitch table.
VOICES = "$0-voices"
VOICE_OF = "$0-voice-of"


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
    log = p.obj(600, 420, "list trim")
    p.wire(log, p.obj(600, 440, "print nsynth-voice-$1"))

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
    sound, started = pd_sample(p, 400, 320, array=array, path=(path, 0), rate=(fields, 2), log=log)
    p.wire(started, gain)  # the velocity's gain, as the sound starts
    attack = p.msg(100, 420, "$1 5")
    p.wire(gain, attack)
    env = p.obj(20, 440, "vline~")
    p.wire(attack, env)
    p.wire(fade, env)
    amp = p.obj(300, 560, "*~")
    p.wire(sound, amp)
    p.wire(env, amp, inlet=1)
    out = p.obj(300, 580, "outlet~")
    p.wire(amp, out)
    return p


def pd_live() -> PdPatch:
    """pd/nsynth_live.pd: the panel, then [pd server], [pd pad], [pd notes], [pd voices],
    [pd display] and [pd status] under it."""
    p, logic = pd_client(
        name=NAME,
        title="nsynth live",
        about="play the bank from MIDI: x and y blend the four corner sources (docs/max.md)",
        panel=PANEL,
        reply_port=REPLY_PORTS["live"],
        replies=REPLIES,
        queries=("/nsynth/sources",),
        logic=("pad", "notes", "voices"),
        shown=(("/nsynth/voice", "answer"), ("/nsynth/error", "error")),
        level=False,
    )
    live_panel(p)
    live_pad(logic["pad"])
    live_notes(logic["notes"])
    live_voices(logic["voices"])
    return p


def live_panel(p: PdPatch) -> None:
    """The live patch's controls and displays on its panel (`pd_client` made the rest)."""
    left, row = PANEL_LEFT, PANEL_TOP
    for k, axis in enumerate(("x", "y")):
        p.hsl(
            left + 190 * k,
            row,
            0,
            1,
            axis,
            receive=f"{NAME}-{axis}",
            send=f"$0-{axis}",
            width=150,
            label_above=True,
        )
    row += ROW_PX
    p.floatatom(left + 440, row, 5, "release ms", receive=f"{NAME}-release", send="$0-release")
    p.text(left - 50, row, f"notes: MIDI in or [s {NAME}-note] <pitch> <velocity>")
    p.text(left - 50, row + 15, f"sustain: CC 64 or [s {NAME}-pedal] <0/1>")
    row += ROW_PX + 20
    p.listbox(left, row, 70, "sources", receive=view("sources"))
    row += ROW_PX
    p.listbox(left, row, 70, "answer", receive=view("answer"))


def live_pad(p: PdPatch) -> None:
    """x and y -> /nsynth/set x <x> y <y>, also after each connect; 0 and 0 on load."""
    x, y = 20, 10
    p.text(x, y, "x and y (0..1): the blend of the four corner sources")
    x_in = p.obj(x, y + 30, "r $0-x")
    y_in = p.obj(x + 150, y + 30, "r $0-y")
    xy = p.obj(x, y + 80, "pack f f")
    y_first = p.obj(x + 150, y + 50, "t b f")
    p.wire(y_in, y_first)
    p.wire(y_first, xy, outlet=1, inlet=1)
    p.wire(y_first, xy, outlet=0)
    p.wire(x_in, xy)
    p.wire(p.obj(x + 250, y + 30, f"r {CONNECTED}"), xy)
    pairs = p.msg(x, y + 100, "list x $1 y $2")
    p.wire(xy, pairs)
    set_fmt = p.obj(x, y + 120, "oscformat nsynth set")
    p.wire(pairs, set_fmt)
    p.send(x, y + 140, OSC_OUT, set_fmt)
    init = p.obj(x + 250, y + 80, "loadbang")
    p.wire(init, p.msg(x + 250, y + 100, f"; {NAME}-x 0; {NAME}-y 0"))


def live_notes(p: PdPatch) -> None:
    """MIDI or nsynth-live-note -> sustain pedal -> [poly]: each note goes to the server
    (/nsynth/note) and to its voice (`<voice> noteon <pitch> <velocity>` on VOICES); the
    voice of each pitch is kept in VOICE_OF for the server's answers."""
    x, y = 20, 10
    p.text(x, y, f"notes: MIDI in, or [s {NAME}-note] <pitch> <velocity>")
    notein = p.obj(x, y + 30, "notein")
    midi = p.obj(x, y + 50, "pack f f")
    p.wire(notein, midi, outlet=1, inlet=1)
    p.wire(notein, midi)
    typed = p.obj(x + 100, y + 30, f"r {NAME}-note")
    notes = p.obj(x, y + 80, "t l l")
    p.wire(midi, notes)
    p.wire(typed, notes)
    velocity = p.obj(x + 100, y + 100, "unpack f f")
    p.wire(notes, velocity, outlet=1)
    v_store = p.obj(x + 100, y + 120, "f")
    p.wire(velocity, v_store, outlet=1, inlet=1)
    decide = p.obj(x, y + 140, "t b")
    p.wire(notes, decide)
    p.wire(decide, v_store)
    is_off = p.obj(x, y + 160, "sel 0")
    p.wire(v_store, is_off)
    held = "$0-held"
    p.obj(x + 400, y + 30, f"array define {held} 128")
    forward = p.obj(x, y + 280, "list")
    # note-on: forget any held note-off of that pitch, pass the note on.
    on = p.obj(x + 80, y + 180, "t b f")
    p.wire(is_off, on, outlet=1)
    unhold = p.obj(x + 80, y + 200, "f")
    p.wire(on, unhold)
    p.wire(velocity, unhold, inlet=1)
    zero_held = p.msg(x + 80, y + 220, "0 $1")
    p.wire(unhold, zero_held)
    held_write = p.obj(x + 200, y + 240, f"tabwrite {held}")
    p.wire(zero_held, held_write)
    on_pair = p.obj(x + 140, y + 240, "pack f f")
    p.wire(on, on_pair, outlet=1, inlet=1)
    p.wire(unhold, on_pair)
    p.wire(on_pair, forward)
    # note-off: held while the pedal is down, passed on otherwise.
    pedal = p.obj(x + 300, y + 50, f"r {NAME}-pedal")
    ctl = p.obj(x + 400, y + 70, "ctlin 64")
    down = p.obj(x + 400, y + 90, "> 63")
    p.wire(ctl, down)
    state = p.obj(x + 300, y + 110, "change")
    p.wire(pedal, state)
    p.wire(down, state)
    pedal_fan = p.obj(x + 300, y + 130, "t f f f")
    p.wire(state, pedal_fan)
    hold_gate = p.obj(x - 100 + 100, y + 200, "spigot")
    pass_gate = p.obj(x, y + 200, "spigot 1")
    up = p.obj(x + 380, y + 150, "== 0")
    p.wire(pedal_fan, hold_gate, outlet=2, inlet=1)
    p.wire(pedal_fan, up, outlet=1)
    p.wire(up, pass_gate, inlet=1)
    off_pitch = p.obj(x, y + 180, "f")
    p.wire(is_off, off_pitch)
    p.wire(velocity, off_pitch, inlet=1)
    p.wire(off_pitch, hold_gate)
    p.wire(off_pitch, pass_gate)
    hold = p.msg(x, y + 220, "1 $1")
    p.wire(hold_gate, hold)
    p.wire(hold, held_write)
    release_now = p.msg(x, y + 240, "$1 0")
    p.wire(pass_gate, release_now)
    p.wire(release_now, forward)
    # pedal up: release every held note.
    released = p.obj(x + 300, y + 170, "sel 0")
    p.wire(pedal_fan, released)
    look = p.obj(x + 300, y + 330, "t f f")
    p.wire(pd_loop(p, x + 300, y + 190, 128, released), look)
    which = p.obj(x + 360, y + 350, "f")
    p.wire(look, which, outlet=1, inlet=1)
    was = p.obj(x + 300, y + 350, f"tabread {held}")
    p.wire(look, was)
    is_held = p.obj(x + 300, y + 370, "sel 1")
    p.wire(was, is_held)
    p.wire(is_held, which)
    let_go = p.obj(x + 360, y + 390, "t f f")
    p.wire(which, let_go)
    p.wire(let_go, zero_held, outlet=1)
    off_pair = p.msg(x + 360, y + 410, "$1 0")
    p.wire(let_go, off_pair)
    p.wire(off_pair, forward)

    # Voices: [poly] allocates; the pitch -> voice table routes the server's answers.
    poly = p.obj(x, y + 440, f"poly {N_VOICES} 1")
    p.wire(forward, poly)
    triple = p.obj(x, y + 460, "pack f f f")
    p.wire(poly, triple, outlet=2, inlet=2)
    p.wire(poly, triple, outlet=1, inlet=1)
    p.wire(poly, triple)
    fan = p.obj(x, y + 480, "t l l l")
    p.wire(triple, fan)
    p.obj(x + 400, y + 10, f"array define {VOICE_OF} 128")
    remember = p.msg(x + 160, y + 500, "$1 $2")
    p.wire(fan, remember, outlet=2)
    voice_write = p.obj(x + 160, y + 520, f"tabwrite {VOICE_OF}")
    p.wire(remember, voice_write)
    to_voice = p.msg(x + 80, y + 540, "$1 noteon $2 $3")
    p.wire(fan, to_voice, outlet=1)
    p.send(x + 80, y + 560, VOICES, to_voice)
    note_args = p.msg(x, y + 540, "$2 $3")
    p.wire(fan, note_args)
    note_fmt = p.obj(x, y + 560, "oscformat nsynth note")
    p.wire(note_args, note_fmt)
    p.send(x, y + 580, OSC_OUT, note_fmt)


def live_voices(p: PdPatch) -> None:
    """The [clone] of voices, their release time and output (`pd_output`: `level <dB>`
    after each answer); the server's answers (/nsynth/voice <pitch> <velocity>
    <path> <match> <distance> <rate>) go to the voice of their pitch as `<voice> sample
    <pitch> <path> <rate>`."""
    x, y = 20, 10
    voices = p.obj(x + 200, y + 160, f"clone -s 1 nsynth_voice {N_VOICES}")
    p.wire(p.obj(x + 200, y, f"r {VOICES}"), voices)
    release = p.obj(x + 350, y, "r $0-release")
    to_all = p.msg(x + 350, y + 20, "all release $1")
    p.wire(release, to_all)
    p.wire(to_all, voices)
    init = p.obj(x + 500, y, "loadbang")
    p.wire(init, p.msg(x + 500, y + 20, f"; {NAME}-release {DEFAULT_RELEASE_MS}"))

    answer = pd_receive(p, x, y, "/nsynth/voice")
    fields = p.obj(x, y + 20, "unpack f f s s f f")
    p.wire(answer, fields)
    message = p.obj(x, y + 60, "pack f f s f")
    p.wire(fields, message, outlet=5, inlet=3)
    p.wire(fields, message, outlet=2, inlet=2)
    at = p.obj(x, y + 40, "t f f")
    p.wire(fields, at)
    p.wire(at, message, outlet=1, inlet=1)
    voice_no = p.obj(x + 80, y + 40, f"tabread {VOICE_OF}")
    p.wire(at, voice_no)
    p.wire(voice_no, message)
    to_sample = p.msg(x, y + 80, "$1 sample $2 $3 $4")
    p.wire(message, to_sample)
    p.wire(to_sample, voices)

    gain = p.obj(x + 200, y + 200, "*~ 0.5")
    pd_output(p, x + 200, y + 290, voices, gain, (to_sample, 0))
