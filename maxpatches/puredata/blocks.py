"""The sections the Pd patches share: the network (connect, hello, reply routing),
queries, logged replies, playback, the request's output, status and errors."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from maxpatches.puredata.patch import PdPatch
from maxpatches.settings import SERVER_HOST, SERVER_PORT, STATUS_POLL_MS


@dataclasses.dataclass
class PdNetwork:
    """The boxes of a Pd patch's network section.

    Attributes:
        send: Inlet 0 takes the bytes of one OSC message (from [oscformat]).
        routes: Reply address -> (box, outlet) that outputs its arguments.
        connected: Bangs after every (re)connect, after the hello (send queries here).
        print: Inlet 0 prints a message (a list loses its `list` selector) to the log,
            [print <name>].
    """

    send: int
    routes: dict[str, tuple[int, int]]
    connected: int
    print: int


def pd_network(
    p: PdPatch, x: int, y: int, *, name: str, reply_port: int, replies: Sequence[str]
) -> PdNetwork:
    """Connect on load (unless `<name>-connect` came first), hello, and reply routing.

    `<name>-connect <host> <port> <reply_port>` (re)connects at any time: [netsend]
    connects, [netreceive] listens on the reply port, `/nsynth/hello <reply_port>` is sent.
    The default connect waits one scheduler tick after load, so a `pd -send` of
    `<name>-connect` at startup replaces it.

    Replies ([oscparse] gives `nsynth sample ...`) go through [route nsynth], a [route]
    of the addresses' second components and, for addresses with a third component
    (`/nsynth/sources/end`, `/nsynth/voice/ready`), one more [route] whose last outlet
    is the two-component address (`/nsynth/voice`).
    """
    p.text(
        x,
        y,
        f"server {SERVER_HOST}:{SERVER_PORT}, replies to port {reply_port};"
        f" [s {name}-connect] takes <host> <port> <reply port>",
    )
    load = p.obj(x, y + 20, "loadbang")
    later = p.obj(x, y + 40, "del 0")
    once = p.obj(x, y + 60, "spigot 1")
    default = p.msg(x, y + 80, f"{SERVER_HOST} {SERVER_PORT} {reply_port}")
    p.chain(load, later, once, default)
    given = p.obj(x + 200, y + 20, f"r {name}-connect")
    as_list = p.obj(x + 200, y + 40, "list")
    p.chain(given, as_list)
    p.wire(default, as_list)
    first = p.obj(x + 200, y + 60, "t l b")
    p.wire(as_list, first)
    no_default = p.msg(x + 150, y + 60, "0")
    p.wire(first, no_default, outlet=1)
    p.wire(no_default, once, inlet=1)
    settings = p.obj(x, y + 110, "t l l")
    p.wire(first, settings)
    connect = p.msg(x + 100, y + 130, "disconnect, connect $1 $2")
    p.wire(settings, connect, outlet=1)
    fields = p.obj(x, y + 150, "unpack s f f")
    p.wire(settings, fields)
    steps = p.obj(x, y + 170, "t b f f")
    p.wire(fields, steps, outlet=2)
    listen = p.msg(x + 150, y + 190, "listen $1")
    p.wire(steps, listen, outlet=2)
    hello = p.obj(x + 60, y + 210, "oscformat nsynth hello")
    p.wire(steps, hello, outlet=1)
    connected = p.obj(x, y + 230, "t b")
    p.wire(steps, connected)
    bytes_out = p.obj(x + 60, y + 250, "list prepend send")
    trim_out = p.obj(x + 60, y + 270, "list trim")
    netsend = p.obj(x + 60, y + 290, "netsend -u -b")
    p.chain(bytes_out, trim_out, netsend)
    p.wire(connect, netsend)
    p.wire(hello, bytes_out)
    netreceive = p.obj(x + 150, y + 310, "netreceive -u -b")
    p.wire(listen, netreceive)
    parse = p.obj(x + 150, y + 330, "oscparse")
    trim_in = p.obj(x + 150, y + 350, "list trim")
    top = p.obj(x + 150, y + 370, "route nsynth")
    p.chain(netreceive, parse, trim_in, top)
    log = p.obj(x, y + 440, "list trim")
    p.wire(log, p.obj(x, y + 460, f"print {name}"))
    unhandled = p.obj(x + 150, y + 440, "list prepend unhandled")
    p.wire(unhandled, log)
    p.wire(top, unhandled, outlet=1)

    paths = [address.removeprefix("/nsynth/").split("/") for address in replies]
    if any(not a.startswith("/nsynth/") or len(q) > 2 for a, q in zip(replies, paths, strict=True)):
        raise ValueError(f"replies must be /nsynth/<name>[/<name>], got {replies}")
    heads = list(dict.fromkeys(q[0] for q in paths))
    router = p.obj(x + 150, y + 390, "route " + " ".join(heads))
    p.wire(top, router)
    p.wire(router, unhandled, outlet=len(heads))
    routes: dict[str, tuple[int, int]] = {}
    column = x + 150
    for i, head in enumerate(heads):
        tails = [q[1] for q in paths if len(q) == 2 and q[0] == head]
        if not tails:
            routes[f"/nsynth/{head}"] = (router, i)
            continue
        column += 120
        sub = p.obj(column, y + 410, "route " + " ".join(tails))
        p.wire(router, sub, outlet=i)
        routes.update({f"/nsynth/{head}/{tail}": (sub, j) for j, tail in enumerate(tails)})
        if [head] in paths:
            routes[f"/nsynth/{head}"] = (sub, len(tails))
        else:
            p.wire(sub, unhandled, outlet=len(tails))
    return PdNetwork(send=bytes_out, routes=routes, connected=connected, print=log)


def pd_query(
    p: PdPatch, x: int, y: int, net: PdNetwork, trigger: int, outlet: int, *address: str
) -> int:
    """[oscformat ...] of a request without arguments, fired by `trigger`'s outlet."""
    fmt = p.obj(x, y, "oscformat " + " ".join(address))
    p.wire(trigger, fmt, outlet=outlet)
    p.wire(fmt, net.send)
    return fmt


