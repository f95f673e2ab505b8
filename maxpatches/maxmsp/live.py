"""nsynth_live.maxpat (MIDI notes -> /nsynth/note, [poly~] voices, x/y pad) and
nsynth_voice.maxpat, its voice."""

from __future__ import annotations

from maxpatches.maxmsp.blocks import (
    max_client,
    max_display,
    max_errors,
    max_from,
    max_status,
    present_connect,
    present_display,
    present_status,
)
from maxpatches.maxmsp.patch import ROW, MaxPatch
from maxpatches.settings import DEFAULT_RELEASE_MS, N_VOICES, REPLY_PORTS


def max_voice() -> MaxPatch:
    """nsynth_voice.maxpat: one [poly~] voice of the live patch.

    Messages (to [in 1]):
        noteon <pitch> <velocity>: velocity > 0 waits for that pitch's sample; 0 releases.
        sample <pitch> <path> <rate>: the server's answer for a pitch: loaded and played
            (gain from the velocity) if this voice is waiting for that pitch.
        release <ms>: release time.
    """
    m = MaxPatch()
    m.comment(20, 10, "nsynth voice: one voice of nsynth_live's [poly~]", width=400)
    inlet = m.obj(20, 40, "in 1")
    route = m.obj(20, 70, "route noteon sample release")
    m.wire(inlet, route)

    # noteon: remember the pitch; velocity > 0 waits for its sample, 0 releases.
    note = m.obj(20, 110, "unpack 0 0")
    m.wire(route, note, outlet=0)
    is_off = m.obj(120, 140, "sel 0")
    m.wire(note, is_off, outlet=1)
    off = m.obj(20, 170, "t b b")
    m.wire(is_off, off, outlet=0)
    on = m.obj(180, 170, "t f b")
    m.wire(is_off, on, outlet=1)
    gain_of = m.obj(180, 230, "expr ($f1/127.)*($f1/127.)")
    m.wire(on, gain_of)
    gain = m.obj(180, 430, "f")
    m.wire(gain_of, gain, inlet=1)
    wait = m.msg(240, 200, "1")
    m.wire(on, wait, outlet=1)
    stop_wait = m.msg(60, 200, "0")
    m.wire(off, stop_wait, outlet=1)
    release = m.obj(20, 230, f"f {DEFAULT_RELEASE_MS}")
    m.wire(off, release, outlet=0)
    m.wire(route, release, outlet=2, inlet=1)
    fade = m.msg(20, 260, "0 $1")
    m.wire(release, fade)

    # sample: load and play it if it is this voice's pitch and the voice still waits.
    answer = m.obj(400, 110, "t l l")
    m.wire(route, answer, outlet=1)
    pitch = m.obj(400, 140, "zl.slice 1")
    m.wire(answer, pitch)
    same = m.obj(400, 200, "== 0")
    m.wire(note, same, outlet=0, inlet=1)
    m.wire(pitch, same)
    waiting = m.obj(400, 230, "&& 0")
    m.wire(same, waiting)
    m.wire(wait, waiting, inlet=1)
    m.wire(stop_wait, waiting, inlet=1)
    hit = m.obj(400, 260, "sel 1")
    m.wire(waiting, hit)
    take = m.obj(400, 290, "t b b")
    m.wire(hit, take)
    taken = m.msg(460, 320, "0")
    m.wire(take, taken, outlet=1)
    m.wire(taken, waiting, inlet=1)
    held = m.obj(520, 290, "zl.reg")
    m.wire(answer, held, outlet=1, inlet=1)
    m.wire(take, held)
    fields = m.obj(520, 320, "unpack 0 s 0.")
    m.wire(held, fields)
    replace = m.obj(520, 350, "prepend replace")
    m.wire(fields, replace, outlet=1)
    buf = m.obj(520, 380, "buffer~ #0_nsynth_voice")
    m.wire(replace, buf)
    rate = m.obj(660, 440, "f 1.")
    m.wire(fields, rate, outlet=2, inlet=1)
    loaded = m.obj(520, 410, "t b b b")
    m.wire(buf, loaded, outlet=1)
    m.wire(loaded, rate, outlet=2)
    m.wire(loaded, gain, outlet=0)
    start = m.msg(590, 440, "0")
    m.wire(loaded, start, outlet=1)
    sig = m.obj(660, 470, "sig~ 1.")
    m.wire(rate, sig)
    groove = m.obj(520, 500, "groove~ #0_nsynth_voice")
    m.wire(sig, groove)
    m.wire(start, groove)
    attack = m.msg(180, 460, "$1 5")
    m.wire(gain, attack)
    env = m.obj(20, 500, "line~")
    m.wire(attack, env)
    m.wire(fade, env)
    amp = m.obj(400, 540, "*~")
    m.wire(groove, amp)
    m.wire(env, amp, inlet=1)
    out = m.obj(400, 570, "out~ 1")
    m.wire(amp, out)
    return m


