"""Overhead of the render pipeline over bare decoding, and bank write and lookup rates.

Everything is measured in one run on one machine (random weights, real shapes):

1. Render overhead. `precompute.render.render` renders a grid into a fresh bank through a
   model wrapper that decodes every batch twice, back to back: once as the renderer asks
   (its result is used) and once bare (`model.decode` alone, same embeddings, seeds and
   batch; alternating which goes first, and checked to give the same audio). So each
   batch's bare time is measured next to its render, and drift in decoding speed (a busy
   machine) hits both alike. Then
       render time = render elapsed - bare decodes,
       ratio       = render time / bare decodes   (target: under 1.05; median of rounds),
   the render time covering planning, embeddings, decoding with progress, fades,
   normalisation, atomic WAV writes and index commits. Also printed: the time the render
   spends outside the model's decode over the bare time, which does not depend on how
   steady decoding speed is (on a busy machine two runs of one batch can differ by 10%).
2. Bank rates: `Bank.add` of clips of the same length (clips/s; each add fsyncs the WAV,
   the folder and the index), `Bank.has` and `Bank.get` of random keys (lookups/s), one
   `all_embeddings` (ms).

    TF_CPP_MIN_LOG_LEVEL=2 python bench/render.py              # tiny model (2-core CPU: ~1 min)
    TF_CPP_MIN_LOG_LEVEL=2 python bench/render.py --model h512_bo16 --frames 2 --points 16

Exit status 1 when the median ratio misses the target.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from precompute import grid, render  # noqa: E402
from precompute.bank import Bank  # noqa: E402
from precompute.model.checkpoint import random_weights, write_checkpoint  # noqa: E402
from precompute.model.config import CONFIGS, ModelConfig  # noqa: E402

#: Largest accepted render time / bare decode time.
TARGET_RATIO = 1.05


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--model", choices=sorted(CONFIGS), default="tiny", help="model size (default: tiny)"
    )
    parser.add_argument("--points", type=int, default=32, help="renders in the grid (count)")
    parser.add_argument(
        "--batch-size", type=int, default=8, help="renders per decode batch (streams)"
    )
    parser.add_argument(
        "--frames", type=int, default=8, help="embedding frames per render (512 samples each)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="renders of the grid (count)")
    parser.add_argument("--clips", type=int, default=300, help="clips the bank test writes")
    parser.add_argument("--lookups", type=int, default=20000, help="lookups the bank test makes")
    parser.add_argument("--device", help="TensorFlow device, e.g. /GPU:0 (default: TF's choice)")
    parser.add_argument(
        "--threads",
        type=int,
        default=0,
        help="TensorFlow CPU threads per op pool (default: 0, TF's choice)",
    )
    args = parser.parse_args(argv)
    if min(args.points, args.batch_size, args.frames, args.rounds) < 1:
        parser.error("--points, --batch-size, --frames and --rounds must be >= 1")
    return args


class PairedModel:
    """The model, except that each decode also runs bare, right before or after, timed.

    Attributes:
        inside_s: Seconds of each decode the renderer asked for.
        bare_s: Seconds of each bare decode (same z and seeds, no progress callback).
    """

    def __init__(self, model: Any) -> None:
        self.model = model
        self.config = model.config
        self.fingerprint = model.fingerprint
        self.encode = model.encode
        self.inside_s: list[float] = []
        self.bare_s: list[float] = []

    def decode(self, z: np.ndarray, **kwargs: Any) -> np.ndarray:
        bare_kwargs = {k: v for k, v in kwargs.items() if k != "progress"}
        bare_first = len(self.bare_s) % 2 == 1
        if bare_first:
            bare = self._timed(self.bare_s, z, bare_kwargs)
        out = self._timed(self.inside_s, z, kwargs)
        if not bare_first:
            bare = self._timed(self.bare_s, z, bare_kwargs)
        if not np.array_equal(out, bare):
            raise RuntimeError("the bare decode gave other audio than the render's")
        return out

    def _timed(self, times: list[float], z: np.ndarray, kwargs: dict) -> np.ndarray:
        start = time.perf_counter()
        out = self.model.decode(z, **kwargs)
        times.append(time.perf_counter() - start)
        return out


def write_spec(
    folder: Path, *, n_points: int, n_frames: int, batch_size: int, config: ModelConfig
) -> Path:
    """A grid of n_points gains of one synthetic source, n_frames per render."""
    t = np.arange(n_frames)[:, None] * (0.05 + 0.01 * np.arange(16))[None, :]
    np.save(folder / "source.npy", np.sin(2 * np.pi * t).astype(np.float32))
    gains = [round(0.5 + i / n_points, 6) for i in range(n_points)]
    length_s = config.samples_to_seconds(config.frames_to_samples(n_frames))
    path = folder / "bench.toml"
    path.write_text(
        f'[sources]\nsource = "source.npy"\n\n[[axes]]\nname = "gain"\noperation = "scale"\n'
        f"values = {gains}\n\n[render]\nlength_s = {length_s}\nbatch_size = {batch_size}\n"
        "peak_db = -1.0\nfade_ms = 5.0\n"
    )
    return path


def bench_bank(
    folder: Path, config: ModelConfig, *, n_clips: int, n_frames: int, n_lookups: int
) -> dict[str, float]:
    """Write rate (clips/s), lookup rates (lookups/s) and all_embeddings time (s)."""
    rng = np.random.default_rng(0)
    n_samples = config.frames_to_samples(n_frames)
    audio = (0.5 * rng.uniform(-1, 1, n_samples)).astype(np.float32)
    embedding = rng.normal(size=(n_frames, config.n_z)).astype(np.float32)
    keys = [f"{i:020x}" for i in rng.choice(2**62, size=n_clips, replace=False)]
    with Bank.open(folder / "bank-rates", config=config, create=True) as bank:
        start = time.perf_counter()
        for i, key in enumerate(keys):
            bank.add(
                key,
                audio,
                recipe={"i": i},
                sources={"source": "0" * 16},
                embedding=embedding,
                fingerprint="bench",
            )
        write_s = time.perf_counter() - start
        probes = [keys[i] for i in rng.integers(0, n_clips, n_lookups)]
        start = time.perf_counter()
        found = sum(bank.has(key) for key in probes)
        has_s = time.perf_counter() - start
        n_gets = max(1, n_lookups // 10)
        start = time.perf_counter()
        for key in probes[:n_gets]:
            bank.get(key)
        get_s = time.perf_counter() - start
        start = time.perf_counter()
        bank.all_embeddings()
        all_s = time.perf_counter() - start
    if found != n_lookups:
        raise RuntimeError(f"bank lookups found {found} of {n_lookups} stored keys")
    return {
        "write_clips_per_s": n_clips / write_s,
        "has_per_s": n_lookups / has_s,
        "get_per_s": n_gets / get_s,
        "all_embeddings_s": all_s,
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    import tensorflow as tf

    from precompute.model.nsynth import NSynth

    tf.config.threading.set_intra_op_parallelism_threads(args.threads)
    tf.config.threading.set_inter_op_parallelism_threads(args.threads)
    config = CONFIGS[args.model]
    device = tf.device(args.device) if args.device else contextlib.nullcontext()
    rounds = []  # (render elapsed, inside, bare) per round
    with tempfile.TemporaryDirectory() as tmp, device:
        folder = Path(tmp)
        prefix = write_checkpoint(folder / "model.ckpt-0", random_weights(config, seed=0), config)
        model = NSynth.from_checkpoint(prefix)
        spec_path = write_spec(
            folder,
            n_points=args.points,
            n_frames=args.frames,
            batch_size=args.batch_size,
            config=config,
        )
        spec = grid.load_spec(spec_path, config=config)
        z = np.zeros((args.batch_size, 1, config.n_z), np.float32)
        model.decode(z, seeds=range(args.batch_size))  # compile before timing
        for r in range(args.rounds):
            paired = PairedModel(model)
            with Bank.open(folder / f"bank-{r}", config=config, create=True) as bank:
                report = render.render(
                    spec, paired, bank, render.RenderConfig(progress=False, repair=False)
                )
            if len(report.rendered) != args.points:
                raise RuntimeError(f"rendered {len(report.rendered)} of {args.points}")
            rounds.append((report.elapsed_s, sum(paired.inside_s), sum(paired.bare_s)))
        rates = bench_bank(
            folder, config, n_clips=args.clips, n_frames=args.frames, n_lookups=args.lookups
        )

    ratios = [(elapsed - bare) / bare for elapsed, _, bare in rounds]
    outside = [(elapsed - inside - bare) / bare for elapsed, inside, bare in rounds]
    median = statistics.median(ratios)
    elapsed, inside, bare = rounds[ratios.index(statistics.median_low(ratios))]
    n_samples = args.points * config.frames_to_samples(args.frames)
    device_name = args.device or ("GPU" if tf.config.list_logical_devices("GPU") else "CPU")
    rows = [
        ("model", f"{args.model} on {device_name}, threads {args.threads or 'TF default'}"),
        ("grid", f"{args.points} renders x {args.frames} frames, batches of {args.batch_size}"),
        ("bare decode", f"{bare:.3f} s ({n_samples / bare:,.0f} samples/s), median round"),
        ("render", f"{elapsed - bare:.3f} s (decode inside it {inside:.3f} s)"),
        ("render / bare", f"{median:.4f} median of rounds (target < {TARGET_RATIO})"),
        ("  rounds", "  ".join(f"{x:.4f}" for x in ratios)),
        ("outside / bare", f"{statistics.median(outside):.4f} median: time not in decode"),
        ("  rounds", "  ".join(f"{x:.4f}" for x in outside)),
        ("bank add", f"{rates['write_clips_per_s']:,.0f} clips/s ({args.frames}-frame clips)"),
        ("bank has", f"{rates['has_per_s']:,.0f} lookups/s"),
        ("bank get", f"{rates['get_per_s']:,.0f} lookups/s"),
        ("all_embeddings", f"{1e3 * rates['all_embeddings_s']:.1f} ms for {args.clips} rows"),
    ]
    width = max(len(name) for name, _ in rows)
    print("\n".join(f"{name:<{width}}  {value}" for name, value in rows))
    return 0 if median < TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
