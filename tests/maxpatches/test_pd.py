"""The Pd patches in maxpatches/pd/: read as text, opened in a real Pd, played against the
real server.

The static tests parse Pd's file format. The `client` tests run Debian's puredata-core
(`pd -nogui -nosound`): every patch must open without an error, and the player, live and
knobs patches are driven through their receivers (`pd -send`) against `python -m
oscserver` on a small synthetic bank, and the knobs patch also on the demo bank with its
model rendering in the background; what they received, showed and loaded is read from
Pd's own [print] output. Skipped only when `pd` is not on PATH (CI installs it).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from maxpatches import generate
from oscserver import protocol
from precompute import grid
from precompute.bank import Bank
from precompute.model.checkpoint import fingerprint as checkpoint_fingerprint
from precompute.model.config import DEMO, TINY
from tests.oscserver.conftest import (
    ENV,
    N_FRAMES,
    REPO,
    ServerProcess,
    fake_checkpoint,
    fill_bank,
    knobs_json,
    not_center,
    point_at,
    synthetic_embedding,
    write_spec,
)

FOLDER = generate.PD_DIR
PATCHES = sorted(FOLDER.glob("*.pd"))
CLIENTS = {"nsynth_player": "player", "nsynth_live": "live", "nsynth_knobs": "knobs"}
PD = shutil.which("pd")

needs_pd = pytest.mark.skipif(
    PD is None, reason="Pd is not installed (apt-get install puredata-core); CI installs it"
)


# Pd's file format ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PdBox:
    """One box of a canvas: its kind (obj, msg, text, floatatom, ...) and its atoms."""

    kind: str
    atoms: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.atoms[0] if self.kind == "obj" and self.atoms else self.kind

    @property
    def args(self) -> tuple[str, ...]:
        return self.atoms[1:] if self.kind == "obj" else self.atoms


@dataclass(frozen=True)
class PdFile:
    boxes: list[PdBox]
    connects: list[tuple[int, int, int, int]]

    def fed_by(self, box: int, outlet: int) -> list[int]:
        return [d for s, o, d, _ in self.connects if s == box and o == outlet]


def _unescape(text: str) -> str:
    return text.replace(" \\,", ",").replace(" \\;", ";").replace("\\$", "$")


def parse(path: Path) -> PdFile:
    """A Pd file: the boxes of all its canvases (the top one and the subpatches nested in
    its [pd ...] boxes) in file order, and its connections as messages travel them.

    A cord into a [pd ...] box goes on from the subpatch's [inlet] of that number (Pd
    numbers a canvas's inlets and outlets left to right), a cord into a subpatch's
    [outlet] goes on from that outlet of its [pd ...] box, and a cord into [s <name>]
    goes on from every [r <name>] of the file.
    """
    text = path.read_text(encoding="utf-8")
    statements = [s.strip() for s in re.split(r"(?<!\\);\s*\n", text) if s.strip()]
    assert statements[0].startswith("#N canvas")
    boxes: list[PdBox] = []
    xs: list[int] = []
    cords: list[tuple[int, int, int, int]] = []
    canvases: list[list[int]] = [[]]  # the open canvases' boxes (file index by local index)
    inner: dict[int, list[int]] = {}  # a [pd ...] box -> its canvas's boxes
    for statement in statements[1:]:
        head, kind, *rest = statement.split(" ", 2) + [""]
        if head == "#N":  # a subpatch's canvas opens; its `#X restore` closes it
            assert kind == "canvas", statement
            canvases.append([])
            continue
        assert head == "#X", statement
        atoms = rest[0].split()
        if kind == "connect":
            local = canvases[-1]
            src, outlet, dst, inlet = (int(a) for a in atoms[:4])
            cords.append((local[src], outlet, local[dst], inlet))
        elif kind == "coords":  # graph-on-parent settings
            continue
        else:
            if kind == "restore":  # the subpatch's [pd ...] box, in its parent
                inner[len(boxes)] = canvases.pop()
                kind = "obj"
            assert kind in ("obj", "msg", "text", "floatatom", "symbolatom", "listbox"), statement
            words = _unescape(" ".join(atoms[2:])).split(" ")  # after x y
            boxes.append(PdBox(kind, tuple(w for w in words if w)))
            xs.append(int(atoms[0]))
            canvases[-1].append(len(boxes) - 1)
    assert len(canvases) == 1, f"{path}: a subpatch is not closed"

    parent = {box: pd for pd, members in inner.items() for box in members}

    def ports(pd: int, names: tuple[str, ...]) -> list[int]:
        return sorted((b for b in inner[pd] if boxes[b].name in names), key=xs.__getitem__)

    receivers: dict[str, list[int]] = {}
    for i, b in enumerate(boxes):
        if b.name in ("r", "receive") and len(b.args) == 1:
            receivers.setdefault(b.args[0], []).append(i)

    def onward(box: int, outlet: int) -> list[tuple[int, int]]:
        return [t for s, o, d, i in cords if (s, o) == (box, outlet) for t in reached(d, i)]

    def reached(box: int, inlet: int) -> list[tuple[int, int]]:
        b = boxes[box]
        if box in inner:
            return onward(ports(box, ("inlet", "inlet~"))[inlet], 0)
        if b.name in ("outlet", "outlet~") and box in parent:
            return onward(parent[box], ports(parent[box], ("outlet", "outlet~")).index(box))
        if b.name in ("s", "send") and len(b.args) == 1:
            return [t for r in receivers.get(b.args[0], []) for t in onward(r, 0)]
        return [(box, inlet)]

    def passes_on(box: int) -> bool:
        return box in inner or (boxes[box].name in ("inlet", "inlet~") and box in parent)

    connects = [
        (s, o, d, i)
        for s, o, dst, inlet in cords
        if not passes_on(s)
        for d, i in reached(dst, inlet)
    ]
    return PdFile(boxes, connects)


@pytest.fixture(params=PATCHES, ids=[p.stem for p in PATCHES])
def pd_file(request: pytest.FixtureRequest) -> tuple[str, PdFile]:
    return request.param.stem, parse(request.param)


def test_there_are_the_player_live_and_knobs_patches() -> None:
    assert {p.stem for p in PATCHES} == {*CLIENTS, "nsynth_voice", "nsynth_knob"}


def test_every_connection_joins_two_boxes(pd_file: tuple[str, PdFile]) -> None:
    _, pd = pd_file
    assert pd.connects
    for src, outlet, dst, inlet in pd.connects:
        assert 0 <= src < len(pd.boxes) and 0 <= dst < len(pd.boxes)
        assert pd.boxes[src].kind != "text" and pd.boxes[dst].kind != "text"
        assert outlet >= 0 and inlet >= 0


def sent(pd: PdFile) -> list[str]:
    """Addresses of the patch's [oscformat a b c] boxes (/a/b/c)."""
    return ["/" + "/".join(b.args) for b in pd.boxes if b.name == "oscformat"]


