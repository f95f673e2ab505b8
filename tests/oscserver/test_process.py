"""`python -m oscserver` as a real process: start-up without TensorFlow, background
synthesis in the worker, a killed worker, a restarted server, signals, and writes that
stay inside the bank."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from precompute.bank import Bank

from .conftest import (
    ENV,
    REPO,
    OscClient,
    fill_bank,
    not_center,
    point_at,
    synthetic_embedding,
    write_spec,
)

pytestmark = pytest.mark.sockets

#: Waiting for the worker: it imports TensorFlow and loads the model first (s).
WORKER_TIMEOUT_S = 90.0

CENTER = ("x", 0.5, "y", 0.5)

PROBE = """
import json, socket, sys, threading, time
started = time.perf_counter()
from oscserver.config import ServerConfig
from oscserver.server import Server
from pathlib import Path
imported = time.perf_counter()
server = Server(ServerConfig(bank=Path(sys.argv[1]), spec=Path(sys.argv[2]), port=0, worker=False))
server.start()
threading.Thread(target=server.serve_forever, daemon=True).start()
ready = time.perf_counter()
from tests.oscserver.conftest import OscClient
client = OscClient(server.address)
client.send("/nsynth/request", 1, "x", 1.0)
answer = client.expect("/nsynth/sample")
print(json.dumps({"import_s": imported - started, "start_s": ready - imported,
                  "match": answer[2], "tensorflow": "tensorflow" in sys.modules}))
server.close()
"""


def test_server_starts_fast_and_serves_without_tensorflow(bank_dir: Path, grid_dir: Path):
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(bank_dir), str(grid_dir / "spec" / "spec.toml")],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["match"] == "exact"
    assert result["tensorflow"] is False
    assert result["start_s"] < 1.0  # opening the bank, the spec, the socket
    assert result["import_s"] + result["start_s"] < 3.0


def test_a_bank_that_names_its_spec_is_served_without_spec(
    bank_dir: Path, grid_dir: Path, server_process, tmp_path: Path
):
    spec = grid_dir / "spec" / "spec.toml"
    with Bank.open(bank_dir) as bank:
        assert bank.spec_path is None
        bank.record_spec(spec)
        assert bank.spec_path == spec.resolve()
    elsewhere = tmp_path / "elsewhere"  # the recorded path is absolute
    elsewhere.mkdir()
    server = server_process("--bank", bank_dir, "--no-worker", cwd=elsewhere)
    client = OscClient(server.address)
    client.send("/nsynth/request", 1, "x", 1.0)
    assert client.expect("/nsynth/sample")[2] == "exact"
    assert f"spec {spec.resolve()}" in server.text()
    assert server.stop() == 0


def worker_settled(client: OscClient, address: str, timeout_s: float = 10.0) -> tuple:
    """The reply to `address` (/nsynth/status or /nsynth/worker) once the worker is no
    longer "rendering": the bank's watcher may announce a render (/nsynth/ready) before
    the worker's "done" event reaches the jobs thread."""
    deadline = time.monotonic() + timeout_s
    while True:
        client.send(address)
        reply = client.expect(address)
        state = reply[-1] if address == "/nsynth/status" else reply[1]
        if state != "rendering" or time.monotonic() > deadline:
            return reply
        time.sleep(0.01)


def maps(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.fixture
def worker_grid(tmp_path: Path, tiny_checkpoint: Path) -> tuple[Path, Path, str]:
    """(bank without the pad's centre, spec, fingerprint) for the real TINY checkpoint."""
    from precompute.model.checkpoint import fingerprint

    spec = write_spec(tmp_path / "spec", checkpoint=tiny_checkpoint)
    fp = fingerprint(tiny_checkpoint)
    fill_bank(tmp_path / "bank", spec, fp, keep=not_center)
    return tmp_path / "bank", spec, fp


def listing(folder: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in sorted(folder.rglob("*"))}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tgkill is Linux's")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_delivered_to_any_thread_stops_the_server(
    bank_dir: Path, grid_dir: Path, server_process, sig: signal.Signals
):
    # The kernel hands a process's signal to any of its threads; Python runs the handler
    # in the main thread only, and the main thread waits in recvfrom. tgkill picks the
    # thread: here every one but the main thread, in turn, on a fresh server each.
    import ctypes

    tgkill = ctypes.CDLL(None, use_errno=True).tgkill
    spec = grid_dir / "spec" / "spec.toml"
    threads = None
    index = 0
    while threads is None or index < len(threads):
        server = server_process("--bank", bank_dir, "--spec", spec, "--no-worker")
        client = OscClient(server.address)
        client.send("/nsynth/request", 1, "x", 1.0)
        assert client.expect("/nsynth/sample")[2] == "exact"  # every thread is up
        pid = server.proc.pid
        others = sorted(int(t) for t in os.listdir(f"/proc/{pid}/task") if int(t) != pid)
        threads = threads or others
        assert len(others) == len(threads) >= 4  # jobs, reload, answer, GC (and watchdog's)
        assert tgkill(pid, others[index], sig) == 0, os.strerror(ctypes.get_errno())
        assert server.proc.wait(10) == 0
        assert f"shutting down ({sig.name})" in server.text()
        client.close()
        index += 1


