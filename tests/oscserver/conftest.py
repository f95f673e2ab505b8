"""Fixtures for the OSC server tests: a small NSynth-Super grid, synthetic banks, servers
(in this process or as `python -m oscserver` subprocesses) and a raw-bytes OSC client.

The grid: four pitched corner sources (notes C4 = 60 and G4 = 67) on a 3 x 3 x/y pad and
a gain axis of two values: 3 * 3 * 2 * 2 = 36 points of N_FRAMES frames. `fill_bank`
stores synthetic audio for chosen points with `Bank.add` (no model: fast); the worker
tests render with the TINY model.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from oscserver.config import ServerConfig
from oscserver.server import Server
from precompute import grid
from precompute.bank import Bank
from precompute.grid import GridSpec, Point
from precompute.model.config import TINY

#: The repository root (subprocesses run from it).
REPO = Path(__file__).resolve().parents[2]

#: Environment of subprocesses: the repository importable first (then whatever PYTHONPATH
#: held: packages installed to a folder, as on a machine without the project's venv), no
#: bytecode written anywhere.
ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]),
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "PYTHONDONTWRITEBYTECODE": "1",
}

#: Corner sources (c00, c10, c01, c11) and their notes.
CORNERS = ("flute", "organ", "brass", "strings")
NOTES = {"C4": 60, "G4": 67}

#: Embedding frames per render: 1024 samples, which the TINY model decodes in ~0.2 s.
N_FRAMES = 2

#: Frames of the synthetic source embeddings.
SOURCE_FRAMES = 8

#: How long a test waits for a reply (s).
TIMEOUT_S = 5.0


def synthetic_embedding(n_frames: int, *, seed: int) -> np.ndarray:
    """A smooth decaying embedding from a closed form. Shape [n_frames, 16], float32."""
    t = np.arange(n_frames, dtype=np.float64)[:, None]
    c = np.arange(16, dtype=np.float64)[None, :]
    freq = 0.02 + 0.01 * ((7 * c + 3 * seed) % 11)
    amp = 1.0 + 0.5 * np.cos(1.3 * c + seed)
    return (amp * np.sin(2 * np.pi * freq * t + 0.7 * (c + 1) * (seed + 1))).astype(np.float32)


def spec_text(*, checkpoint: Path | None = None, steps: int = 3, n_frames: int = N_FRAMES) -> str:
    """TOML of the test grid (bilinear corners, pitches 60 and 67, gain 1.0 and 1.5)."""
    length_s = TINY.samples_to_seconds(TINY.frames_to_samples(n_frames))
    lines = ["[sources]"]
    lines += [f'{name} = {{ glob = "sources/{name}_*.npy" }}' for name in CORNERS]
    lines += [
        "",
        "[base]",
        'mode = "bilinear"',
        f"corners = {list(CORNERS)}".replace("'", '"'),
        f"x = {{ from = 0.0, to = 1.0, steps = {steps} }}",
        f"y = {{ from = 0.0, to = 1.0, steps = {steps} }}",
        "",
        "[[axes]]",
        'name = "gain"',
        'operation = "scale"',
        "values = [1.0, 1.5]",
        "",
        "[render]",
        f"length_s = {length_s}",
        "batch_size = 4",
        "seed = 5",
        "peak_db = -1.0",
        "fade_ms = 2.0",
    ]
    if checkpoint is not None:
        lines.append(f'checkpoint = "{checkpoint}"')
    return "\n".join(lines) + "\n"


def write_spec(folder: Path, **kwargs: Any) -> Path:
    """Writes the sources and `spec.toml` into `folder`; returns the spec's path."""
    sources = folder / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(CORNERS):
        for j, note in enumerate(NOTES):
            np.save(
                sources / f"{name}_{note}.npy", synthetic_embedding(SOURCE_FRAMES, seed=4 * j + i)
            )
    path = folder / "spec.toml"
    path.write_text(spec_text(**kwargs), encoding="utf-8")
    return path


