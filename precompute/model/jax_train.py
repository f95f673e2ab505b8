"""The training step of `precompute.model.train`, in JAX, for GPUs that have JAX but not TF.

The accelerator machines this project borrows carry JAX and CUDA but no TensorFlow, and a
TensorFlow CUDA build is too large to bring along. This module is the same loss and the same
update as `Trainer` (Adam with TF1's bias correction, the debiased EMA), over the same
variables by magenta name, so a run can move between the two: `tools/train_jax.py` packs a
TF checkpoint and the notes into one `.npz`, trains it here, and unpacks the result into a
TF1 checkpoint that `nsynth-precompute train` resumes. `tests/precompute/model/
test_jax_train.py` checks loss, gradients and one update against the TensorFlow ones.

Imports only numpy and JAX (no TensorFlow), so it runs on such a machine as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import jax
import jax.numpy as jnp
import numpy as np

from precompute.model import mulaw
from precompute.model.checkpoint import ADAM_SLOTS
from precompute.model.config import ModelConfig
from precompute.model.jax_nsynth import Params, decoder_forward, encoder_forward

ADAM_B1, ADAM_B2, ADAM_EPS = 0.9, 0.999, 1e-8


def loss(config: ModelConfig, params: Params, q: jax.Array, noise: jax.Array) -> jax.Array:
    """Mean cross-entropy (nats) of predicting mu-law q [b, n] from its past and embedding."""
    xs = q.astype(jnp.float32) / 128.0
    logits = decoder_forward(config, params, xs + noise, encoder_forward(config, params, xs))
    logp = jax.nn.log_softmax(logits, axis=-1)
    return -jnp.take_along_axis(logp, (q + 128)[..., None], axis=-1).mean()


@dataclasses.dataclass
class State:
    """Everything `Trainer` checkpoints: raw weights, EMA copies, Adam moments, step."""

    params: Params
    ema: Params
    m: Params  # `<var>/Adam`
    v: Params  # `<var>/Adam_1`
    step: jax.Array  # int32 scalar, steps taken


jax.tree_util.register_dataclass(
    State, data_fields=["params", "ema", "m", "v", "step"], meta_fields=[]
)


def adam_ema_update(
    state: State, grads: Params, *, learning_rate: jax.Array, ema_decay: float
) -> State:
    """One step of `Trainer._step`'s update: TF1 Adam, then the debiased EMA."""
    step = state.step + 1
    t = step.astype(jnp.float32)
    lr = learning_rate * jnp.sqrt(1 - ADAM_B2**t) / (1 - ADAM_B1**t)
    decay = jnp.minimum(ema_decay, (1 + t) / (10 + t))
    m = jax.tree.map(lambda m, g: ADAM_B1 * m + (1 - ADAM_B1) * g, state.m, grads)
    v = jax.tree.map(lambda v, g: ADAM_B2 * v + (1 - ADAM_B2) * g * g, state.v, grads)
    params = jax.tree.map(lambda p, m, v: p - lr * m / (jnp.sqrt(v) + ADAM_EPS), state.params, m, v)
    ema = jax.tree.map(lambda e, p: decay * e + (1 - decay) * p, state.ema, params)
    return State(params=params, ema=ema, m=m, v=v, step=step)


def random_crops(
    key: jax.Array,
    audio: jax.Array,
    starts: jax.Array,
    lengths: jax.Array,
    *,
    batch: int,
    n: int,
    detune_cents: float = 0.0,
) -> jax.Array:
    """[batch, n] mu-law crops of clips laid end to end in `audio`: a clip, then an offset.

    With `detune_cents`, each crop is resampled by a detune drawn uniformly from
    +-detune_cents (linear interpolation of the decoded audio, as `train.detuned_crop`;
    a ratio the clip is too short for is lowered to what fits).

    Args:
        audio: [total] all clips' mu-law values, concatenated.
        starts, lengths: [n_clips] where each clip begins in `audio` and its length (>= n).
    """
    k_clip, k_off, k_detune = jax.random.split(key, 3)
    clip = jax.random.randint(k_clip, (batch,), 0, starts.shape[0])
    first, length = starts[clip][:, None], lengths[clip]
    if not detune_cents:
        offset = jax.random.randint(k_off, (batch,), 0, length - n + 1)
        return audio[first + offset[:, None] + jnp.arange(n)].astype(jnp.int32)
    cents = jax.random.uniform(k_detune, (batch,), minval=-1.0, maxval=1.0) * detune_cents
    ratio = jnp.minimum(2 ** (cents / 1200), (length - 1) / (n - 1))
    offset = jax.random.uniform(k_off, (batch,)) * (length - 1 - (n - 1) * ratio)
    position = offset[:, None] + jnp.arange(n) * ratio[:, None]
    below = jnp.floor(position).astype(jnp.int32)
    above = jnp.minimum(below + 1, length[:, None] - 1)
    lo, hi = (mulaw.mulaw_to_audio(audio[first + i], xp=jnp) for i in (below, above))
    return mulaw.audio_to_mulaw(lo + (position - below) * (hi - lo), xp=jnp)


def make_train_steps(
    config: ModelConfig,
    *,
    batch: int,
    crop_samples: int,
    ema_decay: float,
    input_noise: float,
    steps_per_call: int,
    detune_cents: float = 0.0,
) -> Callable[..., tuple[State, jax.Array]]:
    """A jitted `(state, key, audio, starts, lengths, learning_rate) -> (state, losses)`.

    Runs `steps_per_call` steps on device per call (a scan), so a small model is not
    held back by the host dispatching each step. `losses` is [steps_per_call].
    """
    grad_fn = jax.value_and_grad(lambda p, q, noise: loss(config, p, q, noise))

    def one(carry, key):
        state, audio, starts, lengths, lr = carry
        k_crop, k_noise = jax.random.split(key)
        q = random_crops(
            k_crop, audio, starts, lengths, batch=batch, n=crop_samples, detune_cents=detune_cents
        )
        noise = input_noise * jax.random.normal(k_noise, q.shape)
        value, grads = grad_fn(state.params, q, noise)
        state = adam_ema_update(state, grads, learning_rate=lr, ema_decay=ema_decay)
        return (state, audio, starts, lengths, lr), value

    @jax.jit
    def steps(state, key, audio, starts, lengths, learning_rate):
        keys = jax.random.split(key, steps_per_call)
        (state, *_), losses = jax.lax.scan(
            one, (state, audio, starts, lengths, learning_rate), keys
        )
        return state, losses

    return steps


def init_state(
    params: dict[str, np.ndarray],
    ema: dict[str, np.ndarray],
    slots: dict[str, np.ndarray],
    step: int,
) -> State:
    """A `State` from checkpoint arrays (`slots` keyed `<var>` + `ADAM_SLOTS`)."""
    as_jax = lambda d: {k: jnp.asarray(v, jnp.float32) for k, v in d.items()}  # noqa: E731
    return State(
        params=as_jax(params),
        ema=as_jax(ema),
        m=as_jax({k: slots[k + ADAM_SLOTS[0]] for k in params}),
        v=as_jax({k: slots[k + ADAM_SLOTS[1]] for k in params}),
        step=jnp.asarray(step, jnp.int32),
    )
