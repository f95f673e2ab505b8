"""Cluster renders with 1 and 2 workers against a local render, in one run.

Renders the first --limit points of a spec (default: the demo, samples/demo/demo.toml, with
the demo model) four times, each into a fresh bank:

1. locally (`render.render`, this process: the baseline);
2. on a Ray cluster with 1 worker, then with 2 (`cluster.render`); --address local (the
   default) starts a cluster of this machine for each, as `render --ray` does;
3. locally again (the machine may be busier or quieter than at the start: the local
   figure is the mean of both).

A cluster run is split at the first "worker ready" log record: start-up (encoding the
spec's audio sources, connecting or starting the cluster, the first worker's framework
and model) and the decode phase (from then to the last commit), in which the workers
decode and this process commits. A local render's decode phase runs from its first
decode call to its last commit.
Printed: points/s of each run's decode phase, the ratio 2 workers / 1 worker, and the
overhead per point of the 1-worker cluster over the local render (decode phase per point
minus local time per point: moving embeddings and audio through Ray, scheduling,
progress polls), also as a ratio. Every cluster bank is checked to hold the local bank's
keys and audio. Last, the driver's commit rate: `Bank.add` of 4 s float32 clips
(bench/render.py's bank test), the most points per second one driver can store.

    python bench/cluster.py [--limit 36] [--address local] [--backend jax|tf]

Needs the cluster extra (Ray).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from precompute import cluster, grid, render  # noqa: E402
from precompute.bank import Bank  # noqa: E402
from precompute.model.backends import BACKENDS, DEFAULT_BACKEND, load_model  # noqa: E402
from precompute.model.config import H512_BO16  # noqa: E402

#: Frames of a 4 s clip at 16 kHz (125 * 512 = 64000 samples): the commit-rate clip.
COMMIT_FRAMES = 125


class FirstDecode:
    """The model, noting when its first decode call starts (after sources are encoded)."""

    def __init__(self, model) -> None:
        self.model = model
        self.config, self.fingerprint, self.encode = model.config, model.fingerprint, model.encode
        self.started: float | None = None

    def decode(self, z: np.ndarray, **kwargs) -> np.ndarray:
        self.started = self.started or time.perf_counter()
        return self.model.decode(z, **kwargs)


class ReadyTimes(logging.Handler):
    """Records when each "worker N ready" log record of precompute.cluster came."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.times: list[float] = []

    def emit(self, record: logging.LogRecord) -> None:
        if " ready: " in record.getMessage():
            self.times.append(time.perf_counter())


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--spec", type=Path, default=REPO / "samples/demo/demo.toml", help="grid spec (TOML)"
    )
    parser.add_argument(
        "--checkpoint", type=Path, help="checkpoint (default: the spec's [render] checkpoint)"
    )
    parser.add_argument("--limit", type=int, default=36, help="points rendered per run (count)")
    parser.add_argument(
        "--address", default=cluster.LOCAL, help="Ray address (default: local, started per run)"
    )
    parser.add_argument("--commits", type=int, default=50, help="clips the commit test stores")
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default=DEFAULT_BACKEND,
        help=f"the model's backend, here and on the workers (default: {DEFAULT_BACKEND})",
    )
    args = parser.parse_args(argv)
    if args.limit < 1 or args.commits < 1:
        parser.error("--limit and --commits must be >= 1")
    return args


def local_render(spec: grid.GridSpec, model, bank_path: Path, limit: int) -> float:
    """Decode phase (s) of a local render of the spec's first `limit` points into a fresh
    bank: from the first decode call to the last commit, as for a cluster render."""
    timed = FirstDecode(model)
    with Bank.open(bank_path, config=model.config, create=True) as bank:
        report = render.render(spec, timed, bank, render.RenderConfig(limit=limit, progress=False))
    end = time.perf_counter()
    if len(report.rendered) != limit:
        raise RuntimeError(f"the local render stored {len(report.rendered)} of {limit}")
    return end - timed.started


def cluster_render(
    spec: grid.GridSpec, model, bank_path: Path, limit: int, config: cluster.ClusterConfig
) -> tuple[float, float]:
    """(start-up s, decode phase s) of a cluster render into a fresh bank."""
    ready = ReadyTimes()
    logging.getLogger("precompute.cluster").addHandler(ready)
    try:
        start = time.perf_counter()
        with Bank.open(bank_path, config=model.config, create=True) as bank:
            report = cluster.render(
                spec, model, bank, render.RenderConfig(limit=limit, progress=False), config
            )
        end = time.perf_counter()
    finally:
        logging.getLogger("precompute.cluster").removeHandler(ready)
    if len(report.rendered) != limit or report.retried:
        raise RuntimeError(f"the cluster render stored {len(report.rendered)} of {limit}")
    return ready.times[0] - start, end - ready.times[0]


def assert_same_audio(bank_path: Path, reference: Path) -> None:
    with Bank.open(bank_path) as bank, Bank.open(reference) as ref:
        if bank.keys() != ref.keys():
            raise RuntimeError(f"{bank_path} holds other keys than the local bank")
        for key in ref.keys():
            ours, theirs = sf.read(bank.path_of(key))[0], sf.read(ref.path_of(key))[0]
            if not np.array_equal(ours, theirs):
                raise RuntimeError(f"{key}: the cluster's audio differs from the local render")


def commit_rate(folder: Path, model, n_clips: int) -> float:
    """Clips/s `Bank.add` stores (4 s float32 clips), from bench/render.py's bank test."""
    spec = importlib.util.spec_from_file_location("bench_render", REPO / "bench/render.py")
    bench_render = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_render)
    rates = bench_render.bench_bank(
        folder, model.config, n_clips=n_clips, n_frames=COMMIT_FRAMES, n_lookups=100
    )
    return rates["write_clips_per_s"]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("precompute.cluster").setLevel(logging.INFO)
    # The spec names the checkpoint, whose config the spec is then read with.
    checkpoint = args.checkpoint or grid.load_spec(args.spec, config=H512_BO16).render.checkpoint
    model = load_model(checkpoint, backend=args.backend)
    spec = grid.load_spec(args.spec, config=model.config)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        local_s = [local_render(spec, model, folder / "local-0", args.limit)]
        runs = {}
        for n_workers in (1, 2):
            config = cluster.ClusterConfig(address=args.address, workers=n_workers)
            bank = folder / f"cluster-{n_workers}"
            runs[n_workers] = cluster_render(spec, model, bank, args.limit, config)
            assert_same_audio(bank, folder / "local-0")
        local_s.append(local_render(spec, model, folder / "local-1", args.limit))
        commits_per_s = commit_rate(folder, model, args.commits)

    n = args.limit
    local_per_point = statistics.mean(local_s) / n
    (startup_1, decode_1), (startup_2, decode_2) = runs[1], runs[2]
    rows = [
        ("spec", f"{args.spec} (first {n} points), model {checkpoint}"),
        ("local", f"{n / statistics.mean(local_s):.3f} points/s  "
                  f"(runs {local_s[0]:.1f} s, {local_s[1]:.1f} s)"),
        ("1 worker", f"{n / decode_1:.3f} points/s  (decode {decode_1:.1f} s, "
                     f"start-up {startup_1:.1f} s)"),
        ("2 workers", f"{n / decode_2:.3f} points/s  (decode {decode_2:.1f} s, "
                      f"start-up {startup_2:.1f} s)"),
        ("2 / 1 workers", f"{decode_1 / decode_2:.3f} x the points/s"),
        ("overhead", f"{1e3 * (decode_1 / n - local_per_point):+.1f} ms per point "
                     f"(1 worker {1e3 * decode_1 / n:.1f} ms, local {1e3 * local_per_point:.1f} ms;"
                     f" ratio {decode_1 / n / local_per_point:.3f})"),
        ("driver commits", f"{commits_per_s:.1f} points/s of 4 s float32 clips"),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    print("\n".join(f"{name:<{width}}  {value}" for name, value in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
