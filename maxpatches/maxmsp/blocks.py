"""The sections the Max patches share: the network (hello, queries, reply routing), the
recipe and its request, source and pitch, playback, reply displays, status and errors."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from py2max import Box

from maxpatches.maxmsp.patch import ROW, MaxPatch
from maxpatches.settings import DEFAULT_PITCH, SERVER_HOST, SERVER_PORT, STATUS_POLL_MS


@dataclasses.dataclass
class MaxNetwork:
    """The boxes of a Max patch's network section.

    Attributes:
        send: [udpsend] to the server.
        routes: Reply address -> ([route] box, outlet) that outputs its arguments.
        clear: [t ...] whose outlet `clear_outlet` fires on connect, after the hello and
            before the queries (to clear what the queries refill).
        clear_outlet: See `clear`.
        bottom: y below the section.
    """

    send: Box
    routes: dict[str, tuple[Box, int]]
    clear: Box
    clear_outlet: int
    bottom: float


def max_network(
    m: MaxPatch,
    x: float,
    y: float,
    *,
    reply_port: int,
    queries: Sequence[str],
    replies: Sequence[str],
) -> MaxNetwork:
    """Hello on load (and on the connect button), queries, [udpsend] and reply routing.

    Replies are routed by a chain of [route] boxes of two addresses each (narrow boxes;
    each passes what it does not match to the next). A column 270 px wide from (x, y).
    """
    m.comment(x, y, f"server {SERVER_HOST}:{SERVER_PORT}, replies to port {reply_port}", width=270)
    load = m.obj(x, y + 30, "loadbang")
    button = m.ui(x + 80, y + 30, 22, 22, "button")
    m.named["connect"] = button
    m.named["connect:label"] = m.comment(x + 105, y + 30, "connect")
    n = len(queries) + 2
    trigger = m.obj(x, y + 60, "t " + " ".join(["b"] * n))
    m.wire(load, trigger)
    m.wire(button, trigger)
    hello = m.msg(x, y + 90, f"/nsynth/hello {reply_port}")
    m.wire(trigger, hello, outlet=n - 1)
    row = y + 120
    asks = []
    for k, address in enumerate(queries):
        ask = m.msg(x + 20 * (k + 1), row, address)
        m.wire(trigger, ask, outlet=n - 3 - k)
        asks.append(ask)
        row += 30
    send = m.obj(x, row, f"udpsend {SERVER_HOST} {SERVER_PORT}")
    for ask in (hello, *asks):
        m.wire(ask, send)
    receive = m.obj(x, row + 40, f"udpreceive {reply_port}")
    routes: dict[str, tuple[Box, int]] = {}
    source, outlet, row = receive, 0, row + 70
    for k in range(0, len(replies), 2):
        pair = replies[k : k + 2]
        route = m.obj(x + 10 * (k // 2), row, "route " + " ".join(pair))
        m.wire(source, route, outlet=outlet)
        routes.update({address: (route, i) for i, address in enumerate(pair)})
        source, outlet, row = route, len(pair), row + 30
    unhandled = m.obj(x + 10 * (len(replies) // 2 + 1), row, "print nsynth-unhandled")
    m.wire(source, unhandled, outlet=outlet)
    return MaxNetwork(send=send, routes=routes, clear=trigger, clear_outlet=n - 2, bottom=row + 40)


def present_connect(m: MaxPatch, x: float, y: float) -> None:
    """Shows the network's connect button and its label in presentation mode at (x, y)."""
    m.present(m.named["connect"], x, y)
    m.present(m.named["connect:label"], x + 25, y)


def max_client(
    title: str,
    width: float,
    *,
    reply_port: int,
    queries: Sequence[str],
    replies: Sequence[str],
) -> tuple[MaxPatch, Box, MaxNetwork]:
    """A patch that talks to the server: its title at the top, the network section at
    (20, 40) (see `max_network`) and the server's /nsynth/welcome under it.

    Returns:
        The patch, its title comment (`width` px wide) and its network.
    """
    m = MaxPatch()
    shown_title = m.comment(20, 10, title, width=width)
    net = max_network(m, 20, 40, reply_port=reply_port, queries=queries, replies=replies)
    max_display(m, 20, net.bottom, net, "/nsynth/welcome", "server: protocol, bank size")
    return m, shown_title, net


def max_from(m: MaxPatch, net: MaxNetwork, address: str, dst: Box, inlet: int = 0) -> None:
    """Wires the arguments of reply `address` into `dst`."""
    route, outlet = net.routes[address]
    m.wire(route, dst, outlet=outlet, inlet=inlet)


