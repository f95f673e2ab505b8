"""The logic the Pd patches share: the server subpatch (connect, hello, queries, reply
routing and the log), displays, the request's parts and output, playback and status.

The sections talk over local send and receive names ($0: one set per opened patch):
OSC_OUT takes the bytes of a request, LOG a line for the Pd window, CONNECTED bangs after
each (re)connect, `reply(address)` gives each reply's arguments and `view(name)` feeds a
display on the panel (`panel.py`).
"""

from __future__ import annotations

from collections.abc import Sequence

from maxpatches.puredata.patch import PdPatch
from maxpatches.settings import DEFAULT_PITCH, SERVER_HOST, SERVER_PORT, STATUS_POLL_MS

#: Takes the bytes of one OSC message ([oscformat]) and sends them to the server.
OSC_OUT = "$0-osc"
#: Takes a message and prints it to the Pd window as `<patch name>: <message>`.
LOG = "$0-log"
#: Bangs after every (re)connect, after the hello and before the queries.
CONNECTED = "$0-connected"
#: The panel's audio toggle (DSP on and off), its output level (0..1) and its VU (dB).
DSP = "$0-dsp"
LEVEL = "$0-level"
METER = "$0-meter"

#: Output level on load.
LEVEL_DEFAULT = 0.8
#: When the output's level is printed after a sound starts (ms): within the shortest
#: sounds (the tests' renders last 64 ms), after the voices' 5 ms attack.
LEVEL_AFTER_MS = 40


def reply(address: str) -> str:
    """The name on which reply `address` (/nsynth/<name>[/<name>]) gives its arguments."""
    return "$0-reply-" + address.removeprefix("/nsynth/").replace("/", "-")


def view(name: str) -> str:
    """The receive name of the panel's display `name` (send it `set ...`)."""
    return f"$0-{name}-view"


# The server subpatch -------------------------------------------------------------------