@pytest.mark.parametrize("backend", ["jax", "tf"])
def test_worker_synthesizes_in_the_background_and_writes_only_in_the_bank(
    worker_grid, tiny_checkpoint: Path, server_process, tmp_path: Path, backend: str
):
    bank, spec, fp = worker_grid
    outside = {"cwd": tmp_path / "cwd", "home": tmp_path / "home", "tmp": tmp_path / "tmpdir"}
    for folder in outside.values():
        folder.mkdir()
    before = {f: listing(f) for f in (spec.parent, tiny_checkpoint.parent)}
    env = {**ENV, "HOME": str(outside["home"]), "TMPDIR": str(outside["tmp"])}
    server = server_process(
        "--bank", bank, "--spec", spec, "--backend", backend, cwd=outside["cwd"], env=env
    )
    client = OscClient(server.address)
    client.send("/nsynth/request", 1, "x", 1.0)
    assert client.expect("/nsynth/sample")[2] == "exact"
    client.send("/nsynth/request", 2, "x", 0.4)
    assert client.expect("/nsynth/sample")[2] == "nearest"
    client.send("/nsynth/request", 3, *CENTER)
    assert client.expect("/nsynth/sample")[2] == "blend"
    ready = [client.expect("/nsynth/ready", WORKER_TIMEOUT_S) for _ in range(2)]
    assert [req_id for req_id, _ in ready] == [3, 2]  # newest first
    assert all(Path(path).parent == bank and Path(path).is_file() for _, path in ready)
    client.send("/nsynth/request", 4, *CENTER)
    _, path, match, distance, rate = client.expect("/nsynth/sample")
    assert (match, distance, rate) == ("exact", 0.0, 1.0)
    assert Path(path).stem == point_at(spec, fp, x=0.5, y=0.5).key
    assert worker_settled(client, "/nsynth/status") == (34, 0, 0, 2, "idle")
    client.send("/nsynth/worker")
    worker_pid = client.expect("/nsynth/worker")[0]
    # The worker runs the model on the backend asked for (JAX never loads TensorFlow) ...
    framework = {"jax": "jaxlib", "tf": "tensorflow"}[backend]
    assert framework in maps(worker_pid)
    assert ("tensorflow" in maps(worker_pid)) == (backend == "tf")
    for name in ("tensorflow", "jaxlib"):  # ... the socket process loads neither
        assert name not in maps(server.proc.pid)
    # The worker yields the CPU to the socket loop: niced, every thread (the framework's
    # pools too) under SCHED_IDLE, in the server's session (autogroup) so both count.
    server_nice = os.getpriority(os.PRIO_PROCESS, server.proc.pid)
    assert os.getpriority(os.PRIO_PROCESS, worker_pid) == min(19, server_nice + 10)
    threads = [int(t.name) for t in Path(f"/proc/{worker_pid}/task").iterdir()]
    assert len(threads) > 1
    assert {os.sched_getscheduler(t) for t in threads} == {os.SCHED_IDLE}
    assert os.sched_getscheduler(server.proc.pid) == os.SCHED_OTHER
    assert os.getsid(worker_pid) == os.getsid(server.proc.pid)
    assert os.getpgid(worker_pid) == worker_pid != os.getpgid(server.proc.pid)
    assert server.stop(signal.SIGINT) == 0
    assert not Path(f"/proc/{worker_pid}").exists()
    assert "Traceback" not in server.text()
    # Garbage was collected by the server's own thread, every 0.25 s (collector.py).
    turns = re.search(r"garbage collection \(every 0.25 s\): (\d+) collections", server.text())
    assert turns and int(turns[1]) >= 2, server.text()
    for folder in outside.values():
        assert list(folder.iterdir()) == [], folder
    for folder, files in before.items():
        assert listing(folder) == files