def routed(pd: PdFile) -> dict[str, list[int]]:
    """Reply address -> boxes fed with its arguments, found by walking from [oscparse]
    through [route] boxes; a reject outlet after two components is that address, one
    that goes to the `unhandled` log is nothing."""
    out: dict[str, list[int]] = {}

    def walk(box: int, prefix: tuple[str, ...]) -> None:
        b = pd.boxes[box]
        if b.name == "route":
            for k, component in enumerate(b.args):
                for d in pd.fed_by(box, k):
                    walk(d, (*prefix, component))
            rest = pd.fed_by(box, len(b.args))
            if (
                len(prefix) >= 2
                and rest
                and not any(pd.boxes[d].args[-1:] == ("unhandled",) for d in rest)
            ):
                out.setdefault("/" + "/".join(prefix), []).extend(rest)
        elif len(prefix) < 2:
            outlets = {o for s, o, _, _ in pd.connects if s == box}
            for o in outlets:
                for d in pd.fed_by(box, o):
                    walk(d, prefix)
        else:
            out.setdefault("/" + "/".join(prefix), []).append(box)

    for i, b in enumerate(pd.boxes):
        if b.name == "oscparse":
            for d in pd.fed_by(i, 0):
                walk(d, ())
    return out


def test_every_address_sent_is_a_request_of_the_protocol(pd_file: tuple[str, PdFile]) -> None:
    name, pd = pd_file
    addresses = sent(pd)
    assert set(addresses) <= set(protocol.REQUEST_ADDRESSES)
    if name in CLIENTS:
        assert {protocol.HELLO, protocol.STATUS, protocol.SOURCES} <= set(addresses)
        port = generate.REPLY_PORTS[CLIENTS[name]]
        default = f"{generate.SERVER_HOST} {generate.SERVER_PORT} {port}"
        assert default in {" ".join(b.atoms) for b in pd.boxes if b.kind == "msg"}
        assert (protocol.KNOBMAP in addresses) == (name == "nsynth_knobs")
    else:
        assert addresses == []