def pd_network(
    p: PdPatch, *, name: str, reply_port: int, replies: Sequence[str], queries: Sequence[str]
) -> None:
    """Connect on load (unless `<name>-connect` came first), hello, queries, the replies
    and the log: the whole of a patch's [pd server].

    `<name>-connect <host> <port> <reply_port>` (re)connects at any time: [netsend]
    connects, [netreceive] listens on the reply port, `/nsynth/hello <reply_port>` is sent,
    CONNECTED bangs, then the `queries` (addresses without arguments) are sent in order.
    The default connect waits one scheduler tick after load, so a `pd -send` of
    `<name>-connect` at startup replaces it.

    Replies ([oscparse] gives `nsynth sample ...`) go through [route nsynth], a [route]
    of the addresses' second components and, for addresses with a third component
    (`/nsynth/sources/end`, `/nsynth/voice/ready`), one more [route] whose last outlet
    is the two-component address (`/nsynth/voice`). Each reply is printed as `<name>
    <args...>` (e.g. `sources/end`) and its arguments sent on `reply(address)`; anything
    else is printed as `unhandled ...`.
    """
    x, y = 20, 10
    p.text(
        x,
        y,
        f"server {SERVER_HOST}:{SERVER_PORT}, replies to port {reply_port} - "
        f"[s {name}-connect] takes <host> <port> <reply port>",
        width=110,
    )
    load = p.obj(x, y + 40, "loadbang")
    later = p.obj(x, y + 60, "del 0")
    once = p.obj(x, y + 80, "spigot 1")
    default = p.msg(x, y + 100, f"{SERVER_HOST} {SERVER_PORT} {reply_port}")
    p.chain(load, later, once, default)
    given = p.obj(x + 200, y + 40, f"r {name}-connect")
    as_list = p.obj(x + 200, y + 60, "list")
    p.chain(given, as_list)
    p.wire(default, as_list)
    first = p.obj(x + 200, y + 80, "t l b")
    p.wire(as_list, first)
    no_default = p.msg(x + 150, y + 80, "0")
    p.wire(first, no_default, outlet=1)
    p.wire(no_default, once, inlet=1)
    settings = p.obj(x, y + 130, "t l l")
    p.wire(first, settings)
    connect = p.msg(x + 100, y + 150, "disconnect, connect $1 $2")
    p.wire(settings, connect, outlet=1)
    fields = p.obj(x, y + 170, "unpack s f f")
    p.wire(settings, fields)
    steps = p.obj(x, y + 190, "t b f f")
    p.wire(fields, steps, outlet=2)
    listen = p.msg(x + 150, y + 210, "listen $1")
    p.wire(steps, listen, outlet=2)
    hello = p.obj(x + 60, y + 230, "oscformat nsynth hello")
    p.wire(steps, hello, outlet=1)

    # After the hello: CONNECTED (to clear what the queries refill), then the queries.
    n = len(queries)
    after = p.obj(x, y + 250, "t " + " ".join(["b"] * (n + 1)))
    p.wire(steps, after)
    p.send(x, y + 330, CONNECTED, after, outlet=n)
    for k, address in enumerate(queries):
        pd_query(p, x + 20 + 130 * k, y + 290, address, after, outlet=n - 1 - k)

    bytes_in = p.obj(x + 300, y + 250, f"r {OSC_OUT}")
    bytes_out = p.obj(x + 300, y + 270, "list prepend send")
    trim_out = p.obj(x + 300, y + 290, "list trim")
    netsend = p.obj(x + 300, y + 310, "netsend -u -b")
    p.chain(bytes_in, bytes_out, trim_out, netsend)
    p.wire(connect, netsend)
    p.wire(hello, bytes_out)

    netreceive = p.obj(x, y + 380, "netreceive -u -b")
    p.wire(listen, netreceive)
    parse = p.obj(x, y + 400, "oscparse")
    trim_in = p.obj(x, y + 420, "list trim")
    top = p.obj(x, y + 440, "route nsynth")
    p.chain(netreceive, parse, trim_in, top)
    lines = p.obj(x + 450, y + 380, f"r {LOG}")
    log = p.obj(x + 450, y + 400, "list trim")
    p.chain(lines, log, p.obj(x + 450, y + 420, f"print {name}"))
    unhandled = p.obj(x + 150, y + 440, "list prepend unhandled")
    p.wire(top, unhandled, outlet=1)
    p.send(x + 150, y + 460, LOG, unhandled)

    paths = [address.removeprefix("/nsynth/").split("/") for address in replies]
    if any(not a.startswith("/nsynth/") or len(q) > 2 for a, q in zip(replies, paths, strict=True)):
        raise ValueError(f"replies must be /nsynth/<name>[/<name>], got {replies}")
    heads = list(dict.fromkeys(q[0] for q in paths))
    router = p.obj(x, y + 490, "route " + " ".join(heads))
    p.wire(top, router)
    p.wire(router, unhandled, outlet=len(heads))
    routes: dict[str, tuple[int, int]] = {}
    for i, head in enumerate(heads):
        tails = [q[1] for q in paths if len(q) == 2 and q[0] == head]
        if not tails:
            routes[f"/nsynth/{head}"] = (router, i)
            continue
        sub = p.obj(x + 60 * i, y + 520, "route " + " ".join(tails))
        p.wire(router, sub, outlet=i)
        routes.update({f"/nsynth/{head}/{tail}": (sub, j) for j, tail in enumerate(tails)})
        if [head] in paths:
            routes[f"/nsynth/{head}"] = (sub, len(tails))
        else:
            p.wire(sub, unhandled, outlet=len(tails))
    for k, address in enumerate(replies):
        box, outlet = routes[address]
        column = x + 150 * k
        fan = p.obj(column, y + 580, "t a a")  # printed first, then passed on
        p.wire(box, fan, outlet=outlet)
        tag = p.obj(column + 20, y + 600, f"list prepend {address.removeprefix('/nsynth/')}")
        p.wire(fan, tag, outlet=1)
        p.send(column + 20, y + 620, LOG, tag)
        p.send(column, y + 650, reply(address), fan)


def pd_query(p: PdPatch, x: int, y: int, address: str, trigger: int, outlet: int = 0) -> int:
    """[oscformat ...] of request `address` (no arguments), fired by `trigger`'s outlet."""
    fmt = p.obj(x, y, "oscformat " + " ".join(address.strip("/").split("/")))
    p.wire(trigger, fmt, outlet=outlet)
    p.send(x, y + 20, OSC_OUT, fmt)
    return fmt


def pd_receive(p: PdPatch, x: int, y: int, address: str) -> int:
    """[r] of reply `address`'s arguments."""
    return p.obj(x, y, f"r {reply(address)}")


