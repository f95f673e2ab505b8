"""Train the autoencoder on a folder of notes, checkpointing under magenta's names.

The checkpoint mirrors what magenta's `train.py` leaves: the raw variables, their
ExponentialMovingAverage copies, Adam's slots (`<var>/Adam`, `<var>/Adam_1`) and
`global_step`, so the rest of the system loads a trained demo model exactly like the
published one, and a run resumes from its latest checkpoint with its optimizer state.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import tensorflow as tf

from precompute.errors import PrecomputeError
from precompute.model import mulaw
from precompute.model.checkpoint import (
    ADAM_SLOTS,
    load_weights,
    random_weights,
    read_index,
    read_tensors,
    resolve_checkpoint,
    variable_shapes,
    write_checkpoint,
)
from precompute.model.config import ModelConfig
from precompute.model.nsynth import decoder_forward, encoder_forward

logger = logging.getLogger(__name__)


class TrainError(PrecomputeError):
    """Training cannot start or continue."""


@dataclasses.dataclass(frozen=True)
class TrainConfig:
    """How to train.

    Attributes:
        steps: Optimizer steps to reach in total (a resumed run continues to this).
        batch_size: Crops per step.
        crop_samples: Audio samples per crop (a multiple of hop_length).
        learning_rate: Adam step size.
        ema_decay: Decay of the ExponentialMovingAverage copies.
        input_noise: Std of Gaussian noise on the decoder's autoregressive input (in
            units of q / 128); pushes the decoder to lean on its conditioning.
        detune_cents: Each training crop is resampled by a detune drawn uniformly from
            +-detune_cents, so the pitches between the notes' are trained on too.
        checkpoint_every: Steps between checkpoints.
        eval_every: Steps between held-out evaluations.
        keep_checkpoints: Newest checkpoints kept on disk.
        seed: Seed of initialisation and crop sampling.
        xla: Compile the training step with XLA.
    """

    steps: int = 2000
    batch_size: int = 8
    crop_samples: int = 8192
    learning_rate: float = 1e-3
    ema_decay: float = 0.999
    input_noise: float = 0.0
    detune_cents: float = 0.0
    checkpoint_every: int = 100
    eval_every: int = 100
    keep_checkpoints: int = 2
    seed: int = 0
    xla: bool = True


#: Notes are scaled to this peak, and their tail below `SILENCE` x peak is cut, so crops
#: land on sound and mu-law's resolution is used.
PEAK = 0.9
SILENCE = 1e-3


def load_notes(paths: Sequence[Path], *, config: ModelConfig, min_samples: int) -> list[np.ndarray]:
    """Read notes as mono float32 at the model's rate, peak-normalised, silent tail cut.

    Unreadable files and files shorter than `min_samples` (after the cut) are logged by
    name and skipped.
    """
    from precompute.audio_io import AudioError, load_audio

    clips = []
    for path in paths:
        try:
            audio = load_audio(path, sample_rate_hz=config.sample_rate_hz, min_samples=1)
        except AudioError as e:
            logger.warning("skipped %s", e)
            continue
        audio = audio * np.float32(PEAK / np.abs(audio).max())
        audio = audio[: np.flatnonzero(np.abs(audio) > SILENCE * PEAK)[-1] + 1]
        if len(audio) < min_samples:
            logger.warning(
                "skipped %s: %d sounding samples, fewer than %d", path, len(audio), min_samples
            )
            continue
        clips.append(audio)
    return clips


def detuned_crop(clip: np.ndarray, n: int, ratio: float, rng: np.random.Generator) -> np.ndarray:
    """[n] samples from a random place in `clip`, played `ratio` times as fast.

    Linear interpolation: ratio 2 ** (50 / 1200) raises the pitch by 50 cents. A ratio the
    clip is too short for is lowered to what fits. Ratio 1 is a plain crop.
    """
    if ratio == 1:
        start = rng.integers(0, len(clip) - n + 1)
        return clip[start : start + n]
    ratio = min(ratio, (len(clip) - 1) / (n - 1))
    span = (n - 1) * ratio
    start = rng.uniform(0, len(clip) - 1 - span)
    positions = start + np.arange(n) * ratio
    return np.interp(positions, np.arange(len(clip)), clip).astype(np.float32)


@dataclasses.dataclass
class TrainingState:
    """What a training checkpoint holds for its config, as arrays by magenta name.

    Attributes:
        raw: The variables.
        ema: Their ExponentialMovingAverage copies.
        slots: Adam's moments, `<var>/Adam` and `<var>/Adam_1`.
        step: Optimizer steps taken (`global_step`).
    """

    raw: dict[str, np.ndarray]
    ema: dict[str, np.ndarray]
    slots: dict[str, np.ndarray]
    step: int


def fresh_training_state(config: ModelConfig, *, seed: int) -> TrainingState:
    """Step 0: magenta's initialiser for the weights, zero biases and Adam moments."""
    raw = random_weights(config, seed=seed)
    raw = {n: (w if n.endswith("/W") else np.zeros_like(w)) for n, w in raw.items()}
    slots = {n + s: np.zeros_like(w) for n, w in raw.items() for s in ADAM_SLOTS}
    return TrainingState(raw=raw, ema=dict(raw), slots=slots, step=0)