def test_every_address_routed_is_a_reply_of_the_protocol(pd_file: tuple[str, PdFile]) -> None:
    name, pd = pd_file
    addresses = routed(pd)
    assert set(addresses) <= set(protocol.REPLY_TAGS)
    if name in CLIENTS:
        assert {"/nsynth/welcome", "/nsynth/error", "/nsynth/status", "/nsynth/sources/end"} <= set(
            addresses
        )
    expected = {
        "nsynth_player": {"/nsynth/sample"},
        "nsynth_knobs": {"/nsynth/ready", "/nsynth/knob", "/nsynth/knobmap/end"},
        "nsynth_live": {"/nsynth/voice"},
    }
    if name in expected:
        assert expected[name] <= set(addresses)


def _unpacks(pd: PdFile, box: int) -> Iterator[PdBox]:
    b = pd.boxes[box]
    if b.name in ("t", "trigger"):
        for i, kind in enumerate(b.args):
            if kind in ("a", "l"):
                for d in pd.fed_by(box, i):
                    yield from _unpacks(pd, d)
    elif b.name == "unpack":
        yield b


def test_replies_are_unpacked_with_the_protocols_types(pd_file: tuple[str, PdFile]) -> None:
    """Pd sees every number as a float: f takes i and f, s takes s."""
    name, pd = pd_file
    checked = set()
    for address, boxes in routed(pd).items():
        tags = protocol.REPLY_TAGS[address]
        for box in boxes:
            for unpack in _unpacks(pd, box):
                assert "".join(unpack.args) == tags.replace("i", "f"), (address, unpack)
                checked.add(address)
    expected = {
        "nsynth_player": {"/nsynth/sample", "/nsynth/ready"},
        "nsynth_knobs": {"/nsynth/sample", "/nsynth/ready", "/nsynth/knob"},
        "nsynth_live": {"/nsynth/voice"},
    }
    assert checked == expected.get(name, set())


def test_knobs_send_every_component_key() -> None:
    pd = parse(FOLDER / "nsynth_knobs.pd")
    patterns = {b.args[0] for b in pd.boxes if b.name == "makefilename"}
    assert patterns == {
        generate.GAIN_KEY.replace("{}", "%d"),
        generate.OFFSET_KEY.replace("{}", "%d"),
        "%.1f",  # not a key: a knob's strength as its column shows it
    }
    assert ("msg", (str(generate.N_COMPONENTS),)) in {(b.kind, b.atoms) for b in pd.boxes}
    pairs = {b.args for b in pd.boxes if b.name == "list" and b.args[:1] == ("prepend",)}
    assert {("prepend", "source"), ("prepend", "pitch")} <= pairs


def test_live_voices_understand_every_message_the_live_patch_sends_them() -> None:
    live = parse(FOLDER / "nsynth_live.pd")
    (clone,) = [i for i, b in enumerate(live.boxes) if b.name == "clone"]
    senders = [s for s, _, d, _ in live.connects if d == clone]
    selectors = {live.boxes[s].atoms[1] for s in senders if live.boxes[s].kind == "msg"}
    voice_name = live.boxes[clone].args[-2]
    voice = parse(FOLDER / f"{voice_name}.pd")
    (route,) = [b for b in voice.boxes if b.name == "route"]
    assert selectors == set(route.args) == {"noteon", "sample", "release"}
    assert live.boxes[clone].args[-1] == str(generate.N_VOICES)


# Real Pd -------------------------------------------------------------------------------------