# Displays ------------------------------------------------------------------------------


def pd_show(p: PdPatch, x: int, y: int, source: int, name: str, outlet: int = 0) -> None:
    """Shows the lists from `source`'s outlet on the panel's display `name`."""
    as_set = p.obj(x, y, "list prepend set")
    p.wire(source, as_set, outlet=outlet)
    trim = p.obj(x, y + 20, "list trim")
    p.wire(as_set, trim)
    p.send(x, y + 40, view(name), trim)


def pd_show_reply(p: PdPatch, x: int, y: int, address: str, name: str) -> int:
    """Shows the last arguments of reply `address` on the display `name`; returns its [r]."""
    got = pd_receive(p, x, y, address)
    pd_show(p, x, y + 20, got, name)
    return got


def pd_sources_list(p: PdPatch, x: int, y: int, name: str) -> None:
    """The bank's sources (/nsynth/source, one each), listed on the display `name`;
    emptied on every connect, before the sources are asked for again."""
    source = pd_receive(p, x, y, "/nsynth/source")
    each = p.obj(x, y + 20, "t b a")
    p.wire(source, each)
    add = p.obj(x + 40, y + 40, "list prepend append")
    p.wire(each, add, outlet=1)
    trim = p.obj(x + 40, y + 60, "list trim")
    p.wire(add, trim)
    names = p.obj(x, y + 80, "list store")
    p.wire(trim, names)
    p.wire(each, names)
    pd_show(p, x, y + 100, names, name)
    connected = p.obj(x + 200, y, f"r {CONNECTED}")
    empty = p.msg(x + 200, y + 20, "list")
    p.wire(connected, empty)
    p.wire(empty, names, inlet=1)
    blank = p.msg(x + 260, y + 20, "set")
    p.wire(connected, blank)
    p.send(x + 260, y + 40, view(name), blank)


def pd_displays(p: PdPatch, shown: Sequence[tuple[str, str]]) -> None:
    """The whole of a patch's [pd display]: the server's welcome (display `welcome`),
    the bank's sources (`sources`) and each (reply address, display name) of `shown`."""
    x, y = 20, 10
    pd_show_reply(p, x, y, "/nsynth/welcome", "welcome")
    pd_sources_list(p, x + 150, y, "sources")
    for k, (address, name) in enumerate(shown):
        pd_show_reply(p, x + 150 * k, y + 180, address, name)


# The request -----------------------------------------------------------------------------


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


def pd_loop(p: PdPatch, x: int, y: int, n: int, trigger: int, outlet: int = 0) -> int:
    """Each bang from `trigger`'s outlet outputs 0, 1, ..., n - 1 in order ([until]);
    returns the box whose outlet 0 gives them."""
    start = p.obj(x, y, "t b b")
    p.wire(trigger, start, outlet=outlet)
    restart = p.msg(x + 60, y + 20, "0")
    p.wire(start, restart, outlet=1)
    count = p.msg(x, y + 20, str(n))
    p.wire(start, count)
    loop = p.obj(x, y + 40, "until")
    p.wire(count, loop)
    store, each = pd_counter(p, x, y + 60, loop)
    p.wire(restart, store, inlet=1)
    index = p.obj(x, y + 120, "- 1")
    p.wire(each, index)
    return index


def pd_source_and_pitch(p: PdPatch, x: int, y: int, *, name: str) -> list[int]:
    """The panel's source and pitch (`panel_recipe_row`) as `source <name>` and `pitch
    <p>` lists; the pitch is DEFAULT_PITCH on load. Returns the two [list prepend] boxes."""
    pairs = []
    for k, key in enumerate(("source", "pitch")):
        pair = p.obj(x + 150 * k, y + 20, f"list prepend {key}")
        p.wire(p.obj(x + 150 * k, y, f"r $0-{key}"), pair)
        pairs.append(pair)
    init = p.obj(x + 300, y, "loadbang")
    p.wire(init, p.msg(x + 300, y + 20, f"; {name}-pitch {DEFAULT_PITCH}"))
    return pairs