def max_counter(m: MaxPatch, x: float, y: float, trigger: Box, outlet: int = 0) -> tuple[Box, Box]:
    """[i] -> [+ 1] -> [t i i] fed back: each bang from `trigger` outputs 1, 2, 3, ...

    Returns ([i], [t i i]): an int into inlet 1 of [i] resets the count; outlet 0 of
    [t i i] gives each new count. Three rows at (x, y).
    """
    store = m.obj(x, y, "i")
    plus = m.obj(x, y + 30, "+ 1")
    fan = m.obj(x, y + 60, "t i i")
    m.wire(trigger, store, outlet=outlet)
    m.chain(store, plus, fan)
    m.wire(fan, store, outlet=1, inlet=1)
    return store, fan


@dataclasses.dataclass
class MaxRecipe:
    """A recipe held in a [coll] (`store <key> <value>` per control) and its request.

    Attributes:
        coll: The [coll]; send it `store <key> <value>` (or `clear`).
        request: Bang inlet 0 to send `/nsynth/request <id> <key> <value> ...`.
        last_id: [t i i] whose outlet 0 gives each new request id.
        resend: Anything into inlet 0 sends the last request again, id and all.
    """

    coll: Box
    request: Box
    last_id: Box
    resend: Box


def max_recipe(m: MaxPatch, x: float, y: float, send: Box) -> MaxRecipe:
    """The request builder: coll dump -> zl.group -> id -> /nsynth/request.

    On a bang: `zlclear` the group, `dump` the coll (each entry's key from outlet 1 and
    its value from outlet 0, in storage order), and when the dump ends (outlet 3) output
    the group; a new id is put in front and the message goes to [udpsend]. 200 x 290 px.
    """
    request = m.obj(x, y, "t b b")
    dump = m.msg(x, y + 30, "dump")
    zlclear = m.msg(x + 60, y + 30, "zlclear")
    coll = m.obj(x, y + 60, "coll")
    group = m.obj(x, y + 95, "zl.group 256")
    m.wire(request, zlclear, outlet=1)
    m.wire(request, dump, outlet=0)
    m.wire(zlclear, group)
    m.wire(dump, coll)
    m.wire(coll, group, outlet=1)
    m.wire(coll, group, outlet=0)
    m.wire(coll, group, outlet=3)
    split = m.obj(x, y + 125, "t b l")
    m.wire(group, split)
    _, ids = max_counter(m, x + 100, y + 155, split, outlet=0)
    join = m.obj(x, y + 235, "zl.join")
    m.wire(split, join, outlet=1, inlet=1)
    m.wire(ids, join)
    out = m.obj(x, y + 265, "prepend /nsynth/request")
    m.chain(join, out)
    m.wire(out, send)
    resend = m.obj(x + 160, y + 235, "t b")
    last = m.obj(x + 160, y + 265, "zl.reg")
    m.wire(out, last, inlet=1)
    m.chain(resend, last)
    m.wire(last, send)
    return MaxRecipe(coll=coll, request=request, last_id=ids, resend=resend)


def max_request_button(m: MaxPatch, x: float, y: float, recipe: MaxRecipe) -> tuple[Box, Box]:
    """A button at (x, y) that sends the recipe's request, and its label. 80 x 26 px.

    Returns:
        The button and its label.
    """
    button = m.ui(x, y, 26, 26, "button")
    label = m.comment(x + 30, y + 3, "request")
    m.wire(button, recipe.request)
    return button, label


def max_source_menu(m: MaxPatch, x: float, y: float, net: MaxNetwork, coll: Box) -> None:
    """A [umenu] filled from /nsynth/source (cleared on connect) -> `store source <name>`.

    150 x 120 px.
    """
    m.named["source:label"] = m.comment(x, y, "source")
    clear = m.msg(x + 100, y + 25, "clear")
    m.wire(net.clear, clear, outlet=net.clear_outlet)
    fill = m.obj(x, y + 25, "prepend append")
    max_from(m, net, "/nsynth/source", fill)
    menu = m.ui(x, y + 55, 140, ROW, "umenu")
    m.named["source"] = menu
    m.wire(clear, menu)
    m.wire(fill, menu)
    store = m.obj(x, y + 85, "prepend store source")
    m.wire(menu, store, outlet=1)
    m.wire(store, coll)


