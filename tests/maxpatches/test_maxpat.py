"""The Max patches in maxpatches/*.maxpat, read as the JSON Max reads.

Each patch is checked against py2max's database of Max objects (every class known,
every connection inside the inlets and outlets the object has) and against the server's
protocol table (every OSC address sent is a request address, every address routed is a
reply address, argument counts and types match).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from py2max import Patcher
from py2max.lint import lint
from py2max.maxref import get_object_info
from py2max.maxref.porttypes import port_counts

from maxpatches import generate
from oscserver import protocol

FOLDER = generate.HERE
PATCHES = sorted(FOLDER.glob("*.maxpat"))
#: Patches that talk to the server (the voice is loaded inside [poly~]).
CLIENTS = {
    "nsynth_player": "player",
    "nsynth_live": "live",
    "nsynth_knobs": "knobs",
    "nsynth_status": "status",
}

Box = dict[str, Any]


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))["patcher"]


def levels(patcher: dict[str, Any], where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(name, patcher) for a patcher and every subpatcher inside it."""
    yield where or "top", patcher
    for entry in patcher["boxes"]:
        inner = entry["box"].get("patcher")
        if inner is not None:
            yield from levels(inner, f"{where}/{entry['box']['id']}")


def boxes(patcher: dict[str, Any]) -> list[Box]:
    return [entry["box"] for entry in patcher["boxes"]]


def all_boxes(patcher: dict[str, Any]) -> list[Box]:
    return [b for _, level in levels(patcher) for b in boxes(level)]


def name_of(box: Box) -> str:
    if box["maxclass"] == "newobj":
        return box["text"].split()[0]
    return box["maxclass"]


def args_of(box: Box) -> list[str]:
    return box.get("text", "").split()[1:] if box["maxclass"] == "newobj" else []


def lines(patcher: dict[str, Any]) -> list[tuple[str, int, str, int]]:
    out = []
    for entry in patcher["lines"]:
        line = entry["patchline"]
        out.append(
            (line["source"][0], line["source"][1], line["destination"][0], line["destination"][1])
        )
    return out


def ports(box: Box) -> tuple[int | None, int | None]:
    """(inlets, outlets) of a box as Max makes it: py2max's object database (arguments
    taken into account), the [inlet]/[outlet] boxes of a subpatcher, the [in]/[out~]
    boxes of a [poly~] patch."""
    inner = box.get("patcher")
    if inner is not None:
        names = [name_of(b) for b in boxes(inner)]
        return names.count("inlet"), names.count("outlet")
    if name_of(box) == "poly~":
        voice = boxes(load(FOLDER / f"{args_of(box)[0]}.maxpat"))
        numbers = {"in": [], "out": []}
        for b in voice:
            kind = name_of(b).rstrip("~")
            if kind in numbers:
                numbers[kind].append(int(args_of(b)[0]))
        return max(numbers["in"], default=0), max(numbers["out"], default=0)
    n_in, n_out = port_counts(name_of(box), box.get("text"))
    if n_in is None or n_out is None:  # counts that follow arguments py2max leaves open:
        info = get_object_info(name_of(box))  # the reference's (one channel of groove~)
        n_in = len(info["inlets"]) if n_in is None else n_in
        n_out = len(info["outlets"]) if n_out is None else n_out
    return n_in, n_out


