"""Train the demo model on a GPU machine that has JAX but no TensorFlow.

Three steps; `pack` and `unpack` run where the project is installed (TensorFlow), `train`
needs only numpy and JAX:

    python tools/train_jax.py pack --notes DIR [--checkpoint CKPT | --config demo] bundle.npz
    PYTHONPATH=. python3 tools/train_jax.py train bundle.npz --out state.npz --seconds 400
    python tools/train_jax.py unpack state.npz --out runs/gpu

`unpack` writes `model.ckpt-<step>` with the raw weights, their EMA copies, Adam's slots and
`global_step`, exactly what `nsynth-precompute train` writes, so either trainer resumes it.
The learning rate follows a cosine from --learning-rate to --final-learning-rate over the
wall clock left after compilation, so a time-boxed run ends annealed however fast it ran.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from precompute import notes  # noqa: E402
from precompute.model.checkpoint import ADAM_SLOTS, variable_shapes  # noqa: E402
from precompute.model.config import CONFIGS, ModelConfig  # noqa: E402

logger = logging.getLogger("train_jax")


# The state file: one layout for the bundle's weights and for train's output ---------------


def save_state(path: Path, config: ModelConfig, state: dict[str, np.ndarray], **extra) -> None:
    """Write `raw:`, `ema:` and `slot:` arrays plus `step` and the config, atomically."""
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, config=np.array(config.to_json()), **state, **extra)
    os.replace(tmp, path)


def state_arrays(raw, ema, slots, step: int) -> dict[str, np.ndarray]:
    """Name the arrays of a training state for `save_state`."""
    out = {f"raw:{k}": np.asarray(v) for k, v in raw.items()}
    out |= {f"ema:{k}": np.asarray(v) for k, v in ema.items()}
    out |= {f"slot:{k}": np.asarray(v) for k, v in slots.items()}
    out["step"] = np.asarray(step, np.int64)
    return out


def load_state(data) -> tuple[ModelConfig, dict, dict, dict, int]:
    """(config, raw, ema, slots, step) from an opened `.npz` written by `save_state`."""
    config = ModelConfig.from_dict(json.loads(str(data["config"])))
    names = variable_shapes(config)
    raw = {n: data[f"raw:{n}"] for n in names}
    ema = {n: data[f"ema:{n}"] for n in names}
    slots = {n + s: data[f"slot:{n}{s}"] for n in names for s in ADAM_SLOTS}
    return config, raw, ema, slots, int(data["step"])


# pack / unpack (TensorFlow side) ----------------------------------------------------------


def _concat(clips: list[np.ndarray], mu: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    from precompute.model import mulaw

    q = [mulaw.audio_to_mulaw(c, mu=mu).astype(np.int8) for c in clips]
    lengths = np.array([len(c) for c in q], np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    return np.concatenate(q), starts, lengths


def cmd_pack(args: argparse.Namespace) -> int:
    from precompute.model.checkpoint import resolve_checkpoint
    from precompute.model.train import fresh_training_state, load_notes, read_training_state

    if args.checkpoint is not None:
        config, state = read_training_state(resolve_checkpoint(args.checkpoint))
    else:
        config = CONFIGS[args.config]
        state = fresh_training_state(config, seed=args.seed)
    paths = notes.note_files(args.notes)
    if not paths:
        raise SystemExit(f"{args.notes}: holds no audio files")
    train_paths, eval_paths = notes.split_by_pitch(paths, args.holdout_pitches)
    if not (train_paths and eval_paths):
        raise SystemExit(
            f"{args.notes}: {len(train_paths)} notes to train on and {len(eval_paths)} at "
            f"--holdout-pitches {' '.join(map(str, args.holdout_pitches))}; both need one "
            "(the held-out loss is the training's yardstick)"
        )
    train = load_notes(train_paths, config=config, min_samples=args.crop_samples)
    held = load_notes(eval_paths, config=config, min_samples=args.crop_samples)
    audio, starts, lengths = _concat(train, config.mu)
    eval_q, _, _ = _concat([c[: args.crop_samples] for c in held], config.mu)
    save_state(
        args.bundle,
        config,
        state_arrays(state.raw, state.ema, state.slots, state.step),
        audio=audio,
        starts=starts,
        lengths=lengths,
        eval_q=eval_q.reshape(len(held), args.crop_samples),
    )
    print(f"{args.bundle}: step {state.step}, {len(train)} training notes, {len(held)} held out")
    return 0


def cmd_unpack(args: argparse.Namespace) -> int:
    from precompute.model.train import TrainingState, write_training_state

    with np.load(args.state) as data:
        config, raw, ema, slots, step = load_state(data)
    state = TrainingState(raw=raw, ema=ema, slots=slots, step=step)
    print(write_training_state(args.out / f"model.ckpt-{step}", config, state))
    return 0


# train (JAX side) -------------------------------------------------------------------------


def cosine(lr0: float, lr1: float, done: float) -> float:
    """Learning rate after the fraction `done` (0..1) of the run."""
    return lr1 + 0.5 * (lr0 - lr1) * (1 + math.cos(math.pi * min(max(done, 0.0), 1.0)))


def cmd_train(args: argparse.Namespace) -> int:
    # JAX takes 75% of the GPU's memory up front; the model needs a few GB, and a second
    # run sharing the GPU (an A/B) would fail to allocate and stall while it retries.
    os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")
    import jax
    import jax.numpy as jnp

    from precompute.model import jax_train

    began = time.perf_counter()
    logger.info("JAX %s on %s", jax.__version__, jax.devices())
    with np.load(args.bundle) as data:
        config, raw, ema, slots, step0 = load_state(data)
        audio = jnp.asarray(data["audio"])
        starts, lengths = jnp.asarray(data["starts"]), jnp.asarray(data["lengths"])
        eval_q = jnp.asarray(data["eval_q"].astype(np.int32))
    crop = eval_q.shape[1]
    logger.info(
        "%s, step %d, %d training samples, %d held-out crops",
        config,
        step0,
        audio.size,
        len(eval_q),
    )
    state = jax_train.init_state(raw, ema, slots, step0)
    steps = jax_train.make_train_steps(
        config,
        batch=args.batch_size,
        crop_samples=crop,
        ema_decay=args.ema_decay,
        input_noise=args.input_noise,
        steps_per_call=args.steps_per_call,
        detune_cents=args.detune_cents,
    )
    eval_loss = jax.jit(lambda p: jax_train.loss(config, p, eval_q, jnp.zeros(eval_q.shape)))
    key = jax.random.PRNGKey(args.seed + step0)

    def save(state) -> None:
        arrays = state_arrays(
            jax.device_get(state.params),
            jax.device_get(state.ema),
            {
                k + s: np.asarray(d[k])
                for s, d in zip(ADAM_SLOTS, (state.m, state.v), strict=True)
                for k in state.m
            },
            int(state.step),
        )
        save_state(args.out, config, arrays)

    # Compile, then time a few calls for the log (the loop below times each call itself,
    # to stop before one would overrun --seconds).
    lr = jnp.float32(args.learning_rate)
    key, sub = jax.random.split(key)
    state, losses = steps(state, sub, audio, starts, lengths, lr)
    losses.block_until_ready()
    logger.info(
        "compiled in %.1f s; held-out CE %.3f (raw), %.3f (EMA)",
        time.perf_counter() - began,
        float(eval_loss(state.params)),
        float(eval_loss(state.ema)),
    )
    t0 = time.perf_counter()
    for _ in range(3):
        key, sub = jax.random.split(key)
        state, losses = steps(state, sub, audio, starts, lengths, lr)
    losses.block_until_ready()
    per_call = (time.perf_counter() - t0) / 3
    logger.info(
        "%.1f ms per %d steps (%.2f M samples/s)",
        per_call * 1e3,
        args.steps_per_call,
        args.steps_per_call * args.batch_size * crop / per_call / 1e6,
    )
    # The cosine runs over the clock, not over a step count planned from that timing:
    # a shared GPU's throughput changes during a run, and the schedule must still end
    # annealed when --seconds is up.
    run_from = last_save = last_log = time.perf_counter()
    run_s = max(args.seconds - (run_from - began), 0.0)
    now = run_from
    while True:
        done = (now - run_from) / run_s if run_s > 0 else 1.0
        lr = jnp.float32(cosine(args.learning_rate, args.final_learning_rate, done))
        key, sub = jax.random.split(key)
        state, losses = steps(state, sub, audio, starts, lengths, lr)
        losses.block_until_ready()  # JAX dispatches ahead: time what has run
        before, now = now, time.perf_counter()
        per_call = now - before
        last = now + per_call > run_from + run_s
        if now - last_log > args.log_every_s or last:
            logger.info(
                "step %d: train %.3f, held-out %.3f (EMA %.3f), lr %.2e, %.0f s",
                int(state.step),
                float(losses.mean()),
                float(eval_loss(state.params)),
                float(eval_loss(state.ema)),
                float(lr),
                now - began,
            )
            last_log = now
        if last:
            break
        if now - last_save > args.save_every_s:
            save(state)
            last_save = now
    save(state)
    logger.info(
        "saved %s at step %d after %.0f s", args.out, int(state.step), time.perf_counter() - began
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("pack", help="checkpoint (or fresh weights) + notes -> bundle .npz")
    p.add_argument("bundle", type=Path, help="the .npz to write")
    p.add_argument("--notes", type=Path, required=True, help="folder of notes (as for `train`)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--checkpoint", type=Path, help="resume this checkpoint (with Adam state)")
    source.add_argument("--config", choices=sorted(CONFIGS), help="start from fresh weights")
    p.add_argument(
        "--holdout-pitches",
        type=int,
        nargs="+",
        default=list(notes.HOLDOUT_PITCHES),
        help="MIDI pitches kept out of training, for the held-out loss (default: "
        f"{' '.join(map(str, notes.HOLDOUT_PITCHES))})",
    )
    p.add_argument(
        "--crop-samples", type=int, default=8192, help="samples per crop (default: 8192)"
    )
    p.add_argument("--seed", type=int, default=0, help="seed of fresh weights (default: 0)")
    p.set_defaults(run=cmd_pack, source="notes")

    p = sub.add_parser("train", help="train a bundle with JAX for a fixed time")
    p.add_argument("bundle", type=Path, help="the .npz that `pack` wrote")
    p.add_argument("--out", type=Path, required=True, help="state .npz, rewritten as it trains")
    p.add_argument(
        "--seconds", type=float, required=True, help="wall-clock budget, compilation included"
    )
    for flag, kind, default, text in [
        ("--batch-size", int, 64, "crops per step"),
        ("--learning-rate", float, 1e-3, "Adam step size at the start"),
        ("--final-learning-rate", float, 1e-4, "step size at the end of the cosine"),
        ("--ema-decay", float, 0.999, "decay of the EMA weights"),
        ("--input-noise", float, 0.0, "std of noise on the decoder's input, in q/128 units"),
        ("--detune-cents", float, 0.0, "resample each crop by a random detune up to this"),
        ("--steps-per-call", int, 10, "steps per dispatch to the device"),
        ("--save-every-s", float, 60.0, "seconds between rewrites of --out"),
        ("--log-every-s", float, 15.0, "seconds between progress lines"),
        ("--seed", int, 0, "seed of crop sampling"),
    ]:
        p.add_argument(flag, type=kind, default=default, help=f"{text} (default: {default:g})")
    p.set_defaults(run=cmd_train, source="bundle")

    p = sub.add_parser("unpack", help="state .npz -> TF1 checkpoint that `train` resumes")
    p.add_argument("state", type=Path)
    p.add_argument("--out", type=Path, required=True, help="checkpoint directory")
    p.set_defaults(run=cmd_unpack, source="state")
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    parser = build_parser()
    args = parser.parse_args(argv)
    source = getattr(args, args.source)  # pack's notes, train's bundle, unpack's state
    if not source.exists():
        parser.error(f"{source}: no such file or folder")
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