def test_killed_worker_is_restarted_and_its_job_run_again(worker_grid, server_process):
    bank, spec, _ = worker_grid
    server = server_process("--bank", bank, "--spec", spec)
    client = OscClient(server.address)
    client.send("/nsynth/request", 7, *CENTER)
    client.expect("/nsynth/sample")
    deadline = time.monotonic() + WORKER_TIMEOUT_S
    while time.monotonic() < deadline:  # its first render compiles the decoder: >1 s
        client.send("/nsynth/worker")
        pid, state, restarts = client.expect("/nsynth/worker")
        if state == "rendering":
            break
        time.sleep(0.01)
    assert (state, restarts) == ("rendering", 0)
    os.kill(pid, signal.SIGKILL)
    req_id, path = client.expect("/nsynth/ready", WORKER_TIMEOUT_S)
    assert req_id == 7 and Path(path).is_file()
    new_pid, state, restarts = worker_settled(client, "/nsynth/worker")
    assert new_pid != pid and state == "idle" and restarts == 1
    assert f"worker {pid} exited (status -9) while rendering" in server.text()
    assert server.stop() == 0


def test_restarted_server_resumes_the_queue_and_tells_the_waiting_client(
    worker_grid, server_process
):
    bank, spec, _ = worker_grid
    first = server_process("--bank", bank, "--spec", spec, "--no-worker")
    client = OscClient(first.address)
    client.send("/nsynth/request", 9, *CENTER)
    assert client.expect("/nsynth/sample")[2] == "blend"
    client.send("/nsynth/status")
    assert client.expect("/nsynth/status")[1:] == (1, 0, 0, "off")
    assert first.stop(signal.SIGTERM) == 0
    assert "shutting down (SIGTERM)" in first.text()
    second = server_process("--bank", bank, "--spec", spec)
    # The client does not ask again: the queue and its waiters were on disk.
    req_id, path = client.expect("/nsynth/ready", WORKER_TIMEOUT_S)
    assert req_id == 9 and Path(path).is_file()
    assert second.stop() == 0


def test_a_recipe_the_worker_cannot_render_is_reported(worker_grid, server_process):
    bank, spec, _ = worker_grid
    server = server_process("--bank", bank, "--spec", spec)
    # A source file edited while the server runs: the worker reads the spec after this,
    # so the recipes the server builds name contents the file no longer has.
    np.save(spec.parent / "sources" / "flute_C4.npy", synthetic_embedding(8, seed=99))
    client = OscClient(server.address)
    client.send("/nsynth/request", 5, *CENTER)  # pitch 60: the corner c00 plays flute@60
    assert client.expect("/nsynth/sample")[2] == "blend"
    req_id, code, message = client.expect("/nsynth/error", WORKER_TIMEOUT_S)
    assert (req_id, code) == (5, "render_failed")
    assert "flute@60" in message
    client.send("/nsynth/status")
    assert client.expect("/nsynth/status")[1:4] == (0, 0, 0)
    assert server.stop() == 0


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["--bank", "{tmp}", "--spec", "{spec}"], 1, "no sample bank here"),
        (["--bank", "{bank}"], 1, "does not name the spec it was rendered from"),
        (["--bank", "{bank}", "--recorded", "{tmp}/gone.toml"], 1, "gone.toml, which is gone"),
        (["--bank", "{bank}", "--spec", "{tmp}/missing.toml"], 1, "cannot read the spec"),
        (["--bank", "{bank}", "--spec", "{spec}", "--snap", "2"], 2, "snap=2.0 must be in"),
        (["--bank", "{bank}", "--spec", "{spec}", "--host", "192.0.2.1"], 1, "cannot listen"),
    ],
)
def test_a_server_that_cannot_start_says_why_in_one_line(
    bank_dir: Path, grid_dir: Path, tmp_path: Path, args, status, words
):
    values = {"tmp": tmp_path, "bank": bank_dir, "spec": grid_dir / "spec" / "spec.toml"}
    args = [a.format(**values) for a in args]
    if "--recorded" in args:  # not a server option: a spec the bank names, since deleted
        at = args.index("--recorded")
        with Bank.open(bank_dir) as bank:
            bank.record_spec(Path(args[at + 1]))
        del args[at : at + 2]
    done = subprocess.run(
        [sys.executable, "-m", "oscserver", "--port", "0", *args],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == status
    assert words in done.stderr
    if status == 1:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr
