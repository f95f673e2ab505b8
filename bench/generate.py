"""Generation speed: magenta's fastgen against our incremental decoders, in one run.

    python bench/generate.py                      # full-size h512_bo16, both backends
    python bench/generate.py --config demo
    python bench/generate.py --backend jax --batches 1 64 --magenta-steps 100   # quicker

Prints, for the same checkpoint on this machine: magenta's fastgen at batch 1 alternated
with each backend at batch 1 (the machine is shared and its memory bandwidth, which
bounds batch 1, drifts: the median of paired runs is the fair ratio); each backend at
larger batches, the backends taking turns at each size (samples/s per stream and
aggregate, ratios to magenta, achieved FLOP/s against plain matmuls of the same shapes on
the same backend); and the peak memory of a fresh process that loads the model and
decodes one frame. Steady-state times only: the first frame of each decode (tracing,
XLA compilation) is excluded. The load average is printed at the start and the end.

Peak memory is the child's VmHWM (/proc/self/status), not `getrusage`'s ru_maxrss: on
Linux a child's ru_maxrss starts from its parent's resident size (it is carried across
fork and exec), so a bench holding magenta's graph and two models reported its own 4.4 GB
for a decoder that peaked at 2.4 GB.
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

from precompute.model.backends import BACKENDS, load_model  # noqa: E402
from precompute.model.checkpoint import random_weights, write_checkpoint  # noqa: E402
from precompute.model.config import CONFIGS, ModelConfig  # noqa: E402

#: Aggregate samples/s over magenta's batch-1 rate that the best batch should reach.
TARGET_AGGREGATE_X = 40
#: Per-stream batch-1 speed over magenta's.
TARGET_BATCH1_X = 2
#: Peak memory of a process generating at --memory-batch.
TARGET_PEAK_MB = 4096


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


def _step_shapes(config: ModelConfig) -> list[tuple[int, int]]:
    """[in, out] of every matmul of one generation step."""
    dw, sw, n = config.dec_width, config.skip_width, config.dec_layers
    return [(3 * dw, 2 * dw)] * n + [(dw, dw + sw)] * (n - 1) + [(dw, sw), (sw, sw), (sw, 256)]


def plain_matmul_step(backend: str, config: ModelConfig, batch: int, repeats: int = 10) -> float:
    """Seconds for one step's matmuls alone on `backend` (same shapes, distinct weights)."""
    rng = np.random.default_rng(0)
    shapes = _step_shapes(config)
    weights = [rng.standard_normal(s, dtype=np.float32) * 0.01 for s in shapes]
    inputs = [rng.standard_normal((batch, s[0]), dtype=np.float32) for s in shapes]
    if backend == "tf":
        import tensorflow as tf

        w_tf = [tf.Variable(w) for w in weights]
        x_tf = [tf.constant(x) for x in inputs]

        @tf.function
        def step():
            return tf.add_n(
                [tf.reduce_sum(tf.matmul(x, w)) for x, w in zip(x_tf, w_tf, strict=True)]
            )

        run = lambda: step().numpy()  # noqa: E731
    else:
        import jax
        import jax.numpy as jnp

        step_jax = jax.jit(lambda xs, ws: sum(jnp.sum(x @ w) for x, w in zip(xs, ws, strict=True)))
        w_jax, x_jax = jax.device_put(weights), jax.device_put(inputs)
        run = lambda: step_jax(x_jax, w_jax).block_until_ready()  # noqa: E731
    run()
    start = time.perf_counter()
    for _ in range(repeats):
        run()
    return (time.perf_counter() - start) / repeats


def peak_memory_mb(checkpoint: Path, backend: str, batch: int) -> float:
    """Peak resident memory (MB) of a fresh process that loads the model and decodes a frame."""
    code = (
        "import numpy as np\n"
        "from precompute.model.backends import load_model\n"
        f"m = load_model({str(checkpoint)!r}, backend={backend!r})\n"
        f"m.decode(np.zeros(({batch}, 1, m.config.n_z), np.float32), rng=0)\n"
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])\n"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1]) / 1024