LIVE_REPLIES = (
    "/nsynth/welcome",
    "/nsynth/voice",
    "/nsynth/voice/ready",
    "/nsynth/error",
    "/nsynth/source",
    "/nsynth/sources/end",
    "/nsynth/status",
)


def max_live() -> MaxPatch:
    """nsynth_live.maxpat: MIDI notes -> /nsynth/note, [poly~] voices, x/y pad."""
    m, title, net = max_client(
        "nsynth live: play the bank from MIDI; the x/y pad blends the four "
        "corner sources (docs/max.md)",
        700,
        reply_port=REPLY_PORTS["live"],
        queries=("/nsynth/sources", "/nsynth/status"),
        replies=LIVE_REPLIES,
    )

    # Pad: x, y in [0, 1] -> /nsynth/set x <x> y <y>; also sent on connect.
    pad_label = m.comment(330, 40, "x/y pad: x left to right, y bottom to top", width=250)
    pad = m.ui(
        330, 65, 160, 160, "pictslider", leftvalue=0, rightvalue=100, bottomvalue=0, topvalue=100
    )
    m.wire(net.clear, pad, outlet=net.clear_outlet)
    x_of = m.obj(330, 235, "/ 100.")
    y_of = m.obj(410, 235, "/ 100.")
    m.wire(pad, x_of, outlet=0)
    m.wire(pad, y_of, outlet=1)
    xy = m.obj(330, 265, "pak 0. 0.")
    m.wire(x_of, xy)
    m.wire(y_of, xy, inlet=1)
    limit = m.obj(330, 295, "speedlim 40")
    m.wire(xy, limit)
    set_xy = m.msg(330, 325, "/nsynth/set x $1 y $2")
    m.wire(limit, set_xy)
    m.wire(set_xy, net.send)
    corners_label = m.comment(
        620, 40, "corners: the bank's first four sources (x0y0 x1y0 x0y1 x1y1)", width=360
    )
    corners = m.obj(620, 65, "zl.group 64")
    max_from(m, net, "/nsynth/source", corners)
    max_from(m, net, "/nsynth/sources/end", corners)
    forget = m.msg(720, 65, "zlclear")
    m.wire(net.clear, forget, outlet=net.clear_outlet)
    m.wire(forget, corners)
    show = m.obj(620, 95, "prepend set")
    m.wire(corners, show)
    shown = m.msg(620, 125, "", width=360)
    m.wire(show, shown)

    # Notes: MIDI or the keyboard -> sustain pedal -> voice allocation.
    top = 400
    keys_label = m.comment(
        330, top, "MIDI in (sustain pedal: CC 64), or click the keyboard", width=300
    )
    keys = m.ui(330, top + 25, 336, 53, "kslider")
    makenote = m.obj(330, top + 90, "makenote 100 500")
    m.wire(keys, makenote, outlet=1, inlet=1)
    m.wire(keys, makenote, outlet=0)
    notein = m.obj(470, top + 90, "notein")
    pedal = m.obj(540, top + 90, "ctlin 64")
    down = m.obj(540, top + 120, "> 63")
    m.wire(pedal, down)
    sustain = m.obj(330, top + 150, "sustain")
    m.wire(notein, sustain, outlet=1, inlet=1)
    m.wire(notein, sustain, outlet=0)
    m.wire(makenote, sustain, outlet=1, inlet=1)
    m.wire(makenote, sustain, outlet=0)
    m.wire(down, sustain, inlet=2)
    poly = m.obj(330, top + 180, f"poly {N_VOICES} 1")
    m.wire(sustain, poly, outlet=1, inlet=1)
    m.wire(sustain, poly, outlet=0)
    voice_note = m.obj(330, top + 210, "pack 0 0 0")
    m.wire(poly, voice_note, outlet=2, inlet=2)
    m.wire(poly, voice_note, outlet=1, inlet=1)
    m.wire(poly, voice_note, outlet=0)
    fan = m.obj(330, top + 240, "t l l l")
    m.wire(voice_note, fan)
    to_server = m.msg(330, top + 270, "/nsynth/note $2 $3")
    m.wire(fan, to_server, outlet=0)
    m.wire(to_server, net.send)
    to_voice = m.msg(330, top + 300, "target $1, noteon $2 $3")
    m.wire(fan, to_voice, outlet=1)
    remember = m.msg(480, top + 270, "$2 $1")
    m.wire(fan, remember, outlet=2)
    voices_of = m.obj(620, top + 270, "coll")
    m.wire(remember, voices_of)
    polyv = m.obj(
        330,
        top + 360,
        f"poly~ nsynth_voice {N_VOICES}",
        numinlets=1,
        numoutlets=1,
        outlettype=["signal"],
    )
    m.wire(to_voice, polyv)

    # Answers: /nsynth/voice <pitch> ... goes to the voice playing that pitch.
    answer = m.obj(620, 180, "t l l")
    max_from(m, net, "/nsynth/voice", answer)
    pitch = m.obj(620, 210, "zl.slice 1")
    m.wire(answer, pitch)
    m.wire(pitch, voices_of)
    which = m.obj(620, top + 300, "t b i")
    m.wire(voices_of, which)
    target = m.msg(620, top + 330, "target $1")
    m.wire(which, target, outlet=1)
    held = m.obj(720, top + 300, "zl.reg")
    m.wire(answer, held, outlet=1, inlet=1)
    m.wire(which, held)
    sample = m.msg(720, top + 330, "sample $1 $3 $6")
    m.wire(held, sample)
    m.wire(target, polyv)
    m.wire(sample, polyv)
    max_display(
        m,
        720,
        180,
        net,
        "/nsynth/voice",
        "answer: pitch velocity path match distance rate",
        width=420,
    )
    ready_log = m.obj(860, top + 300, "print nsynth-voice-ready")
    max_from(m, net, "/nsynth/voice/ready", ready_log)

    # Release time, output.
    release_label = m.comment(20, top + 180, "release (ms)")
    init = m.obj(20, top + 205, "loadbang")
    default = m.msg(20, top + 235, str(DEFAULT_RELEASE_MS))
    release = m.ui(20, top + 265, 55, ROW, "number", minimum=0, maximum=10000)
    m.chain(init, default, release)
    to_all = m.msg(20, top + 295, "target 0, release $1")
    m.wire(release, to_all)
    m.wire(to_all, polyv)
    gain = m.obj(330, top + 395, "*~ 0.5")
    m.wire(polyv, gain)
    meter = m.ui(420, top + 399, 80, 14, "meter~")
    m.wire(gain, meter)
    dac = m.obj(330, top + 430, "dac~ 1 2")
    m.wire(gain, dac)
    m.wire(gain, dac, inlet=1)
    on = m.msg(420, top + 430, "start")
    off = m.msg(470, top + 430, "stop")
    m.wire(on, dac)
    m.wire(off, dac)
    max_errors(m, 720, top + 380, net)
    max_status(m, 20, top + 500, net)

    # Presentation: pad, keyboard and displays (Cmd/Ctrl-Alt-E: the patching view).
    m.present(title, 10, 10)
    present_connect(m, 10, 40)
    m.present(pad_label, 10, 65, w=170, h=40)
    m.present(pad, 10, 110)
    m.present(corners_label, 190, 70)
    m.present(shown, 190, 95)
    m.present(keys_label, 190, 130)
    m.present(keys, 190, 155)
    m.present(release_label, 190, 220)
    m.present(release, 270, 220)
    m.present(meter, 340, 224)
    m.present(on, 430, 220)
    m.present(off, 480, 220)
    present_display(m, "/nsynth/voice", 10, 285, gap=25)
    present_display(m, "/nsynth/error", 10, 340, gap=25)
    present_display(m, "/nsynth/welcome", 440, 340, gap=25)
    present_status(m, 10, 400)
    return m