def max_pitch(m: MaxPatch, x: float, y: float, coll: Box) -> None:
    """A pitch number box (DEFAULT_PITCH on load) -> `store pitch <p>`. 150 x 120 px."""
    m.named["pitch:label"] = m.comment(x, y, "pitch")
    init = m.obj(x + 50, y, "loadbang")
    default = m.msg(x + 50, y + 25, str(DEFAULT_PITCH))
    pitch = m.ui(x, y + 55, 50, ROW, "number", minimum=0, maximum=127)
    m.named["pitch"] = pitch
    m.chain(init, default, pitch)
    store = m.obj(x, y + 85, "prepend store pitch")
    m.wire(pitch, store)
    m.wire(store, coll)


def present_source_and_pitch(m: MaxPatch, x: float, y: float) -> None:
    """Shows the source menu and the pitch, with their labels, in presentation mode in a
    row from (x, y). 310 x 22 px."""
    n = m.named
    m.present(n["source:label"], x, y)
    m.present(n["source"], x + 50, y)
    m.present(n["pitch:label"], x + 210, y)
    m.present(n["pitch"], x + 250, y)


def max_playback(m: MaxPatch, x: float, y: float, buffer: str, sample: Box) -> None:
    """[buffer~ name] replace <path> -> [groove~] at the reply's rate -> level -> [dac~].

    `sample` is the [unpack] of /nsynth/sample (`max_answers`): its path (outlet 1) is
    loaded and played at its rate (outlet 4). 280 x 300 px.
    """
    load = m.obj(x, y, "prepend replace")
    buf = m.obj(x, y + 30, f"buffer~ {buffer}")
    m.wire(load, buf)
    play = m.ui(x + 170, y + 30, 22, 22, "button")
    m.named["again"] = play
    m.named["again:label"] = m.comment(x + 195, y + 30, "again")
    done = m.obj(x, y + 60, "t b b")
    m.wire(buf, done, outlet=1)
    m.wire(play, done)
    start = m.msg(x, y + 90, "0")
    m.wire(done, start, outlet=0)
    rate = m.obj(x + 100, y + 90, "f 1.")
    m.wire(done, rate, outlet=1)
    sig = m.obj(x + 100, y + 120, "sig~ 1.")
    m.wire(rate, sig)
    groove = m.obj(x, y + 150, f"groove~ {buffer}")
    m.wire(sig, groove)
    m.wire(start, groove)
    m.named["level:label"] = m.comment(x + 180, y + 120, "level")
    init = m.obj(x + 180, y + 145, "loadbang")
    default = m.msg(x + 180, y + 175, "0.8")
    level = m.ui(x + 180, y + 205, 50, ROW, "flonum", minimum=0.0, maximum=1.0)
    m.named["level"] = level
    m.chain(init, default, level)
    gain = m.obj(x, y + 235, "*~ 0.8")
    m.wire(groove, gain)
    m.wire(level, gain, inlet=1)
    meter = m.ui(x + 80, y + 239, 80, 14, "meter~")
    m.wire(gain, meter)
    dac = m.obj(x, y + 270, "dac~ 1 2")
    m.wire(gain, dac)
    m.wire(gain, dac, inlet=1)
    on = m.msg(x + 80, y + 270, "start")
    off = m.msg(x + 130, y + 270, "stop")
    m.named.update(meter=meter, start=on, stop=off)
    m.wire(on, dac)
    m.wire(off, dac)
    m.wire(sample, load, outlet=1)
    m.wire(sample, rate, outlet=4, inlet=1)


def present_playback(m: MaxPatch, x: float, y: float, *, label_above: bool) -> None:
    """Shows the playback's level (at (x, y); its label left of it or above it), meter,
    start, stop and again in presentation mode. 300 x 22 px right of the label."""
    n = m.named
    m.present(n["level:label"], *((x, y - 23) if label_above else (x - 40, y)))
    m.present(n["level"], x, y)
    m.present(n["meter"], x + 60, y + 4)
    m.present(n["start"], x + 150, y)
    m.present(n["stop"], x + 200, y)
    m.present(n["again"], x + 250, y)
    m.present(n["again:label"], x + 275, y)


def max_answers(m: MaxPatch, x: float, y: float, net: MaxNetwork, last_id: Box) -> tuple[Box, Box]:
    """/nsynth/sample unpacked, and /nsynth/ready filtered to the last request.

    Returns:
        The [unpack] of /nsynth/sample at (x, y) (outlets: req_id, path, match, distance,
        rate) and the box that outputs the path of /nsynth/ready for the request id
        `last_id` gives (`max_ready_filter`, at (x + 130, y)). 280 x 115 px.
    """
    fields = m.obj(x, y, "unpack 0 s s 0. 0.")
    max_from(m, net, "/nsynth/sample", fields)
    return fields, max_ready_filter(m, x + 130, y, net, last_id)