def read_training_state(prefix: Path) -> tuple[ModelConfig, TrainingState]:
    """(config, state) of a checkpoint that `write_training_state` wrote."""
    config, raw = load_weights(prefix)
    _, ema = load_weights(prefix, config=config, use_ema=True)
    index = read_index(prefix)  # the optimizer state beside the weights
    slots = read_tensors(index, [n + s for n in raw for s in ADAM_SLOTS])
    step = int(read_tensors(index, ["global_step"])["global_step"])
    return config, TrainingState(raw=raw, ema=ema, slots=slots, step=step)


def write_training_state(prefix: Path, config: ModelConfig, state: TrainingState) -> Path:
    """Write a resumable checkpoint: raw, EMA, Adam slots and `global_step`."""
    extra = dict(state.slots, global_step=np.int64(state.step))
    return write_checkpoint(prefix, state.raw, config, ema_weights=state.ema, extra=extra)


class Trainer:
    """Owns the variables, the optimizer state and the checkpoint directory of one run."""

    def __init__(self, out_dir: str | Path, config: ModelConfig, train: TrainConfig):
        if train.crop_samples % config.hop_length:
            raise TrainError(
                f"crop_samples={train.crop_samples} must be a multiple of "
                f"hop_length={config.hop_length}"
            )
        self.out_dir, self.train_cfg = Path(out_dir), train
        self.out_dir.mkdir(parents=True, exist_ok=True)
        names = list(variable_shapes(config))
        try:
            prefix = resolve_checkpoint(self.out_dir)
        except PrecomputeError:
            prefix = None
        if prefix is None:
            self.config, state = config, fresh_training_state(config, seed=train.seed)
        else:
            self.config, state = read_training_state(prefix)
            if self.config != config:
                raise TrainError(
                    f"{prefix} holds a {self.config} model, not the {config} asked for"
                )
            logger.info("resuming %s at step %d", prefix, state.step)
        self.names = names
        self.vars = {n: tf.Variable(state.raw[n], name=n.replace("/", "_")) for n in names}
        self.ema = {n: tf.Variable(state.ema[n], trainable=False) for n in names}
        self.slots = {k: tf.Variable(v, trainable=False) for k, v in state.slots.items()}
        self.step = tf.Variable(state.step, dtype=tf.int64, trainable=False)
        self.rng = np.random.default_rng([train.seed, state.step])
        self._train_step = tf.function(self._step, jit_compile=train.xla)
        self._eval_loss = tf.function(self._loss, jit_compile=train.xla)

    # One step ------------------------------------------------------------------------

    def _loss(self, q: tf.Tensor, noise: tf.Tensor) -> tf.Tensor:
        """Mean cross-entropy (nats) of predicting q [b, n] from its past and its embedding."""
        xs = tf.cast(q, tf.float32) / 128.0
        z = encoder_forward(self.config, self.vars, xs)
        logits = decoder_forward(self.config, self.vars, xs + noise, z)
        labels = q + 128
        return tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels, logits))

    def _step(self, q: tf.Tensor, noise: tf.Tensor) -> tf.Tensor:
        cfg = self.train_cfg
        variables = [self.vars[n] for n in self.names]
        with tf.GradientTape() as tape:
            loss = self._loss(q, noise)
        # `res_<last>` feeds nothing (as in magenta), so its gradient is None: zero.
        grads = tape.gradient(loss, variables, unconnected_gradients=tf.UnconnectedGradients.ZERO)
        self.step.assign_add(1)
        t = tf.cast(self.step, tf.float32)
        b1, b2, eps = 0.9, 0.999, 1e-8
        lr = cfg.learning_rate * tf.sqrt(1 - b2**t) / (1 - b1**t)
        for name, var, grad in zip(self.names, variables, grads, strict=True):
            m, v = self.slots[name + ADAM_SLOTS[0]], self.slots[name + ADAM_SLOTS[1]]
            m.assign(b1 * m + (1 - b1) * grad)
            v.assign(b2 * v + (1 - b2) * tf.square(grad))
            var.assign_sub(lr * m / (tf.sqrt(v) + eps))
            # Debiased early on, as TF1's ExponentialMovingAverage with num_updates.
            decay = tf.minimum(cfg.ema_decay, (1 + t) / (10 + t))
            self.ema[name].assign(decay * self.ema[name] + (1 - decay) * var)
        return loss

    # Data ----------------------------------------------------------------------------

    def _crops(self, clips: Sequence[np.ndarray], *, rng: np.random.Generator | None) -> np.ndarray:
        """[batch, crop_samples] mu-law values: random crops, or fixed ones when rng is None."""
        n = self.train_cfg.crop_samples
        if rng is None:
            # Deterministic held-out crops: the start of each note, where it sounds.
            chosen = [c[:n] for c in clips]
        else:
            picks = rng.integers(len(clips), size=self.train_cfg.batch_size)
            ratios = np.ones(len(picks))
            if self.train_cfg.detune_cents:  # drawn only then: undetuned runs keep their crops
                ratios = 2 ** (rng.uniform(-1, 1, len(picks)) * self.train_cfg.detune_cents / 1200)
            chosen = [detuned_crop(clips[i], n, r, rng) for i, r in zip(picks, ratios, strict=True)]
        return mulaw.audio_to_mulaw(np.stack(chosen), mu=self.config.mu)

    def evaluate(self, clips: Sequence[np.ndarray]) -> float:
        """Mean held-out cross-entropy (nats per sample) on fixed crops."""
        losses = []
        for i in range(0, len(clips), self.train_cfg.batch_size):
            q = self._crops(clips[i : i + self.train_cfg.batch_size], rng=None)
            losses.append(float(self._eval_loss(tf.constant(q), tf.zeros(q.shape))) * len(q))
        return sum(losses) / len(clips)

    # Loop ----------------------------------------------------------------------------

    def fit(
        self,
        train_clips: Sequence[np.ndarray],
        eval_clips: Sequence[np.ndarray],
        *,
        on_step: Callable[[int, float], None] | None = None,
    ) -> dict[str, float]:
        """Train up to `steps`, checkpointing and evaluating as configured.

        Returns:
            {"step", "train_loss", "eval_loss", "seconds"} of the last step.
        """
        cfg = self.train_cfg
        if not train_clips:
            raise TrainError("no usable training notes")
        too_short = [len(c) for c in train_clips if len(c) < cfg.crop_samples]
        if too_short:
            raise TrainError(
                f"{len(too_short)} notes are shorter than crop_samples={cfg.crop_samples}"
            )
        start = time.perf_counter()
        loss, eval_loss = math.nan, math.nan
        while int(self.step) < cfg.steps:
            q = self._crops(train_clips, rng=self.rng)
            noise = self.rng.normal(0, cfg.input_noise, q.shape).astype(np.float32)
            loss = float(self._train_step(tf.constant(q), tf.constant(noise)))
            step = int(self.step)
            if not math.isfinite(loss):
                raise TrainError(f"loss became {loss} at step {step}; lower the learning rate")
            if on_step is not None:
                on_step(step, loss)
            if eval_clips and (step % cfg.eval_every == 0 or step == cfg.steps):
                eval_loss = self.evaluate(eval_clips)
                logger.info("step %d: train %.3f, held-out %.3f nats", step, loss, eval_loss)
            if step % cfg.checkpoint_every == 0 or step == cfg.steps:
                self.save()
        return {
            "step": int(self.step),
            "train_loss": loss,
            "eval_loss": eval_loss,
            "seconds": time.perf_counter() - start,
        }

    def save(self) -> Path:
        """Write `model.ckpt-<step>` (raw, EMA, Adam slots, global_step); prune old ones."""
        step = int(self.step)
        state = TrainingState(
            raw={n: v.numpy() for n, v in self.vars.items()},
            ema={n: v.numpy() for n, v in self.ema.items()},
            slots={k: v.numpy() for k, v in self.slots.items()},
            step=step,
        )
        prefix = write_training_state(self.out_dir / f"model.ckpt-{step}", self.config, state)
        (self.out_dir / "train_config.json").write_text(
            json.dumps(dataclasses.asdict(self.train_cfg), indent=1) + "\n"
        )
        old = sorted(
            (p for p in self.out_dir.glob("model.ckpt-*.index")),
            key=lambda p: int(p.name.split("-")[-1].split(".")[0]),
        )[: -self.train_cfg.keep_checkpoints]
        for index in old:
            stem = index.name.removesuffix(".index")
            for f in self.out_dir.glob(stem + ".*"):
                f.unlink()
        return prefix