def pd_join(p: PdPatch, x: int, y: int, first: int, parts: Sequence[int]) -> list[int]:
    """Appends the last list from each of `parts` (in order) to each list from `first`:
    a [list append] per part, in a column from (x, y), each holding its part's list in
    inlet 1 (an empty `list` there forgets it). Returns them; the last gives the whole."""
    joins = []
    for i, part in enumerate(parts):
        join = p.obj(x, y + 20 * i, "list append")
        p.wire(joins[-1] if joins else first, join)
        p.wire(part, join, inlet=1)
        joins.append(join)
    return joins


def pd_request_out(p: PdPatch, x: int, y: int, request: int, last_id: int) -> None:
    """Sends the `<id> <key> <value> ...` lists of `request` as /nsynth/request (and logs
    them); /nsynth/ready of the last one (its id from `last_id`) sends it again, id and
    all, so its exact sound comes with the rate to play it at."""
    again = p.obj(x + 100, y, "t b")
    p.wire(pd_ready_path(p, x + 250, y - 100, last_id), again)
    last = p.obj(x + 100, y + 20, "list append")  # right inlet: the last request
    p.wire(request, last, inlet=1)
    p.wire(again, last)  # a bang outputs what the right inlet holds
    fmt = p.obj(x, y + 40, "oscformat nsynth request")
    sent = p.obj(x + 180, y + 40, "list prepend request")
    for source in (request, last):
        p.wire(source, fmt)
        p.wire(source, sent)
    p.send(x, y + 60, OSC_OUT, fmt)
    p.send(x + 180, y + 60, LOG, sent)


def pd_ready_path(p: PdPatch, x: int, y: int, last_id: int) -> int:
    """/nsynth/ready <req_id> <path> -> the path, only for the last request's id (the
    counts of `last_id`'s outlet 0); returns the box that outputs it."""
    ready = pd_receive(p, x, y, "/nsynth/ready")
    split = p.obj(x, y + 20, "unpack f s")
    p.wire(ready, split)
    path = p.obj(x + 80, y + 60, "symbol")
    p.wire(split, path, outlet=1, inlet=1)
    same = p.obj(x, y + 40, "== 0")
    p.wire(last_id, same, inlet=1)
    p.wire(split, same)
    hit = p.obj(x, y + 60, "sel 1")
    p.wire(same, hit)
    p.wire(hit, path)
    return path


# Sound -----------------------------------------------------------------------------------


def pd_sample(
    p: PdPatch,
    x: int,
    y: int,
    *,
    array: str,
    path: tuple[int, int],
    rate: tuple[int, int],
    log: int,
) -> tuple[int, int]:
    """A sound file into `array` and played once at a rate: the paths (symbols) from
    `path` (box, outlet) are read with [soundfiler] (read -resize) and played by [vline~]
    -> [tabread4~] at the rate from `rate` (box, outlet), which comes before the path
    (Pd's [unpack] outputs right to left).

    The duration respects the file's sample rate (16 kHz renders in a 44.1 or 48 kHz Pd)
    and the rate: n_samples / (file_rate_hz * rate) seconds. Prints `loaded <n_samples>
    <path>` into `log`.

    Returns:
        The [tabread4~] (the sound) and the [t b f f f] whose outlet 0 bangs as the
        sound starts.
    """
    load = p.obj(x, y, "t s s")
    p.wire(path[0], load, outlet=path[1])
    path_log = p.obj(x + 150, y + 20, "list append")
    p.wire(load, path_log, outlet=1, inlet=1)
    named = p.obj(x, y + 20, f"list append {array}")  # $0 names work in objects only
    p.wire(load, named)
    read = p.msg(x, y + 40, "read -resize $1 $2")
    p.wire(named, read)
    files = p.obj(x, y + 60, "soundfiler")
    p.wire(read, files)
    file_rate = p.obj(x + 100, y + 80, "unpack f f f f s")
    p.wire(files, file_rate, outlet=1)
    done = p.obj(x, y + 100, "t b f f f")
    p.wire(files, done)
    loaded = p.obj(x + 150, y + 60, "list prepend loaded")
    p.wire(done, loaded, outlet=3)
    p.wire(loaded, path_log)
    p.wire(path_log, log)
    duration = p.obj(x + 60, y + 130, "expr $f1*1000/($f2*$f3)")
    p.wire(file_rate, duration, inlet=1)
    p.wire(rate[0], duration, outlet=rate[1], inlet=2)
    p.wire(done, duration, outlet=2)
    ramp = p.obj(x, y + 160, "pack f f")
    p.wire(duration, ramp, inlet=1)
    p.wire(done, ramp, outlet=1)
    start = p.msg(x, y + 180, "0, $1 $2")
    p.wire(ramp, start)
    index = p.obj(x, y + 200, "vline~")
    p.wire(start, index)
    sound = p.obj(x, y + 220, f"tabread4~ {array}")
    p.wire(index, sound)
    return sound, done