class PdRun:
    """`pd -nogui -nosound` on a patch; its console (stderr) read line by line."""

    def __init__(self, patch: Path, sends: list[str]) -> None:
        command = [PD, "-nogui", "-nosound", "-nomidi", "-noprefs", "-stderr"]
        for message in sends:
            command += ["-send", message]
        self.proc = subprocess.Popen(
            [*command, "-open", str(patch)],
            cwd=patch.parent,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._lock:
                self.lines.append(line.rstrip("\n"))

    def text(self) -> str:
        with self._lock:
            return "\n".join(self.lines)

    def wait_for(self, pattern: str, timeout_s: float = 10.0) -> re.Match[str]:
        """The first console line matching `pattern` (re.search), waiting for it."""
        deadline = time.monotonic() + timeout_s
        while True:
            with self._lock:
                for line in self.lines:
                    match = re.search(pattern, line)
                    if match:
                        return match
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(f"Pd printed no line matching {pattern!r}:\n{self.text()}")
            time.sleep(0.02)

    def matches(self, pattern: str) -> list[re.Match[str]]:
        with self._lock:
            return [m for m in (re.search(pattern, line) for line in self.lines) if m]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._reader.join(5)


@contextlib.contextmanager
def pd_running(patch: str, sends: list[str]) -> Iterator[PdRun]:
    run = PdRun(FOLDER / f"{patch}.pd", sends)
    try:
        yield run
    finally:
        run.stop()
    errors = [line for line in run.lines if "error" in line.lower()]
    assert errors == [], run.text()


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.client
@needs_pd
@pytest.mark.parametrize("patch", sorted(CLIENTS))
def test_patch_opens_in_pd_without_an_error(patch: str) -> None:
    """Every object is created and every connection made (Pd prints an error if not),
    in the patch and in the abstractions it loads (the live patch's 8 voices, the knobs
    patch's 16 columns)."""
    done = subprocess.run(
        [
            PD,
            "-nogui",
            "-nosound",
            "-nomidi",
            "-noprefs",
            "-stderr",
            "-send",
            "pd quit",
            "-open",
            str(FOLDER / f"{patch}.pd"),
        ],
        cwd=FOLDER,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0
    assert done.stderr.strip() == ""


# Real Pd against the real server ----------------------------------------------------------


@dataclass
class Served:
    """A running `python -m oscserver` and the bank it serves."""

    server: ServerProcess
    spec: Path
    bank: Path
    fingerprint: str

    @property
    def port(self) -> int:
        return self.server.address[1]

    def path_of(self, key: str) -> str:
        return str(self.bank.resolve() / f"{key}.wav")


def _serve(tmp_path: Path, spec: Path, bank: Path, fp: str) -> Iterator[Served]:
    server = ServerProcess(
        "--bank",
        bank,
        "--spec",
        spec,
        "--no-worker",
        "--poll-s",
        "0.2",
        log=tmp_path / "server.log",
    )
    try:
        yield Served(server, spec, bank, fp)
    finally:
        server.stop()


@pytest.fixture
def pad_server(tmp_path: Path) -> Iterator[Served]:
    """The server tests' grid: four corners on a 3 x 3 pad, pitches 60 and 67, gain 1
    and 1.5; the bank holds every point but the pad's centre."""
    fake_checkpoint(tmp_path / "ckpt")
    spec = write_spec(tmp_path / "spec", checkpoint=tmp_path / "ckpt" / "model.ckpt-0")
    fp = checkpoint_fingerprint(tmp_path / "ckpt" / "model.ckpt-0")
    fill_bank(tmp_path / "bank", spec, fp, keep=not_center)
    yield from _serve(tmp_path, spec, tmp_path / "bank", fp)


def add_render(spec_path: Path, bank_dir: Path, fp: str, point: grid.Point) -> None:
    """Stores a synthetic render of `point` in a bank (as the worker would)."""
    spec = grid.load_spec(spec_path, config=TINY)
    embeddings = {ref: grid.load_embedding(n.path) for ref, n in spec.notes().items()}
    n_samples = TINY.frames_to_samples(N_FRAMES)
    hz = 440.0 * 2 ** ((point.pitch - 69) / 12)
    audio = 0.3 * np.sin(2 * np.pi * hz * np.arange(n_samples) / TINY.sample_rate_hz)
    with Bank.open(bank_dir, config=TINY, create=True) as bank:
        bank.add(
            point.key,
            audio.astype(np.float32),
            recipe=point.recipe,
            sources=point.sources,
            fingerprint=fp,
            pitch=point.pitch,
            embedding=grid.recipe_embedding(point.recipe, embeddings, config=TINY),
        )


def knobs_bank(tmp_path: Path) -> tuple[Path, Path, str]:
    """A grid of two pitched sources with the knobs' axes (--knobs-axes), and a bank of
    its four unedited notes. Returns the spec, the bank and the fingerprint."""
    fake_checkpoint(tmp_path / "ckpt")
    sources = tmp_path / "spec" / "sources"
    sources.mkdir(parents=True)
    for i, name in enumerate(("flute", "organ")):
        for j, note in enumerate(("C4", "G4")):
            np.save(sources / f"{name}_{note}.npy", synthetic_embedding(8, seed=4 * j + i))
    length_s = TINY.samples_to_seconds(TINY.frames_to_samples(N_FRAMES))
    spec = tmp_path / "spec" / "spec.toml"
    spec.write_text(
        '[sources]\nflute = { glob = "sources/flute_*.npy" }\n'
        'organ = { glob = "sources/organ_*.npy" }\n\n'
        + generate.knobs_axes_toml()
        + f"\n[render]\nlength_s = {length_s}\n"
        f'checkpoint = "{tmp_path / "ckpt" / "model.ckpt-0"}"\n'
    )
    fp = checkpoint_fingerprint(tmp_path / "ckpt" / "model.ckpt-0")
    for point in grid.expand(grid.load_spec(spec, config=TINY), fingerprint=fp):
        add_render(spec, tmp_path / "bank", fp, point)
    return spec, tmp_path / "bank", fp


@pytest.fixture
def knobs_server(tmp_path: Path) -> Iterator[Served]:
    """`knobs_bank` served."""
    yield from _serve(tmp_path, *knobs_bank(tmp_path))


#: The knob map of `labelled_knobs_server`: the short labels of components 0 .. 11 (the
#: last four have no entry), with strengths 2.5 * component (`knobs_json`).
LABELS = ["none", "pitch+", "loud-", "bright+", "pitch-", "loud+", "bright-", "noisy+",
          "octave+", "voiced-", "spread+", "onset-"]  # fmt: skip


@pytest.fixture
def labelled_knobs_server(tmp_path: Path) -> Iterator[Served]:
    """`knobs_bank` with a knobs.json (LABELS) in the bank, served."""
    spec, bank, fp = knobs_bank(tmp_path)
    knobs_json(bank / "knobs.json", fp, LABELS)
    yield from _serve(tmp_path, spec, bank, fp)


SAMPLE = r"nsynth-{}: sample (\d+) (\S+) (exact|nearest|blend) (\S+) (\S+)$"


@pytest.mark.client
@pytest.mark.sockets
@needs_pd
def test_player_requests_a_sound_and_loads_and_plays_it(pad_server: Served) -> None:
    """hello -> welcome, sources and axes (which fill the sliders) -> request -> exact
    /nsynth/sample -> [soundfiler] loads the file -> it sounds (DSP on, [env~] level)."""
    expected = point_at(pad_server.spec, pad_server.fingerprint, x=1.0, y=0.0, pitch=67, gain=1.5)
    path = pad_server.path_of(expected.key)
    with pd_running(
        "nsynth_player",
        [
            "pd dsp 1",
            f"nsynth-player-connect 127.0.0.1 {pad_server.port} {free_udp_port()}",
            "nsynth-player-recipe x 1 y 0 gain 1.5",
            "nsynth-player-pitch 67",
            "nsynth-player-request bang",
        ],
    ) as pd:
        request = pd.wait_for(r"nsynth-player: request 1 (.*)$")
        assert request[1] == "pitch 67 x 1 y 0 gain 1.5"
        sample = pd.wait_for(SAMPLE.format("player"))
        assert sample.groups() == ("1", path, "exact", "0", "1")
        loaded = pd.wait_for(rf"nsynth-player: loaded (\d+) {re.escape(path)}$")
        assert int(loaded[1]) == sf.info(path).frames == TINY.frames_to_samples(N_FRAMES)
        level = pd.wait_for(r"nsynth-player: level (\S+)$")
        assert float(level[1]) > 60.0  # dB, Pd's scale: 100 = full scale, 0 = silence
        assert pd.wait_for(r"nsynth-player: welcome (\S+) (\d+)$").groups() == (
            protocol.PROTOCOL_VERSION,
            "32",
        )
        pd.wait_for(r"nsynth-player: axes/end$")
        slots = [m.groups() for m in pd.matches(r"nsynth-player: slot (\d) (\w+) (\S+) (\S+)")]
        assert slots == [("1", "x", "0", "1"), ("2", "y", "0", "1"), ("3", "gain", "1", "1.5")]


@pytest.mark.client
@pytest.mark.sockets
@needs_pd
def test_player_loads_the_exact_sound_when_it_is_ready(pad_server: Served) -> None:
    """The pad's centre is not in the bank: a blend (or the nearest) plays at once; when
    the exact render lands in the bank, /nsynth/ready makes the player load it."""
    centre = point_at(pad_server.spec, pad_server.fingerprint, x=0.5, y=0.5)
    path = pad_server.path_of(centre.key)
    with pd_running(
        "nsynth_player",
        [
            f"nsynth-player-connect 127.0.0.1 {pad_server.port} {free_udp_port()}",
            "nsynth-player-recipe x 0.5 y 0.5 gain 1",
            "nsynth-player-request bang",
        ],
    ) as pd:
        sample = pd.wait_for(SAMPLE.format("player"))
        assert sample[3] in ("nearest", "blend") and sample[2] != path
        pd.wait_for(rf"nsynth-player: loaded \d+ {re.escape(sample[2])}$")
        fill_bank(
            pad_server.bank,
            pad_server.spec,
            pad_server.fingerprint,
            keep=lambda p: p.key == centre.key,
        )
        assert pd.wait_for(r"nsynth-player: ready (\d+) (\S+)$").groups() == ("1", path)
        # Asked again (the same request, id and all), it comes with its rate.
        again = pd.wait_for(rf"nsynth-player: sample 1 {re.escape(path)} (\w+) (\S+) (\S+)$")
        assert again.groups() == ("exact", "0", "1")
        pd.wait_for(rf"nsynth-player: loaded {sf.info(path).frames} {re.escape(path)}$")


@pytest.mark.client
@pytest.mark.sockets
@needs_pd
def test_live_notes_play_in_their_voices_and_the_pedal_holds_them(pad_server: Served) -> None:
    """x = 1, y = 0 is the organ corner. 67 sounds in a voice; 64, released before its
    answer, never sounds; with the pedal down 60 is released at once yet still sounds in
    another voice (its voice keeps waiting for its answer)."""
    note = {
        p: point_at(pad_server.spec, pad_server.fingerprint, x=1.0, y=0.0, pitch=p)
        for p in (60, 67)
    }
    with pd_running(
        "nsynth_live",
        [
            "pd dsp 1",
            f"nsynth-live-connect 127.0.0.1 {pad_server.port} {free_udp_port()}",
            "nsynth-live-x 1",
            "nsynth-live-note 67 100",
            "nsynth-live-note 64 90",
            "nsynth-live-note 64 0",
            "nsynth-live-pedal 1",
            "nsynth-live-note 60 80",
            "nsynth-live-note 60 0",
        ],
    ) as pd:
        voices = set()
        for pitch, velocity in ((67, 100), (60, 80)):
            path = pad_server.path_of(note[pitch].key)
            answer = pd.wait_for(rf"nsynth-live: voice {pitch} {velocity} (\S+) (\w+) \S+ (\S+)$")
            assert answer.groups() == (path, "exact", "1")
            loaded = pd.wait_for(rf"nsynth-voice-(\d): loaded \d+ {re.escape(path)}$")
            voices.add(loaded[1])
        assert len(voices) == 2
        answer = pd.wait_for(r"nsynth-live: voice 64 90 (\S+) (\w+) \S+ (\S+)$")
        assert answer[2] in ("nearest", "blend") and float(answer[3]) != 1.0
        time.sleep(0.3)
        assert len(pd.matches(r"nsynth-voice-\d: loaded")) == 2


@pytest.mark.client
@pytest.mark.sockets
@needs_pd
def test_knobs_send_the_components_and_load_the_exact_sound_when_ready(
    knobs_server: Served,
) -> None:
    """gain3 = 1.5 and a flipped component 5 are not in the bank: the answer is a stand-in
    (shown as nearest or blend); the exact render's /nsynth/ready loads it."""
    with pd_running(
        "nsynth_knobs",
        [
            f"nsynth-knobs-connect 127.0.0.1 {knobs_server.port} {free_udp_port()}",
            "nsynth-knobs-source symbol organ",
            "nsynth-knobs-pitch 67",
            "nsynth-knobs-gain3 1.5",
            "nsynth-knobs-sign5 1",
            "nsynth-knobs-offset7 0.25",
            "nsynth-knobs-zero7 1",
            "nsynth-knobs-request bang",
        ],
    ) as pd:
        request = pd.wait_for(r"nsynth-knobs: request 1 (.*)$")[1].split()
        pairs = dict(zip(request[::2], request[1::2], strict=True))
        assert list(pairs) == [*generate.knobs_keys(), "source", "pitch"]
        assert pairs["source"] == "organ" and pairs["pitch"] == "67"
        values = {k: float(v) for k, v in pairs.items() if k not in ("source", "pitch")}
        edited = {"gain3": 1.5, "gain5": -1.0, "gain7": 0.0}
        for key, value in values.items():
            neutral = 1.0 if key.startswith("gain") else 0.0
            assert value == edited.get(key, neutral), key
        sample = pd.wait_for(SAMPLE.format("knobs"))
        assert sample[3] in ("nearest", "blend")
        exact = grid.point_at(
            grid.load_spec(knobs_server.spec, config=TINY),
            {**{k: v for k, v in values.items()}, "source": "organ", "pitch": 67},
            fingerprint=knobs_server.fingerprint,
        )
        add_render(knobs_server.spec, knobs_server.bank, knobs_server.fingerprint, exact)
        path = knobs_server.path_of(exact.key)
        assert pd.wait_for(r"nsynth-knobs: ready (\d+) (\S+)$").groups() == ("1", path)
        again = pd.wait_for(rf"nsynth-knobs: sample 1 {re.escape(path)} (\w+) (\S+) (\S+)$")
        assert again.groups() == ("exact", "0", "1")
        pd.wait_for(rf"nsynth-knobs: loaded \d+ {re.escape(path)}$")


@pytest.mark.client
@pytest.mark.sockets
@needs_pd
def test_live_voice_sounds_at_its_velocitys_gain(pad_server: Served) -> None:
    """A voice plays its sound at (velocity / 127)^2 through the output's 0.5: the
    organ corner's sine (amplitude 0.3) at velocity 100, in Pd's dB (100 = full scale)."""
    with pd_running(
        "nsynth_live",
        [
            "pd dsp 1",
            f"nsynth-live-connect 127.0.0.1 {pad_server.port} {free_udp_port()}",
            "nsynth-live-x 1",
            "nsynth-live-note 67 100",
        ],
    ) as pd:
        pd.wait_for(r"nsynth-voice-\d: loaded ")
        level = float(pd.wait_for(r"nsynth-live: level (\S+)$")[1])
    rms = 0.3 / np.sqrt(2) * (100 / 127) ** 2 * 0.5
    assert level == pytest.approx(100 + 20 * np.log10(rms), abs=1.5)


def column_labels(pd: PdRun) -> dict[int, list[str]]:
    """What each column of the knobs patch showed, in order (its `label <c> ...` lines)."""
    shown: dict[int, list[str]] = {}
    for match in pd.matches(r"nsynth-knobs: label (\d+) (.*)$"):
        shown.setdefault(int(match[1]), []).append(match[2])
    return shown


@pytest.mark.client
@pytest.mark.sockets
@needs_pd
def test_knobs_label_each_column_from_the_banks_knob_map(labelled_knobs_server: Served) -> None:
    """On connect every column shows c<c>, then what the bank's knobs.json says: the
    component's label and its strength with one decimal (none for 0); the four columns
    the map leaves out keep c<c>."""
    with pd_running(
        "nsynth_knobs",
        [f"nsynth-knobs-connect 127.0.0.1 {labelled_knobs_server.port} {free_udp_port()}"],
    ) as pd:
        pd.wait_for(r"nsynth-knobs: knobmap/end$")
        shown = column_labels(pd)
    assert shown[0] == ["c0", "none"]
    assert shown[1] == ["c1", "pitch+ 2.5"]
    assert shown[4] == ["c4", "pitch- 10.0"]
    expected = {c: [f"c{c}"] for c in range(generate.N_COMPONENTS)}
    for c, short in enumerate(LABELS):
        expected[c].append(f"{short} {2.5 * c:.1f}" if c else short)  # strength 0: none
    assert shown == expected


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[Served]:
    """The README's default bank: samples/demo/demo.toml and the demo model (copied, so
    the spec's relative paths hold), with its first point rendered by `nsynth-precompute
    render --limit 1` (the organ at C4 with every knob neutral, where the knobs patch
    starts) and a knobs.json beside the spec; the server runs its worker."""
    samples = tmp_path / "samples"
    demo = samples / "demo"
    demo.mkdir(parents=True)
    shutil.copy(REPO / "samples" / "demo" / "demo.toml", demo)
    shutil.copytree(REPO / "samples" / "demo" / "notes", demo / "notes")
    model = shutil.copytree(REPO / "samples" / "models" / "demo", samples / "models" / "demo")
    spec, bank = demo / "demo.toml", tmp_path / "bank"
    command = ["-m", "precompute", "render", spec, "--bank", bank, "--limit", "1", "--no-progress"]
    done = subprocess.run(
        [sys.executable, *map(str, command)],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    fp = checkpoint_fingerprint(model)
    knobs_json(demo / "knobs.json", fp, ["loud-"] * generate.N_COMPONENTS)
    # The render and the worker's start are not overlapped: on a busy machine the worker
    # (niced) loads the model slower than the two one after the other. --no-worker-idle:
    # a worker that only takes spare CPU time may wait for minutes there before it renders.
    server = ServerProcess(
        "--bank", bank, "--spec", spec, "--poll-s", "0.2", "--no-worker-idle",
        log=tmp_path / "server.log",
    )  # fmt: skip
    try:
        yield Served(server, spec, bank, fp)
    finally:
        server.stop()


@pytest.mark.client
@pytest.mark.sockets
@pytest.mark.slow
@needs_pd
def test_knobs_play_a_knob_change_on_the_default_bank(demo_server: Served) -> None:
    """gain3 = 0.5 is not rendered: the patch plays a stand-in at once; the worker renders
    the exact sound with the demo model, and /nsynth/ready makes the patch load it."""
    spec = grid.load_spec(demo_server.spec, config=DEMO)
    first = grid.expand(spec, fingerprint=demo_server.fingerprint)[0]
    neutral = {axis.name: axis.values[0] for axis in spec.axes}
    exact = grid.point_at(spec, {**neutral, "gain3": 0.5}, fingerprint=demo_server.fingerprint)
    with pd_running(
        "nsynth_knobs",
        [
            "pd dsp 1",
            f"nsynth-knobs-connect 127.0.0.1 {demo_server.port} {free_udp_port()}",
            "nsynth-knobs-gain3 0.5",
            "nsynth-knobs-request bang",
        ],
    ) as pd:
        request = pd.wait_for(r"nsynth-knobs: request 1 (.*)$")[1].split()
        pairs = dict(zip(request[::2], request[1::2], strict=True))
        assert pairs["gain3"] == "0.5" and pairs["pitch"] == "60" and "source" not in pairs
        sample = pd.wait_for(SAMPLE.format("knobs"))
        assert sample.groups()[1:3] == (demo_server.path_of(first.key), "nearest")
        pd.wait_for(rf"nsynth-knobs: loaded \d+ {re.escape(sample[2])}$")
        assert float(pd.wait_for(r"nsynth-knobs: level (\S+)$")[1]) > 40.0  # dB; silence: 0
        assert column_labels(pd)[3] == ["c3", "loud- 7.5"]

        path = demo_server.path_of(exact.key)
        ready = pd.wait_for(r"nsynth-knobs: ready (\d+) (\S+)$", timeout_s=300.0)
        assert ready.groups() == ("1", path)
        again = pd.wait_for(rf"nsynth-knobs: sample 1 {re.escape(path)} (\w+) (\S+) (\S+)$")
        assert again.groups() == ("exact", "0", "1")
        pd.wait_for(rf"nsynth-knobs: loaded {sf.info(path).frames} {re.escape(path)}$")