@pytest.fixture(params=PATCHES, ids=[p.stem for p in PATCHES])
def patch(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    path: Path = request.param
    return path.stem, load(path)


def test_there_are_the_player_live_knobs_and_status_patches() -> None:
    assert {p.stem for p in PATCHES} == {*CLIENTS, "nsynth_voice"}


def test_patch_is_valid_json_max_can_open(patch: tuple[str, dict[str, Any]]) -> None:
    _, patcher = patch
    assert patcher["fileversion"] == 1
    assert patcher["classnamespace"] == "box"
    for _, level in levels(patcher):
        ids = [b["id"] for b in boxes(level)]
        assert len(ids) == len(set(ids))
        assert all(len(b["patching_rect"]) == 4 for b in boxes(level))


def test_every_object_class_is_known_to_max(patch: tuple[str, dict[str, Any]]) -> None:
    _, patcher = patch
    unknown = sorted(
        {name_of(b) for b in all_boxes(patcher) if get_object_info(name_of(b)) is None}
    )
    assert unknown == []


def test_every_connection_is_inside_the_objects_inlets_and_outlets(
    patch: tuple[str, dict[str, Any]],
) -> None:
    _, patcher = patch
    checked = 0
    for where, level in levels(patcher):
        by_id = {b["id"]: b for b in boxes(level)}
        for src, outlet, dst, inlet in lines(level):
            assert src in by_id and dst in by_id, f"{where}: line {src} -> {dst}"
            _, n_out = ports(by_id[src])
            n_in, _ = ports(by_id[dst])
            assert n_out is not None and n_in is not None, (by_id[src], by_id[dst])
            assert 0 <= outlet < n_out, f"{where}: {by_id[src].get('text')} outlet {outlet}"
            assert 0 <= inlet < n_in, f"{where}: {by_id[dst].get('text')} inlet {inlet}"
            checked += 1
    assert checked > 20


def test_py2max_lint_finds_nothing(patch: tuple[str, dict[str, Any]]) -> None:
    """No bad connection, unknown object, overlap or box outside the window."""
    name, _ = patch
    findings = lint(Patcher.from_file(FOLDER / f"{name}.maxpat"))
    assert [str(f) for f in findings] == []


# OSC -----------------------------------------------------------------------------------------


def messages(box: Box) -> list[list[str]]:
    """The messages a message box sends (comma-separated), as token lists."""
    return [seg.split() for seg in box.get("text", "").split(",") if seg.split()]


def sent(patcher: dict[str, Any]) -> list[tuple[str, list[str] | None]]:
    """(address, arguments) of every OSC message the patch sends; arguments None for a
    [prepend /address] (they follow at run time)."""
    out: list[tuple[str, list[str] | None]] = []
    for b in all_boxes(patcher):
        if b["maxclass"] == "message":
            out += [(m[0], m[1:]) for m in messages(b) if m[0].startswith("/")]
        elif name_of(b) == "prepend" and args_of(b) and args_of(b)[0].startswith("/"):
            out.append((args_of(b)[0], None))
    return out


def routed(patcher: dict[str, Any]) -> list[str]:
    return [
        a
        for b in all_boxes(patcher)
        if name_of(b) == "route"
        for a in args_of(b)
        if a.startswith("/")
    ]


ARITY = {
    protocol.HELLO: 1,
    protocol.NOTE: 2,
    protocol.STATUS: 0,
    protocol.SOURCES: 0,
    protocol.AXES: 0,
    protocol.WORKER: 0,
    protocol.BYE: 0,
    protocol.KNOBMAP: 0,
}


def test_every_address_sent_is_a_request_of_the_protocol(
    patch: tuple[str, dict[str, Any]],
) -> None:
    name, patcher = patch
    addresses = sent(patcher)
    if name not in CLIENTS:
        assert addresses == []
        return
    for address, arguments in addresses:
        assert address in protocol.REQUEST_ADDRESSES, address
        if address in ARITY:
            assert arguments is not None and len(arguments) == ARITY[address], (address, arguments)
        if address == protocol.SET:
            assert arguments and len(arguments) % 2 == 0
            assert all(not k.startswith("$") for k in arguments[::2])
        if address == protocol.REQUEST:
            assert arguments is None  # the id and recipe are built at run time
    assert (protocol.HELLO, [str(generate.REPLY_PORTS[CLIENTS[name]])]) in addresses


def test_every_address_routed_is_a_reply_of_the_protocol(
    patch: tuple[str, dict[str, Any]],
) -> None:
    name, patcher = patch
    addresses = routed(patcher)
    assert set(addresses) <= set(protocol.REPLY_TAGS)
    assert len(addresses) == len(set(addresses)), "an address is routed twice"
    if name in CLIENTS:
        assert {"/nsynth/welcome", "/nsynth/error", "/nsynth/status"} <= set(addresses)
    if name == "nsynth_knobs":
        assert {"/nsynth/knob", "/nsynth/knobmap/end"} <= set(addresses)


def test_patch_talks_to_the_server_and_listens_on_its_reply_port(
    patch: tuple[str, dict[str, Any]],
) -> None:
    name, patcher = patch
    objects = {}
    for b in boxes(patcher):
        objects.setdefault(name_of(b), []).append(b)
    if name not in CLIENTS:
        assert "udpsend" not in objects and "udpreceive" not in objects
        return
    (udpsend,), (udpreceive,) = objects["udpsend"], objects["udpreceive"]
    assert args_of(udpsend) == [generate.SERVER_HOST, str(generate.SERVER_PORT)]
    assert args_of(udpreceive) == [str(generate.REPLY_PORTS[CLIENTS[name]])]
    # The hello is sent on load: a path of lines leads from [loadbang] to it.
    hello = next(
        b
        for b in boxes(patcher)
        if b["maxclass"] == "message" and b["text"].startswith("/nsynth/hello")
    )
    assert hello["id"] in reachable(patcher, [b["id"] for b in objects["loadbang"]])


def reachable(patcher: dict[str, Any], starts: list[str]) -> set[str]:
    seen, todo = set(starts), list(starts)
    edges = lines(patcher)
    while todo:
        here = todo.pop()
        for src, _, dst, _ in edges:
            if src == here and dst not in seen:
                seen.add(dst)
                todo.append(dst)
    return seen


def _downstream(patcher: dict[str, Any], box_id: str, outlet: int) -> Iterator[Box]:
    """Boxes fed by (box_id, outlet), looking through [t l ...] / [t a ...] fan-outs."""
    by_id = {b["id"]: b for b in boxes(patcher)}
    for src, out, dst, _ in lines(patcher):
        if src != box_id or out != outlet:
            continue
        target = by_id[dst]
        if name_of(target) in ("t", "trigger"):
            for i, kind in enumerate(args_of(target)):
                if kind in ("l", "a"):
                    yield from _downstream(patcher, dst, i)
        else:
            yield target


_TAG_OF = {"s": "s", "0": "i", "0.": "f"}


def test_replies_are_unpacked_with_the_protocols_types(
    patch: tuple[str, dict[str, Any]],
) -> None:
    """An [unpack] fed by a routed reply has one field per reply argument, of its type;
    a message box fed by one uses no $n beyond the reply's arguments."""
    _, patcher = patch
    unpacked = set()
    for _, level in levels(patcher):
        for b in boxes(level):
            if name_of(b) != "route":
                continue
            for outlet, address in enumerate(args_of(b)):
                if not address.startswith("/"):
                    continue
                tags = protocol.REPLY_TAGS[address]
                for target in _downstream(level, b["id"], outlet):
                    if name_of(target) == "unpack":
                        assert "".join(_TAG_OF[a] for a in args_of(target)) == tags, (
                            address,
                            target["text"],
                        )
                        unpacked.add(address)
                    if target["maxclass"] == "message":
                        used = [int(n) for n in re.findall(r"\$(\d+)", target["text"])]
                        assert max(used, default=0) <= len(tags), (address, target["text"])
    for address in ("/nsynth/sample", "/nsynth/status", "/nsynth/knob"):
        if address in routed(patcher) and address != "/nsynth/status":
            assert address in unpacked


def test_knobs_send_every_component_key_and_source_and_pitch() -> None:
    patcher = load(FOLDER / "nsynth_knobs.maxpat")
    stored = [
        args_of(b)[1]
        for b in all_boxes(patcher)
        if name_of(b) == "prepend" and args_of(b)[:1] == ["store"] and len(args_of(b)) == 2
    ]
    assert sorted(stored) == sorted([*generate.knobs_keys(), "source", "pitch"])


def test_knobs_ask_for_the_knob_map_after_the_hello_and_label_every_column() -> None:
    """The knobs patch asks /nsynth/knobmap on load, after its hello and after each
    column is reset to `c<c>` ([t b ...] fires right to left); each /nsynth/knob
    reaches every column's label and strength, both on the panel, as the reset does."""
    patcher = load(FOLDER / "nsynth_knobs.maxpat")
    by_id = {b["id"]: b for b in boxes(patcher)}
    messages_by_text = {b["text"]: b["id"] for b in boxes(patcher) if b["maxclass"] == "message"}
    ask, hello = messages_by_text[protocol.KNOBMAP], messages_by_text["/nsynth/hello 7774"]
    loads = [b["id"] for b in boxes(patcher) if name_of(b) == "loadbang"]
    assert ask in reachable(patcher, loads)
    (uzi,) = [b for b in boxes(patcher) if name_of(b) == "uzi"]
    fed_by = {dst: (src, out) for src, out, dst, _ in lines(patcher)}
    (trigger, ask_outlet), (same, hello_outlet) = fed_by[ask], fed_by[hello]
    (also, reset_outlet) = fed_by[uzi["id"]]
    assert trigger == same == also and name_of(by_id[trigger]) == "t"
    assert ask_outlet < reset_outlet < hello_outlet

    (route,) = [b for b in boxes(patcher) if "/nsynth/knob" in args_of(b)]
    outlet = args_of(route).index("/nsynth/knob")
    firsts = [dst for src, out, dst, _ in lines(patcher) if (src, out) == (route["id"], outlet)]
    fed = reachable(patcher, firsts)
    comments = [by_id[i] for i in fed if by_id[i]["maxclass"] == "comment"]
    n = generate.N_COMPONENTS
    assert sorted(b["text"] for b in comments) == sorted([f"c{c}" for c in range(n)] + [""] * n)
    assert all(b.get("presentation") for b in comments)
    assert args_of(uzi) == [str(n), "0"] and set(firsts) <= reachable(patcher, [uzi["id"]])


def test_player_stores_source_pitch_and_the_axis_sliders_keys() -> None:
    patcher = load(FOLDER / "nsynth_player.maxpat")
    texts = [b.get("text", "") for b in all_boxes(patcher)]
    assert "prepend store source" in texts and "prepend store pitch" in texts
    assert texts.count("set store $1") == generate.N_AXIS_SLOTS


def test_live_voices_understand_every_message_the_live_patch_sends_them() -> None:
    live = load(FOLDER / "nsynth_live.maxpat")
    (poly,) = [b for b in boxes(live) if name_of(b) == "poly~"]
    feeding = {src for src, _, dst, _ in lines(live) if dst == poly["id"]}
    selectors = {
        m[0] for b in boxes(live) if b["id"] in feeding for m in messages(b) if m[0] != "target"
    }
    voice = load(FOLDER / f"{args_of(poly)[0]}.maxpat")
    (route,) = [b for b in boxes(voice) if name_of(b) == "route"]
    assert selectors == set(args_of(route)) == {"noteon", "sample", "release"}
    assert args_of(poly)[1] == str(generate.N_VOICES)


def test_every_groove_plays_a_buffer_of_its_patch(patch: tuple[str, dict[str, Any]]) -> None:
    _, patcher = patch
    names = {name_of(b): set() for b in boxes(patcher)}
    for b in boxes(patcher):
        if name_of(b) in ("buffer~", "groove~"):
            names[name_of(b)].add(args_of(b)[0])
    assert names.get("groove~", set()) == names.get("buffer~", set())


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


PRESENTED = {
    "nsynth_player": {"umenu": 1, "slider": generate.N_AXIS_SLOTS, "meter~": 1},
    "nsynth_live": {"pictslider": 1, "kslider": 1, "meter~": 1},
    "nsynth_knobs": {
        "dial": 2 * generate.N_COMPONENTS,
        "toggle": 2 * generate.N_COMPONENTS + 1,
        "umenu": 1,
        "meter~": 1,
    },
}


@pytest.mark.parametrize("name", sorted(PRESENTED))
def test_patch_opens_in_presentation_mode_with_its_controls_apart(name: str) -> None:
    """The player, live and knobs patches open as a panel of their controls and displays
    (Cmd/Ctrl-Alt-E shows the patching view), none overlapping another."""
    patcher = load(FOLDER / f"{name}.maxpat")
    assert patcher["openinpresentation"] == 1
    shown = [b for b in boxes(patcher) if b.get("presentation")]
    kinds = [b["maxclass"] for b in shown]
    for kind, count in PRESENTED[name].items():
        assert kinds.count(kind) == count, kind
    assert {"button", "number", "message", "comment"} <= set(kinds)
    rects = [b["presentation_rect"] for b in shown]
    for i, a in enumerate(rects):
        assert all(not _overlap(a, b) for b in rects[i + 1 :]), shown[i]