def _load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", choices=sorted(CONFIGS), default="h512_bo16")
    parser.add_argument(
        "--backend",
        choices=[*BACKENDS, "both"],
        default="both",
        help="which decoder to time against magenta (default: both, taking turns)",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternated batch-1 runs of magenta and ours"
    )
    parser.add_argument(
        "--batches",
        type=int,
        nargs="+",
        default=[1, 16, 64, 96, 128],
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
    backends = list(BACKENDS) if args.backend == "both" else [args.backend]

    with tempfile.TemporaryDirectory() as tmp:
        checkpoint = write_checkpoint(Path(tmp) / "model.ckpt-0", random_weights(config), config)
        print(
            f"config {args.config}: {config.macs_per_sample / 1e6:.1f} M multiply-adds per "
            f"sample per stream; {os.cpu_count()} CPU cores; {_load()}",
            flush=True,
        )
        magenta = MagentaFastgen(checkpoint, config)
        models = {b: load_model(checkpoint, backend=b) for b in backends}
        magenta_s: list[float] = []
        ours_s: dict[str, list[float]] = {b: [] for b in backends}
        for _ in range(args.rounds):
            magenta_s.append(magenta.seconds_per_step(args.magenta_steps))
            for b in backends:
                ours_s[b].append(ours_steady_state(models[b], 1))
        magenta_rate = 1 / float(np.median(magenta_s))
        rates = ", ".join(f"{b} {[round(1 / s, 1) for s in ours_s[b]]}" for b in backends)
        print(
            f"batch 1, {args.rounds} alternated rounds (samples/s): magenta fastgen "
            f"{[round(1 / s, 1) for s in magenta_s]}, {rates}",
            flush=True,
        )
        for b in backends:
            ratio = float(np.median(np.array(magenta_s) / np.array(ours_s[b])))
            print(
                f"{b} per stream at batch 1: median ratio {ratio:.2f}x magenta "
                f"(target >= {TARGET_BATCH1_X}x)"
            )
        print(
            f"{'backend':>7} {'batch':>6} {'ms/step':>8} {'per stream':>11} {'aggregate':>10} "
            f"{'x magenta':>10} {'GFLOP/s':>8} {'matmul GFLOP/s':>15} {'of matmul':>9}"
        )
        best = {b: (0.0, 0) for b in backends}
        for batch in args.batches:
            for b in backends:
                step_s = ours_steady_state(models[b], batch)
                matmul_s = plain_matmul_step(b, config, batch)
                flops = 2 * config.macs_per_sample * batch
                aggregate = batch / step_s
                best[b] = max(best[b], (aggregate, batch))
                print(
                    f"{b:>7} {batch:>6} {step_s * 1e3:8.2f} {1 / step_s:11.1f} "
                    f"{aggregate:10.1f} {aggregate / magenta_rate:10.2f} "
                    f"{flops / step_s / 1e9:8.1f} {flops / matmul_s / 1e9:15.1f} "
                    f"{matmul_s / step_s:9.0%}",
                    flush=True,
                )
        del models
        for b in backends:
            rate, batch = best[b]
            print(
                f"{b} best aggregate: {rate:.1f} samples/s at batch {batch} = "
                f"{rate / magenta_rate:.1f}x magenta's median batch 1 "
                f"(target >= {TARGET_AGGREGATE_X}x)"
            )
        if args.memory_batch:
            for b in backends:
                mb = peak_memory_mb(checkpoint, b, args.memory_batch)
                print(
                    f"{b} peak memory generating at batch {args.memory_batch}: {mb:.0f} MB "
                    f"(target < {TARGET_PEAK_MB} MB)",
                    flush=True,
                )
        print(_load())


if __name__ == "__main__":
    main()