def knobs_json(path: Path, fingerprint: str, shorts: list[str]) -> Path:
    """A knob map as `nsynth-precompute analyze` writes it (the fields the server reads)."""
    knobs = [
        {"component": c, "label": f"{short} (long)", "short": short, "strength": 2.5 * c}
        for c, short in enumerate(shorts)
    ]
    data = {"format": "nsynth-knobs", "version": 1, "model": {"fingerprint": fingerprint},
            "knobs": knobs}  # fmt: skip
    path.write_text(json.dumps(data))
    return path


def fake_checkpoint(folder: Path) -> Path:
    """A checkpoint `.index` file only: enough for `fingerprint`, not for loading."""
    folder.mkdir(parents=True, exist_ok=True)
    prefix = folder / "model.ckpt-0"
    prefix.with_name("model.ckpt-0.index").write_bytes(b"not a real checkpoint, a fingerprint")
    return prefix


def load(spec_path: Path) -> GridSpec:
    return grid.load_spec(spec_path, config=TINY)


def synthetic_audio(point: Point, *, n_samples: int) -> np.ndarray:
    """A sine at the point's pitch, its level set by x, y and gain (distinct per point)."""
    coords = dict(point.coords)
    hz = 440.0 * 2 ** ((point.pitch - 69) / 12)
    level = 0.1 + 0.2 * coords["x"] + 0.1 * coords["y"] + 0.2 * (coords["gain"] - 1.0)
    t = np.arange(n_samples) / TINY.sample_rate_hz
    return (level * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def store(
    bank_dir: Path, spec_path: Path, fingerprint: str, points: Iterable[Point]
) -> list[Point]:
    """Stores a synthetic render of each point (creating the bank); returns them."""
    spec = load(spec_path)
    embeddings = {ref: grid.load_embedding(note.path) for ref, note in spec.notes().items()}
    n_samples = TINY.frames_to_samples(spec.render.n_frames)
    stored = []
    with Bank.open(bank_dir, config=TINY, create=True) as bank:
        for point in points:
            bank.add(
                point.key,
                synthetic_audio(point, n_samples=n_samples),
                recipe=point.recipe,
                sources=point.sources,
                embedding=grid.recipe_embedding(point.recipe, embeddings, config=TINY),
                fingerprint=fingerprint,
                pitch=point.pitch,
            )
            stored.append(point)
    return stored


def fill_bank(
    bank_dir: Path,
    spec_path: Path,
    fingerprint: str,
    *,
    keep: Callable[[Point], bool] = lambda p: True,
) -> list[Point]:
    """Stores synthetic renders of the grid's points that `keep` accepts; returns them."""
    points = grid.expand(load(spec_path), fingerprint=fingerprint)
    return store(bank_dir, spec_path, fingerprint, filter(keep, points))


def add_render(bank_dir: Path, spec_path: Path, fingerprint: str, **coords: Any) -> Point:
    """Stores a synthetic render of the point at `coords` (on the grid or not)."""
    (point,) = store(bank_dir, spec_path, fingerprint, [point_at(spec_path, fingerprint, **coords)])
    return point


def not_center(point: Point) -> bool:
    """Every grid point except the pad's centre (x = y = 0.5): blends have room there."""
    coords = dict(point.coords)
    return not (coords["x"] == 0.5 and coords["y"] == 0.5)


def point_at(spec_path: Path, fingerprint: str, **coords: Any) -> Point:
    defaults = {"x": 0.0, "y": 0.0, "pitch": 60, "gain": 1.0}
    return grid.point_at(load(spec_path), {**defaults, **coords}, fingerprint=fingerprint)


# Raw OSC ------------------------------------------------------------------------------------


def osc_string(text: str | bytes) -> bytes:
    raw = (text.encode() if isinstance(text, str) else text) + b"\0"
    return raw + b"\0" * (-len(raw) % 4)


def osc_message(address: str, *args: Any, tags: str | None = None) -> bytes:
    """An OSC message with explicit tags (default: i for int, f for float, s for str).

    Tags T F N I take no argument; c is an int32 character, b a blob (bytes).
    """
    if tags is None:
        tags = "".join(
            "i" if isinstance(a, int) else "f" if isinstance(a, float) else "s" for a in args
        )
    out = [osc_string(address), osc_string("," + tags)]
    values = iter(args)
    for tag in tags:
        if tag in "TFNI":
            continue
        value = next(values)
        if tag in "ic":
            out.append(struct.pack(">i", value if tag == "i" else ord(value)))
        elif tag == "h":
            out.append(struct.pack(">q", value))
        elif tag == "f":
            out.append(struct.pack(">f", value))
        elif tag == "d":
            out.append(struct.pack(">d", value))
        elif tag in "sS":
            out.append(osc_string(value))
        elif tag == "b":
            out.append(struct.pack(">i", len(value)) + value + b"\0" * (-len(value) % 4))
        else:
            raise ValueError(f"test encoder has no tag {tag!r}")
    return b"".join(out)


def osc_bundle(*elements: bytes, timetag: int = 1) -> bytes:
    """A bundle of encoded elements (timetag 1 = immediately; larger: NTP time)."""
    body = b"".join(struct.pack(">i", len(e)) + e for e in elements)
    return b"#bundle\0" + struct.pack(">Q", timetag) + body


def future_timetag(seconds: float) -> int:
    """NTP time tag `seconds` from now."""
    ntp = time.time() + 2208988800 + seconds
    return (int(ntp) << 32) | int((ntp % 1) * (1 << 32))


class OscClient:
    """A UDP client on 127.0.0.1 that sends raw datagrams and decodes replies.

    Replies are decoded with python-osc's parser (independent of the server's code) and
    their tags checked to be only i, f and s.
    """

    def __init__(self, server: tuple[str, int], *, hello: bool = True, port: int = 0) -> None:
        self.server = server
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", port))
        self.port = self.sock.getsockname()[1]
        self.backlog: list[tuple[str, tuple[Any, ...]]] = []
        if hello:
            self.send("/nsynth/hello", self.port)
            self.expect("/nsynth/welcome")

    def close(self) -> None:
        self.sock.close()

    def send(self, address: str, *args: Any, tags: str | None = None) -> None:
        self.send_raw(osc_message(address, *args, tags=tags))

    def send_raw(self, data: bytes) -> None:
        self.sock.sendto(data, self.server)

    def recv(self, timeout_s: float = TIMEOUT_S) -> tuple[str, tuple[Any, ...]]:
        if self.backlog:
            return self.backlog.pop(0)
        return self._receive(timeout_s)

    def _receive(self, timeout_s: float) -> tuple[str, tuple[Any, ...]]:
        from pythonosc.osc_message import OscMessage

        self.sock.settimeout(timeout_s)
        data, _ = self.sock.recvfrom(65536)
        message = OscMessage(data)
        tags = data[len(osc_string(message.address)) :].split(b"\0", 1)[0].decode()
        assert set(tags[1:]) <= set("ifs"), f"reply tags {tags!r} outside i f s"
        return message.address, tuple(message.params)

    def expect(self, address: str, timeout_s: float = TIMEOUT_S) -> tuple[Any, ...]:
        """Arguments of the next reply to `address` (others are kept for later)."""
        for i, (seen, args) in enumerate(self.backlog):
            if seen == address:
                del self.backlog[i]
                return args
        deadline = time.monotonic() + timeout_s
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {address} within {timeout_s} s; got {self.backlog}")
            try:
                seen, args = self._receive(left)
            except TimeoutError:
                raise TimeoutError(
                    f"no {address} within {timeout_s} s; got {self.backlog}"
                ) from None
            if seen == address:
                return args
            self.backlog.append((seen, args))

    def error(self, timeout_s: float = TIMEOUT_S) -> tuple[int, str, str]:
        return self.expect("/nsynth/error", timeout_s)  # type: ignore[return-value]

    def silent(self, wait_s: float = 0.3) -> bool:
        """True when nothing arrives within wait_s."""
        try:
            self.backlog.append(self._receive(wait_s))
        except TimeoutError:
            return True
        return False


# Servers ----------------------------------------------------------------------------------


class Running:
    """A Server running in this process (receive loop in a thread)."""

    def __init__(self, config: ServerConfig) -> None:
        self.server = Server(config)
        self.server.start()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.address = self.server.address
        self.clients: list[OscClient] = []

    def client(self, **kwargs: Any) -> OscClient:
        c = OscClient(self.address, **kwargs)
        self.clients.append(c)
        return c

    def close(self) -> None:
        for c in self.clients:
            c.close()
        self.server.close()
        self.thread.join(5.0)
        assert not self.thread.is_alive()


@pytest.fixture(scope="session")
def grid_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test grid made once: `spec/` (spec.toml and sources), `ckpt/` (a fake checkpoint:
    an index file, enough for a fingerprint) and `bank/` (every point but the pad's centre)."""
    from precompute.model.checkpoint import fingerprint

    root = tmp_path_factory.mktemp("grid")
    checkpoint = fake_checkpoint(root / "ckpt")
    spec = write_spec(root / "spec", checkpoint=checkpoint)
    fill_bank(root / "bank", spec, fingerprint(checkpoint), keep=not_center)
    return root


@pytest.fixture
def grid_dir(tmp_path: Path, grid_template: Path) -> Path:
    """A copy of the grid's spec and checkpoint: `spec/spec.toml`, `ckpt/model.ckpt-0`."""
    for name in ("spec", "ckpt"):
        shutil.copytree(grid_template / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def fingerprint(grid_dir: Path) -> str:
    from precompute.model.checkpoint import fingerprint as checkpoint_fingerprint

    return checkpoint_fingerprint(grid_dir / "ckpt" / "model.ckpt-0")


@pytest.fixture
def bank_dir(grid_dir: Path, grid_template: Path) -> Path:
    """A copy of the bank holding every grid point but the pad's centre (32 of 36).

    Keys do not depend on where the spec lies (only on its sources' contents), so the
    copy belongs to grid_dir's spec as much as to the template's.
    """
    return Path(shutil.copytree(grid_template / "bank", grid_dir / "bank"))


@pytest.fixture
def serve(grid_dir: Path) -> Iterator[Callable[..., Running]]:
    """Starts in-process servers on the test grid (port 0, no worker); closes them after."""
    running: list[Running] = []

    def start(bank: Path, **overrides: Any) -> Running:
        settings = {
            "bank": bank,
            "spec": grid_dir / "spec" / "spec.toml",
            "port": 0,
            "worker": False,
            "poll_s": 0.5,
            **overrides,
        }
        server = Running(ServerConfig(**settings))
        running.append(server)
        return server

    yield start
    for server in running:
        server.close()


class ServerProcess:
    """`python -m oscserver ...` in a subprocess; knows its port from its log."""

    def __init__(
        self, *args: Any, log: Path, cwd: Path = REPO, env: dict[str, str] | None = None
    ) -> None:
        self.log_path = log
        self.log = open(log, "a+", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "oscserver", "--port", "0", *map(str, args)],
            cwd=cwd,
            env=env or ENV,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        self.address = ("127.0.0.1", self._port())

    def _port(self, timeout_s: float = 30.0) -> int:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            match = re.search(r" on 127\.0\.0\.1:(\d+);", self.log_path.read_text())
            if match:
                return int(match[1])
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()}")
            time.sleep(0.02)
        raise TimeoutError(f"server did not start: {self.log_path.read_text()}")

    def text(self) -> str:
        return self.log_path.read_text()

    def wait_log(self, pattern: str, timeout_s: float = 60.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            match = re.search(pattern, self.text())
            if match:
                return match
            time.sleep(0.05)
        raise TimeoutError(f"{pattern!r} not logged within {timeout_s} s:\n{self.text()}")

    def stop(self, sig: int = signal.SIGTERM, timeout_s: float = 20.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout_s)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.log.close()


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[Callable[..., ServerProcess]]:
    """Starts `python -m oscserver` subprocesses (stopped with SIGTERM after the test)."""
    started: list[ServerProcess] = []

    def start(*args: Any, **kwargs: Any) -> ServerProcess:
        process = ServerProcess(*args, log=tmp_path / f"server{len(started)}.log", **kwargs)
        started.append(process)
        return process

    yield start
    for process in started:
        with contextlib.suppress(Exception):
            process.stop()


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real TINY checkpoint with random weights (writing it imports TensorFlow here)."""
    from precompute.model.checkpoint import random_weights, write_checkpoint

    prefix = tmp_path_factory.mktemp("tiny_checkpoint") / "model.ckpt-0"
    return write_checkpoint(prefix, random_weights(TINY, seed=0), TINY)
