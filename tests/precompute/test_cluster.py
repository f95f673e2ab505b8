"""precompute.cluster on a real Ray cluster of this machine (127.0.0.1, two CPU workers,
the tiny model): a cluster render equals a local one key for key and byte for byte, on a
cluster the driver starts itself, after a worker was SIGKILLed mid-render (its batches
are decoded again elsewhere) and after the driver was killed and run again (it resumes
from the bank); estimate counts the cluster's workers; a machine without Ray gets one
line naming the extra.

Drivers run as `python -m precompute render ... --ray ADDRESS` subprocesses; every
process of a test cluster is ended by pid when its test ends (ray_cluster.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from precompute import grid, render
from precompute.bank import Bank
from precompute.cluster import ClusterConfig, ClusterError, Placement, place_workers
from precompute.model.config import TINY

from . import ray_cluster
from .conftest import REPO, render_spec_text
from .test_cli import ready_count

pytestmark = pytest.mark.cluster

#: The grid of the cluster tests (render_spec_text's default): 2 sources x 6 gains = 12
#: points of 4 frames, in 6 batches of 2.
N_POINTS = 12

#: Longest wait for a state a test polls for (s): generous, for a loaded 2-core machine.
WAIT_S = 240


@pytest.fixture
def cluster() -> Iterator[ray_cluster.Cluster]:
    with ray_cluster.start_cluster(REPO) as running:
        yield running


@pytest.fixture
def spec_path(write_spec: Callable[..., Path], tiny_checkpoint: Path) -> Path:
    return write_spec(render_spec_text(checkpoint=tiny_checkpoint))


@pytest.fixture(scope="module")
def default_model(tiny_checkpoint: Path):
    """The TINY model on the default backend: the one `render --ray` runs on its workers."""
    from precompute.model.backends import load_model

    return load_model(tiny_checkpoint)


def render_locally(spec_path: Path, model, folder: Path) -> Path:
    """The grid rendered in this process, the reference every cluster bank must equal."""
    spec = grid.load_spec(spec_path, config=TINY)
    with Bank.open(folder, config=TINY, create=True) as bank:
        report = render.render(spec, model, bank, render.RenderConfig(progress=False))
        assert len(report.rendered) == N_POINTS
    return folder


@pytest.fixture
def local_bank(spec_path: Path, default_model, tmp_path: Path) -> Path:
    return render_locally(spec_path, default_model, tmp_path / "local")


def render_command(spec_path: Path, bank: Path, *args: object) -> list[str]:
    return [sys.executable, "-m", "precompute", "render", str(spec_path), "--bank", str(bank)] + [
        str(a) for a in args
    ]


def assert_same_bank(bank_path: Path, reference: Path) -> None:
    """Same keys, rows and audio bytes as the reference; verified; no leftovers."""
    with Bank.open(bank_path) as bank, Bank.open(reference) as ref:
        assert bank.keys() == ref.keys() and len(ref) == N_POINTS
        assert bank.counts() == {"ready": N_POINTS, "failed": 0}
        for key in ref.keys():
            ours, theirs = bank.get(key), ref.get(key)
            for field in ("recipe", "sources", "pitch", "n_samples", "peak", "rms", "fingerprint"):
                assert getattr(ours, field) == getattr(theirs, field), (key, field)
            np.testing.assert_array_equal(ours.embedding, theirs.embedding)
            assert ours.path.read_bytes() == theirs.path.read_bytes(), key  # whole files
        assert bank.verify(repair=False).ok
    names = sorted(p.name for p in bank_path.iterdir() if p.suffix == ".wav")
    assert names == sorted(f"{k}.wav" for k in Bank.open(reference).keys())  # each once
    assert not [p for p in bank_path.iterdir() if p.name.startswith(".")]  # no temp files


def wait_for(condition: Callable[[], object], what: str, proc: subprocess.Popen) -> object:
    """Polls condition until it is truthy; fails when proc ends first or after WAIT_S."""
    deadline = time.monotonic() + WAIT_S
    while not (found := condition()):
        assert proc.poll() is None, f"the driver ended (exit {proc.returncode}) before {what}"
        assert time.monotonic() < deadline, f"no {what} in {WAIT_S} s"
        time.sleep(0.05)
    return found


# Settings (no cluster) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("resources", "config", "expected"),
    [
        ({"CPU": 2.0}, ClusterConfig(), Placement(2, 2, 1.0, 0.0)),
        ({"CPU": 16.0, "GPU": 4.0}, ClusterConfig(), Placement(4, 4, 1.0, 1.0)),
        ({"CPU": 3.0, "GPU": 4.0}, ClusterConfig(), Placement(3, 3, 1.0, 1.0)),
        ({"CPU": 16.0, "GPU": 4.0}, ClusterConfig(gpus_per_worker=0), Placement(16, 16, 1.0, 0.0)),
        ({"CPU": 8.0}, ClusterConfig(cpus_per_worker=3), Placement(2, 2, 3.0, 0.0)),
        ({"CPU": 2.0}, ClusterConfig(workers=5), Placement(5, 2, 1.0, 0.0)),
        ({"CPU": 8.0, "GPU": 2.0}, ClusterConfig(gpus_per_worker=0.5), Placement(4, 4, 1.0, 0.5)),
    ],
)
def test_workers_take_one_gpu_each_where_there_are_gpus_else_cpu_slots(
    resources: dict, config: ClusterConfig, expected: Placement
) -> None:
    assert place_workers(resources, config) == expected


def test_placement_describes_itself_and_an_empty_cluster_is_refused() -> None:
    assert Placement(2, 2, 1.0, 0.0).describe() == "2 workers, 1 CPU each"
    assert Placement(1, 1, 2.0, 1.0).describe() == "1 worker, 1 GPU and 2 CPU each"
    with pytest.raises(ClusterError, match="no room for a worker"):
        place_workers({"CPU": 0.5}, ClusterConfig())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"address": ""}, "address=''"),
        ({"workers": 0}, "workers=0"),
        ({"workers": True}, "workers=True"),
        ({"cpus_per_worker": 0}, "cpus_per_worker=0"),
        ({"gpus_per_worker": -1}, "gpus_per_worker=-1"),
        ({"batch_retries": -1}, "batch_retries=-1"),
        ({"poll_s": float("inf")}, "poll_s=inf"),
    ],
)
def test_cluster_config_rejects_invalid_values(kwargs: dict, message: str) -> None:
    with pytest.raises(ClusterError, match=re.escape(message)):
        ClusterConfig(**kwargs)


def test_without_ray_the_error_is_one_line_naming_the_extra(
    spec_path: Path, tmp_path: Path
) -> None:
    probe = (
        "import sys\n"
        "sys.modules['ray'] = None  # as if Ray were not installed: importing it fails\n"
        "from precompute import cli\n"
        "code = cli.main(sys.argv[1:])\n"
        "print('tensorflow' in sys.modules, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    env = ray_cluster.cluster_env("none", REPO)
    for command in ("render", "estimate"):
        args = [command, str(spec_path), "--bank", str(tmp_path / "bank"), "--ray"]
        done = subprocess.run(
            [sys.executable, "-c", probe, *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1
        error, tf_loaded = done.stderr.strip().splitlines()
        assert error == (
            f"nsynth-precompute {command}: error: rendering on a Ray cluster needs Ray, which "
            "is not installed here: pip install -e '.[cluster]'"
        )
        assert tf_loaded == "False"  # answered before the model loads
    assert not (tmp_path / "bank").exists()


def test_an_address_where_nothing_listens_fails_at_once(spec_path: Path, tmp_path: Path) -> None:
    port = ray_cluster.free_port()
    done = subprocess.run(
        render_command(spec_path, tmp_path / "bank", "--ray", f"127.0.0.1:{port}"),
        cwd=REPO,
        env=ray_cluster.cluster_env("none", REPO),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "nsynth-precompute render: error: cannot connect to the Ray cluster at "
        f"'127.0.0.1:{port}': Connection refused"
    )


# On a cluster ----------------------------------------------------------------------------------


def test_a_worker_killed_mid_batch_has_its_batches_decoded_elsewhere(
    cluster: ray_cluster.Cluster, spec_path: Path, local_bank: Path, tmp_path: Path
) -> None:
    bank, log = tmp_path / "bank", tmp_path / "driver.log"
    with open(log, "w") as stderr:
        proc = subprocess.Popen(
            render_command(spec_path, bank, "--ray", cluster.address),
            cwd=REPO, env=cluster.env, stdout=subprocess.PIPE, stderr=stderr, text=True,
        )  # fmt: skip
    try:
        pid = int(
            wait_for(
                lambda: re.search(r"worker 0 ready: pid (\d+)", log.read_text()),
                "worker ready",
                proc,
            )[1]
        )
        # Workers are handed two batches each before they are ready: one decodes now.
        listening = ray_cluster.listening_addresses(cluster.mark)  # workers included
        assert ready_count(bank) < N_POINTS, "the render ended before the kill"
        os.kill(pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=2 * WAIT_S)
    finally:
        proc.kill()
        proc.wait()
    err = log.read_text()
    assert proc.returncode == 0, err
    assert re.search(rf"worker 0 \(pid {pid} on 127\.0\.0\.1, CPU\) was lost: ", err), err
    lost = re.findall(r"batch \d+/6 \(2 points\) was lost with worker 0: decoding it again", err)
    retried = int(re.search(r"; (\d+) decoded again after their worker was lost", out)[1])
    assert 1 <= len(lost) <= 2 and retried == 2 * len(lost)  # what it held
    assert f"rendered {N_POINTS}, failed 0 in " in out
    assert_same_bank(bank, local_bank)
    assert listening and all(map(ray_cluster.is_loopback, listening)), listening


def test_a_killed_driver_resumes_from_the_bank(
    cluster: ray_cluster.Cluster, spec_path: Path, local_bank: Path, tmp_path: Path
) -> None:
    bank = tmp_path / "bank"
    command = render_command(spec_path, bank, "--ray", cluster.address)
    with subprocess.Popen(command, cwd=REPO, env=cluster.env, stdout=subprocess.DEVNULL) as proc:
        try:
            wait_for(lambda: ready_count(bank) >= 2, "batch in the bank", proc)
        finally:
            proc.send_signal(signal.SIGKILL)  # leaving the `with` waits for it
    assert proc.returncode == -signal.SIGKILL
    stored = ready_count(bank)
    assert 2 <= stored < N_POINTS, "the render finished before it could be killed"

    # What is left, as the cluster would render it: its workers, the bank's points.
    estimate = subprocess.run(
        [sys.executable, "-m", "precompute", "estimate", str(spec_path), "--bank", str(bank),
         "--ray", cluster.address],
        cwd=REPO, env=cluster.env, capture_output=True, text=True, timeout=WAIT_S,
    )  # fmt: skip
    assert estimate.returncode == 0, estimate.stderr
    rows = {k: v.strip() for k, v in (line.split("  ", 1) for line in estimate.stdout.splitlines())}
    assert rows["workers"] == "2 workers, 1 CPU each"
    assert (rows["already in bank"], rows["to render"]) == (str(stored), str(N_POINTS - stored))
    assert rows["decode step"].endswith(" ms per sample of 2 streams on a worker")

    done = subprocess.run(
        command, cwd=REPO, env=cluster.env, capture_output=True, text=True, timeout=2 * WAIT_S
    )
    assert done.returncode == 0, done.stderr
    assert f"rendered {N_POINTS - stored}, failed 0 in " in done.stdout
    assert f"{N_POINTS} points, {stored} already in the bank" in done.stdout
    assert "decoded again" not in done.stdout
    assert_same_bank(bank, local_bank)


@pytest.mark.parametrize("backend", ["jax", "tf"])
def test_ray_without_an_address_starts_and_stops_a_loopback_cluster(
    spec_path: Path, tiny_checkpoint: Path, tmp_path: Path, backend: str
) -> None:
    from precompute.model.backends import load_model

    # The workers build the driver's backend: its bank equals a local render on it.
    model = load_model(tiny_checkpoint, backend=backend)
    local_bank = render_locally(spec_path, model, tmp_path / "local")
    mark = f"local-{time.monotonic_ns()}"
    bank, log = tmp_path / "bank", tmp_path / "driver.log"
    with contextlib.ExitStack() as stack:
        ray_dir = stack.enter_context(ray_cluster.temp_dir())
        env = {**ray_cluster.cluster_env(mark, REPO), "RAY_TMPDIR": str(ray_dir)}
        with open(log, "w") as stderr:
            proc = subprocess.Popen(
                render_command(spec_path, bank, "--ray", "--backend", backend),
                cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True,
            )  # fmt: skip
        stack.callback(ray_cluster.stop_cluster, mark)
        stack.callback(proc.wait)
        stack.callback(proc.kill)
        wait_for(lambda: "worker 1 ready" in log.read_text(), "worker ready", proc)
        listening = ray_cluster.listening_addresses(mark)
        out, _ = proc.communicate(timeout=2 * WAIT_S)
        err = log.read_text()
        assert proc.returncode == 0, err
        assert f"rendered {N_POINTS}, failed 0 in " in out and "decoded again" not in out
        assert "Ray cluster at local: 2 CPUs, 0 GPUs; 2 workers, 1 CPU each" in err
        assert len(re.findall(r"worker \d ready: pid \d+ on 127\.0\.0\.1, CPU", err)) == 2
        assert listening and all(map(ray_cluster.is_loopback, listening)), listening
        assert_same_bank(bank, local_bank)
        deadline = time.monotonic() + 60
        while ray_cluster.marked_pids(mark) and time.monotonic() < deadline:
            time.sleep(0.1)  # the cluster's processes end after the driver
        assert not ray_cluster.marked_pids(mark), "the driver left its cluster running"