def pd_logged(p: PdPatch, x: int, y: int, net: PdNetwork, address: str) -> int:
    """Prints `<name> <args...>` for reply `address` (/nsynth/<name>) and returns the
    [t a a] whose outlet 0 gives its arguments."""
    fan = p.obj(x, y, "t a a")
    box, outlet = net.routes[address]
    p.wire(box, fan, outlet=outlet)
    tag = p.obj(x + 40, y + 20, f"list prepend {address.removeprefix('/nsynth/')}")
    p.wire(fan, tag, outlet=1)
    p.wire(tag, net.print)
    return fan


@dataclasses.dataclass
class PdPlayback:
    """A one-shot player: [soundfiler] into an array, [tabread4~] at a rate.

    Attributes:
        load: Inlet 0 takes a path (symbol): the file is read and played.
        rate: Inlet 0 of this box takes the playback rate used from the next load on.
    """

    load: int
    rate: int


def pd_playback(
    p: PdPatch, x: int, y: int, net: PdNetwork, array: str, level_receive: str
) -> PdPlayback:
    """Path -> [soundfiler] read -resize -> [vline~] -> [tabread4~] -> level -> [dac~].

    The duration respects the file's sample rate (16 kHz renders in a 44.1 or 48 kHz Pd)
    and the reply's rate: n_samples / (file_rate_hz * rate) seconds. Prints
    `loaded <n_samples> <path>` and, 100 ms into the sound, `level <dB>` (Pd's [env~]
    scale, 100 = full scale; DSP must be on).
    """
    p.obj(x + 300, y, f"array define {array}")
    load = p.obj(x, y, "t s s")
    path_log = p.obj(x + 150, y + 20, "list append")
    p.wire(load, path_log, outlet=1, inlet=1)
    read = p.msg(x, y + 20, f"read -resize $1 {array}")
    p.wire(load, read)
    files = p.obj(x, y + 40, "soundfiler")
    p.wire(read, files)
    file_rate = p.obj(x + 100, y + 60, "unpack f f f f s")
    p.wire(files, file_rate, outlet=1)
    done = p.obj(x, y + 80, "t f f f")
    p.wire(files, done)
    loaded = p.obj(x + 150, y + 40, "list prepend loaded")
    p.wire(done, loaded, outlet=2)
    p.wire(loaded, path_log)
    p.wire(path_log, net.print)
    duration = p.obj(x + 60, y + 110, "expr $f1*1000/($f2*$f3)")
    p.wire(file_rate, duration, inlet=1)
    rate = p.obj(x + 250, y + 90, "f 1")
    p.wire(rate, duration, inlet=2)
    first = p.obj(x + 250, y + 70, "loadbang")
    p.wire(first, rate)
    p.wire(done, duration, outlet=1)
    ramp = p.obj(x, y + 140, "pack f f")
    p.wire(duration, ramp, inlet=1)
    p.wire(done, ramp)
    start = p.msg(x, y + 160, "0, $1 $2")
    p.wire(ramp, start)
    index = p.obj(x, y + 180, "vline~")
    p.wire(start, index)
    read_out = p.obj(x, y + 200, f"tabread4~ {array}")
    p.wire(index, read_out)
    gain = p.obj(x, y + 230, "*~ 0.8")
    p.wire(read_out, gain)
    level = p.hsl(x + 100, y + 230, 0, 1, "level", receive=level_receive, width=100)
    p.wire(level, gain, inlet=1)
    dac = p.obj(x, y + 260, "dac~ 1 2")
    p.wire(gain, dac)
    p.wire(gain, dac, inlet=1)
    env = p.obj(x + 100, y + 260, "env~")
    p.wire(gain, env)
    latest = p.obj(x + 100, y + 280, "f")
    p.wire(env, latest, inlet=1)
    vu_db = p.obj(x + 230, y + 280, "- 100")
    p.wire(env, vu_db)
    p.wire(vu_db, p.vu(x + 230, y + 300))
    wait = p.obj(x + 160, y + 140, "del 100")
    p.wire(ramp, wait)
    p.wire(wait, latest)
    says = p.obj(x + 100, y + 300, "list prepend level")
    p.wire(latest, says)
    p.wire(says, net.print)
    p.msg(x, y + 300, "; pd dsp 1")
    p.text(x + 70, y + 300, "audio on")
    return PdPlayback(load=load, rate=rate)


