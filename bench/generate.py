"""Generation speed: magenta's fastgen against our incremental decoder, in one run.

    python bench/generate.py                      # full-size h512_bo16, random weights
    python bench/generate.py --batches 1 8 --magenta-steps 100   # quicker

Prints, for the same checkpoint on this machine: magenta fastgen at batch 1, ours at
batch 1 and at larger batches (samples/s per stream and aggregate, ratios to magenta),
achieved FLOP/s against plain TF matmuls of the same shapes measured in the same run,
and the peak memory of a process generating at batch 64. Steady-state times only: the
first frame of each run (tracing, XLA compilation) is excluded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from precompute.model.checkpoint import random_weights, write_checkpoint  # noqa: E402
from precompute.model.config import CONFIGS, ModelConfig  # noqa: E402


def ours_steady_state(model, batch: int) -> float:
    """Seconds per decoding step of the second frame of a two-frame decode."""
    marks: list[float] = []
    z = np.random.default_rng(0).normal(size=(batch, 2, model.config.n_z)).astype(np.float32)
    model.decode(z, rng=0, progress=lambda done, total: marks.append(time.perf_counter()))
    return (marks[1] - marks[0]) / model.config.hop_length


class MagentaFastgen:
    """magenta's own fastgen graph at batch 1, loaded once; `time` runs its sampling loop."""

    def __init__(self, checkpoint: Path, config: ModelConfig):
        import tensorflow.compat.v1 as tf

        from tests.precompute.model import magenta_ref

        _, self.fastgen, _ = magenta_ref.modules(config)
        self.graph = tf.Graph()
        with self.graph.as_default():
            self.net = self.fastgen.load_fastgen_nsynth(batch_size=1)
            self.sess = tf.Session(config=tf.ConfigProto(allow_soft_placement=True))
            tf.train.Saver().restore(self.sess, str(checkpoint))
        self.sess.run(self.net["init_ops"])
        self.z = np.random.default_rng(0).normal(size=(1, config.n_z)).astype(np.float32)

    def seconds_per_step(self, n_steps: int) -> float:
        """Seconds per step of `fastgen.generate_audio_sample` (after 10 warm-up steps)."""
        audio = np.zeros([1, 1])
        for step in range(n_steps + 10):
            if step == 10:
                start = time.perf_counter()
            audio = self.fastgen.generate_audio_sample(self.sess, self.net, audio, self.z)
        return (time.perf_counter() - start) / n_steps


def plain_matmul_step(config: ModelConfig, batch: int, repeats: int = 10) -> float:
    """Seconds for one step's matmuls alone (same shapes, distinct weights, one TF graph)."""
    import tensorflow as tf

    dw, sw, n = config.dec_width, config.skip_width, config.dec_layers
    rng = np.random.default_rng(0)
    shapes = [(3 * dw, 2 * dw)] * n + [(dw, dw + sw)] * (n - 1) + [(dw, sw), (sw, sw), (sw, 256)]
    weights = [tf.Variable(rng.standard_normal(s, dtype=np.float32) * 0.01) for s in shapes]
    inputs = [tf.constant(rng.standard_normal((batch, s[0]), dtype=np.float32)) for s in shapes]

    @tf.function
    def step():
        return tf.add_n(
            [tf.reduce_sum(tf.matmul(x, w)) for x, w in zip(inputs, weights, strict=True)]
        )

    step()
    start = time.perf_counter()
    for _ in range(repeats):
        step()
    return (time.perf_counter() - start) / repeats


def peak_memory_mb(checkpoint: Path, batch: int) -> float:
    """Peak RSS (MB) of a fresh process that loads the model and decodes one frame."""
    code = (
        "import sys, resource, numpy as np\n"
        "from precompute.model.nsynth import NSynth\n"
        f"m = NSynth.from_checkpoint({str(checkpoint)!r})\n"
        f"m.decode(np.zeros(({batch}, 1, m.config.n_z), np.float32), rng=0)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", choices=sorted(CONFIGS), default="h512_bo16")
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternated batch-1 runs of magenta and ours"
    )
    parser.add_argument(
        "--batches",
        type=int,
        nargs="+",
        default=[1, 16, 64, 96],
        help="batch sizes to time ours at (streams)",
    )
    parser.add_argument(
        "--magenta-steps", type=int, default=300, help="timed steps of magenta fastgen (samples)"
    )
    parser.add_argument(
        "--memory-batch",
        type=int,
        default=64,
        help="batch size of the peak-memory run (streams); 0 skips it",
    )
    args = parser.parse_args()
    config = CONFIGS[args.config]

    from precompute.model.nsynth import NSynth

    with tempfile.TemporaryDirectory() as tmp:
        checkpoint = write_checkpoint(Path(tmp) / "model.ckpt-0", random_weights(config), config)
        print(
            f"config {args.config}: {config.macs_per_sample / 1e6:.1f} M multiply-adds per "
            f"sample per stream; {os.cpu_count()} CPU cores",
            flush=True,
        )

        magenta = MagentaFastgen(checkpoint, config)
        model = NSynth.from_checkpoint(checkpoint)
        # Batch 1 of both, alternated: the machine is shared and its memory bandwidth,
        # which bounds batch 1, drifts; the median of paired runs is the fair ratio.
        magenta_s, ours_s = [], []
        for _ in range(args.rounds):
            magenta_s.append(magenta.seconds_per_step(args.magenta_steps))
            ours_s.append(ours_steady_state(model, 1))
        magenta_rate = 1 / float(np.median(magenta_s))
        print(
            f"batch 1, {args.rounds} alternated rounds: magenta fastgen "
            f"{[round(1 / s, 1) for s in magenta_s]} samples/s, ours "
            f"{[round(1 / s, 1) for s in ours_s]} samples/s",
            flush=True,
        )
        print(
            f"per stream at batch 1: median ratio "
            f"{float(np.median(np.array(magenta_s) / np.array(ours_s))):.2f}x magenta "
            "(target >= 2x)"
        )
        print(
            f"{'batch':>6} {'ms/step':>8} {'per stream':>11} {'aggregate':>10} "
            f"{'x magenta':>10} {'GFLOP/s':>8} {'matmul GFLOP/s':>15} {'of matmul':>9}"
        )
        best = (0.0, 0)
        for batch in args.batches:
            step_s = ours_steady_state(model, batch)
            matmul_s = plain_matmul_step(config, batch)
            flops = 2 * config.macs_per_sample * batch
            aggregate = batch / step_s
            best = max(best, (aggregate, batch))
            print(
                f"{batch:>6} {step_s * 1e3:8.2f} {1 / step_s:11.1f} {aggregate:10.1f} "
                f"{aggregate / magenta_rate:10.2f} {flops / step_s / 1e9:8.1f} "
                f"{flops / matmul_s / 1e9:15.1f} {matmul_s / step_s:9.0%}",
                flush=True,
            )
        del model

        print(
            f"best aggregate: {best[0]:.1f} samples/s at batch {best[1]} = "
            f"{best[0] / magenta_rate:.1f}x magenta's median batch 1 (target >= 20x)"
        )
        if args.memory_batch:
            mb = peak_memory_mb(checkpoint, args.memory_batch)
            print(
                f"peak RSS generating at batch {args.memory_batch}: {mb:.0f} MB (target < 4096 MB)"
            )


if __name__ == "__main__":
    main()