def max_ready_filter(m: MaxPatch, x: float, y: float, net: MaxNetwork, last_id: Box) -> Box:
    """/nsynth/ready <req_id> <path> -> the path, only when req_id is the last request's.

    `last_id` gives each new request id (outlet 0). Returns the [zl.reg] that outputs the
    path. 150 x 115 px.
    """
    split = m.obj(x, y, "zl.slice 1")
    max_from(m, net, "/nsynth/ready", split)
    held = m.obj(x + 80, y + 30, "zl.reg")
    m.wire(split, held, outlet=1, inlet=1)  # zl.slice outputs right to left: path first
    same = m.obj(x, y + 30, "== 0")
    m.wire(last_id, same, inlet=1)
    m.wire(split, same)
    hit = m.obj(x, y + 60, "sel 1")
    m.wire(same, hit)
    m.wire(hit, held)
    return held


def max_display(
    m: MaxPatch, x: float, y: float, net: MaxNetwork, address: str, label: str, width: float = 270.0
) -> Box:
    """The last arguments of reply `address`, shown in a message box. 3 rows at (x, y)."""
    m.named[f"{address}:label"] = m.comment(x, y, label, width=width)
    prep = m.obj(x, y + 25, "prepend set")
    show = m.msg(x, y + 55, "", width=width)
    m.named[address] = show
    max_from(m, net, address, prep)
    m.wire(prep, show)
    return show


def present_display(
    m: MaxPatch, address: str, x: float, y: float, *, gap: float, w: float | None = None
) -> None:
    """Shows the display of reply `address` (`max_display`) in presentation mode: its
    label at (x, y), its box `gap` px lower (`w` px wide if given)."""
    m.present(m.named[f"{address}:label"], x, y)
    m.present(m.named[address], x, y + gap, w=w)


def max_status(m: MaxPatch, x: float, y: float, net: MaxNetwork) -> None:
    """Bank size, queue, rendering state: /nsynth/status polled while the toggle is on.

    330 x 230 px.
    """
    shown_boxes = [
        (m.comment(x, y, "status: bank size, queued, rendering, done, worker", width=330), 0, 0)
    ]
    toggle = m.ui(x, y + 25, 22, 22, "toggle")
    shown_boxes.append((toggle, 0, 25))
    shown_boxes.append((m.comment(x + 25, y + 25, f"poll every {STATUS_POLL_MS} ms"), 25, 25))
    init = m.obj(x + 170, y + 25, "loadbang")
    on = m.msg(x + 240, y + 25, "1")
    m.chain(init, on, toggle)
    metro = m.obj(x, y + 55, f"metro {STATUS_POLL_MS}")
    ask = m.msg(x, y + 85, "/nsynth/status")
    m.chain(toggle, metro, ask)
    m.wire(ask, net.send)
    values = m.obj(x, y + 115, "unpack 0 0 0 0 s")
    max_from(m, net, "/nsynth/status", values)
    for i, name in enumerate(("bank", "queued", "rendering", "done", "worker")):
        shown_boxes.append((m.comment(x + 66 * i, y + 145, name, width=64), 66 * i, 50))
        if i < 4:
            box = m.ui(x + 66 * i, y + 170, 60, ROW, "number")
            m.wire(values, box, outlet=i)
            shown_boxes.append((box, 66 * i, 75))
    state = m.obj(x + 264, y + 170, "prepend set")
    shown = m.msg(x + 264, y + 200, "", width=66)
    m.wire(values, state, outlet=4)
    m.wire(state, shown)
    shown_boxes.append((shown, 264, 75))
    m.status_boxes = shown_boxes


def present_status(m: MaxPatch, x: float, y: float) -> None:
    """Shows the status section (`max_status`) in presentation mode at (x, y), 330 x 100."""
    for box, dx, dy in m.status_boxes:
        m.present(box, x + dx, y + dy)


def max_errors(m: MaxPatch, x: float, y: float, net: MaxNetwork, width: float = 420.0) -> None:
    """The last /nsynth/error (req_id, code, message), also printed to the Max window."""
    max_display(m, x, y, net, "/nsynth/error", "last error: req_id code message", width)
    log = m.obj(x + 100, y + 25, "print nsynth-error")
    max_from(m, net, "/nsynth/error", log)