def pd_counter(p: PdPatch, x: int, y: int, trigger: int, outlet: int = 0) -> tuple[int, int]:
    """[f] -> [+ 1] fed back: bangs from `trigger` give 1, 2, 3, ...

    Returns ([f], [t f f]): a float into inlet 1 of [f] resets the count; outlet 0 of
    [t f f] gives each new count.
    """
    store = p.obj(x, y, "f")
    plus = p.obj(x, y + 20, "+ 1")
    fan = p.obj(x, y + 40, "t f f")
    p.wire(trigger, store, outlet=outlet)
    p.chain(store, plus, fan)
    p.wire(fan, store, outlet=1, inlet=1)
    return store, fan


def pd_ready_filter(p: PdPatch, x: int, y: int, net: PdNetwork, last_id: int) -> int:
    """/nsynth/ready <req_id> <path> -> the path, only for the last request's id."""
    fan = pd_logged(p, x, y, net, "/nsynth/ready")
    split = p.obj(x, y + 40, "unpack f s")
    p.wire(fan, split)
    path = p.obj(x + 80, y + 80, "symbol")
    p.wire(split, path, outlet=1, inlet=1)
    same = p.obj(x, y + 60, "== 0")
    p.wire(last_id, same, inlet=1)
    p.wire(split, same)
    hit = p.obj(x, y + 80, "sel 1")
    p.wire(same, hit)
    p.wire(hit, path)
    return path


def pd_request_out(p: PdPatch, x: int, y: int, net: PdNetwork, request: int) -> int:
    """Sends the `<id> <key> <value> ...` lists of `request` as /nsynth/request (and logs
    them); returns a box that sends the last one again, id and all, on any message."""
    again = p.obj(x + 100, y, "t b")
    last = p.obj(x + 100, y + 20, "list append")  # right inlet: the last request
    p.wire(request, last, inlet=1)
    p.wire(again, last)  # a bang outputs what the right inlet holds
    fmt = p.obj(x, y + 40, "oscformat nsynth request")
    sent = p.obj(x + 180, y + 40, "list prepend request")
    for source in (request, last):
        p.wire(source, fmt)
        p.wire(source, sent)
    p.wire(fmt, net.send)
    p.wire(sent, net.print)
    return again


def pd_status(p: PdPatch, x: int, y: int, net: PdNetwork, name: str) -> None:
    """/nsynth/status polled while the toggle is on (on at load), shown in a message box."""
    p.text(x, y, "status: bank queued rendering done state")
    poll = p.tgl(x, y + 20, f"poll_{STATUS_POLL_MS}_ms", receive=f"{name}-poll")
    init = p.obj(x + 120, y + 20, "loadbang")
    on = p.msg(x + 120, y + 40, f"; {name}-poll 1")
    p.wire(init, on)
    metro = p.obj(x, y + 60, f"metro {STATUS_POLL_MS}")
    p.wire(poll, metro)
    pd_query(p, x, y + 80, net, metro, 0, "nsynth", "status")
    fan = pd_logged(p, x + 150, y + 60, net, "/nsynth/status")
    show = p.msg(x + 150, y + 100, "set $1 $2 $3 $4 $5")
    p.wire(fan, show)
    shown = p.msg(x + 150, y + 120, "")
    p.wire(show, shown)


def pd_errors(p: PdPatch, x: int, y: int, net: PdNetwork) -> None:
    """The last /nsynth/error shown in a message box (and printed)."""
    p.text(x, y, "last error: req_id code message")
    fan = pd_logged(p, x, y + 20, net, "/nsynth/error")
    show = p.obj(x, y + 60, "list prepend set")
    trim = p.obj(x, y + 80, "list trim")
    shown = p.msg(x, y + 100, "")
    p.wire(fan, show)
    p.chain(show, trim, shown)