def pd_output(p: PdPatch, x: int, y: int, signal: int, gain: int, started: tuple[int, int]) -> None:
    """`signal` -> `gain` (a [*~]) -> [dac~], shown on the panel's VU (`panel_output`);
    the panel's audio toggle switches DSP. LEVEL_AFTER_MS after each message from `started`
    (box, outlet: a sound starts), prints `level <dB>` of the output (Pd's [env~] scale,
    100 = full scale; DSP must be on)."""
    p.wire(signal, gain)
    dac = p.obj(x, y, "dac~ 1 2")
    p.wire(gain, dac)
    p.wire(gain, dac, inlet=1)
    env = p.obj(x + 100, y, "env~")
    p.wire(gain, env)
    vu_db = p.obj(x + 100, y + 20, "- 100")
    p.wire(env, vu_db)
    p.send(x + 100, y + 40, METER, vu_db)
    switch = p.obj(x + 250, y, f"r {DSP}")
    p.wire(switch, p.msg(x + 250, y + 20, "; pd dsp $1"))
    begun = p.obj(x + 160, y - 60, "t b")
    p.wire(started[0], begun, outlet=started[1])
    wait = p.obj(x + 160, y - 40, f"del {LEVEL_AFTER_MS}")
    p.wire(begun, wait)
    latest = p.obj(x + 100, y + 70, "f")
    p.wire(env, latest, inlet=1)
    p.wire(wait, latest)
    says = p.obj(x + 100, y + 90, "list prepend level")
    p.wire(latest, says)
    p.send(x + 100, y + 110, LOG, says)


def pd_playback(p: PdPatch, *, name: str) -> None:
    """/nsynth/sample <req_id> <path> <match> <distance> <rate>: the file played once at
    its rate (`pd_sample`), through the level, to [dac~] (`pd_output`): the whole of a
    patch's [pd playback]. The panel's level (`panel_output`) is LEVEL_DEFAULT on load.
    """
    x, y = 20, 10
    p.text(x, y, "/nsynth/sample <req_id> <path> <match> <distance> <rate>: play <path>", width=80)
    sample = pd_receive(p, x, y + 30, "/nsynth/sample")
    answer = p.obj(x, y + 50, "unpack f s s f f")
    p.wire(sample, answer)
    p.obj(x + 300, y + 30, f"array define {name}-sample")
    log = p.obj(x + 300, y + 180, f"s {LOG}")
    sound, started = pd_sample(
        p, x, y + 80, array=f"{name}-sample", path=(answer, 1), rate=(answer, 4), log=log
    )
    gain = p.obj(x, y + 330, f"*~ {LEVEL_DEFAULT}")
    p.wire(p.obj(x + 100, y + 310, f"r {LEVEL}"), gain, inlet=1)
    init = p.obj(x + 250, y + 290, "loadbang")
    p.wire(init, p.msg(x + 250, y + 310, f"; {name}-level {LEVEL_DEFAULT}"))
    pd_output(p, x, y + 360, sound, gain, (started, 0))


# Status ------------------------------------------------------------------------------------


def pd_status(p: PdPatch, *, name: str) -> None:
    """/nsynth/status polled while the panel's poll toggle is on (on at load), shown on
    the display `status`: the whole of a patch's [pd status]."""
    x, y = 20, 10
    poll = p.obj(x, y, "r $0-poll")
    init = p.obj(x + 120, y, "loadbang")
    p.wire(init, p.msg(x + 120, y + 20, f"; {name}-poll 1"))
    metro = p.obj(x, y + 50, f"metro {STATUS_POLL_MS}")
    p.wire(poll, metro)
    pd_query(p, x, y + 70, "/nsynth/status", metro)
    pd_show_reply(p, x + 200, y + 50, "/nsynth/status", "status")
