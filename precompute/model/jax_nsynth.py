"""The NSynth WaveNet autoencoder in JAX, for machines that have JAX (and CUDA) but no TensorFlow.

`JaxNSynth` is the `autoencoder.Autoencoder` surface computed by JAX: the same weights by
magenta name (read by `checkpoint.load_weights`, which needs no TensorFlow), the same
sampling noise per stream, the same sampling rule, so a point sounds the same whichever
backend renders it (see docs/model.md for how often a class flips between them).

The forward passes (`encoder_forward`, `decoder_forward`) are the ones the JAX trainer
(`jax_train`) differentiates. Generation runs one jitted `lax.scan` per embedding frame
(512 steps, no Python per sample): each dilated layer's past inputs live in a ring buffer
of its own [2d + 1, b, dw], written and read with dynamic slices; the three taps
of a layer are one matmul and the residual and skip maps another; the conditioning of all
layers is computed once per frame. The ring buffers start at zero (magenta's queues) and
are donated from frame to frame, so XLA updates them in place; the next frame is
dispatched before the last one's samples are read back, so the device never waits for
the host.

Imports only NumPy and JAX: no TensorFlow anywhere on this path.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from precompute.model.autoencoder import (
    Autoencoder,
    FusedDecoder,
    ModelInputError,
    ProgressFn,
    float32_thresholds,
    is_encoder_weight,
)
from precompute.model.config import ModelConfig

Params = dict[str, jax.Array]

#: Arithmetic of the generator's matmuls. float32: exact float32 (as TensorFlow on a
#: CPU). tensorfloat32: NVIDIA tensor cores (Ampere and newer) round the inputs to a
#: 10-bit mantissa, accumulating in float32. bfloat16: the weights are stored in
#: bfloat16 (half the bytes a step reads) and each matmul's input rounded to it,
#: accumulating in float32. The encoder and the teacher-forced pass are always float32.
PRECISIONS = ("float32", "tensorfloat32", "bfloat16")

jax.tree_util.register_dataclass(
    FusedDecoder, data_fields=[f.name for f in dataclasses.fields(FusedDecoder)], meta_fields=[]
)

# Forward passes over a whole sequence (also what jax_train differentiates) ---------------


def _conv(params: Params, scope: str) -> tuple[jax.Array, jax.Array]:
    """(W as [k * in, out], oldest tap first; biases [out]) of one magenta conv."""
    w = params[f"{scope}/W"]  # [1, k, in, out]
    return w.reshape(-1, w.shape[-1]), params[f"{scope}/biases"]


def _taps(x: jax.Array, dilation: int, causal: bool) -> jax.Array:
    """[b, t, c] -> [b, t, 3c]: taps (t-2d, t-d, t) if causal else (t-d, t, t+d), zero outside."""
    n = x.shape[1]
    if causal:
        padded = jnp.pad(x, ((0, 0), (2 * dilation, 0), (0, 0)))
        return jnp.concatenate([padded[:, :n], padded[:, dilation : dilation + n], x], axis=2)
    padded = jnp.pad(x, ((0, 0), (dilation, dilation), (0, 0)))
    return jnp.concatenate([padded[:, :n], x, padded[:, 2 * dilation :]], axis=2)


def _dense(x: jax.Array, wb: tuple[jax.Array, jax.Array]) -> jax.Array:
    return x @ wb[0] + wb[1]


def encoder_forward(config: ModelConfig, params: Params, xs: jax.Array) -> jax.Array:
    """[b, n] inputs q / 128 -> [b, n // hop_length, n_z] embeddings, as `nsynth`'s."""
    h = _dense(_taps(xs[:, :, None], 1, causal=False), _conv(params, "ae_startconv"))
    for i in range(config.enc_layers):
        d = _taps(jax.nn.relu(h), config.enc_dilation(i), causal=False)
        d = _dense(d, _conv(params, f"ae_dilatedconv_{i + 1}"))
        h = h + _dense(jax.nn.relu(d), _conv(params, f"ae_res_{i + 1}"))
    z = _dense(h, _conv(params, "ae_bottleneck"))
    b, n, _ = z.shape
    return z.reshape(b, n // config.hop_length, config.hop_length, config.n_z).mean(axis=2)


def decoder_forward(config: ModelConfig, params: Params, xs: jax.Array, z: jax.Array) -> jax.Array:
    """[b, n] inputs and [b, n_frames, n_z] embeddings -> [b, n, 256] logits (teacher forced)."""
    hop, dw = config.hop_length, config.dec_width
    shifted = jnp.pad(xs, ((0, 0), (1, 0)))[:, :-1, None]
    h = _dense(_taps(shifted, 1, causal=True), _conv(params, "startconv"))
    s = _dense(h, _conv(params, "skip_start"))
    for i in range(config.dec_layers):
        y = _dense(
            _taps(h, config.dec_dilation(i), causal=True), _conv(params, f"dilatedconv_{i + 1}")
        )
        y = y + jnp.repeat(_dense(z, _conv(params, f"cond_map_{i + 1}")), hop, axis=1)
        g = jax.nn.sigmoid(y[:, :, :dw]) * jnp.tanh(y[:, :, dw:])
        if i < config.dec_layers - 1:  # magenta's last residual output is never read
            h = h + _dense(g, _conv(params, f"res_{i + 1}"))
        s = s + _dense(g, _conv(params, f"skip_{i + 1}"))
    out = _dense(jax.nn.relu(s), _conv(params, "out1"))
    out = out + jnp.repeat(_dense(z, _conv(params, "cond_map_out1")), hop, axis=1)
    return _dense(jax.nn.relu(out), _conv(params, "logits"))


@functools.partial(jax.jit, static_argnums=0)
def _encode(config: ModelConfig, params: Params, xs: jax.Array) -> jax.Array:
    with jax.default_matmul_precision("float32"):
        return encoder_forward(config, params, xs)


@functools.partial(jax.jit, static_argnums=0)
def _teacher_forced(config: ModelConfig, params: Params, xs: jax.Array, z: jax.Array):
    with jax.default_matmul_precision("float32"):
        return decoder_forward(config, params, xs, z)


# Incremental generation -----------------------------------------------------------------

#: Generator state: (a ring buffer [2d + 1, b, dw] per layer, startconv's window [b, 3], step).
State = tuple[tuple[jax.Array, ...], jax.Array, jax.Array]

#: The matmul weights stored in bfloat16 under precision "bfloat16" (99.9% of the bytes).
_BF16_FIELDS = ("skip_start_w", "dilated_w", "res_skip_w", "out1_w", "logits_w")


def _dot(x: jax.Array, w: jax.Array, precision: str) -> jax.Array:
    """x @ w in the generator's arithmetic (see `PRECISIONS`), accumulated in float32."""
    if w.dtype == jnp.bfloat16:
        return jnp.matmul(x.astype(jnp.bfloat16), w, preferred_element_type=jnp.float32)
    if precision == "tensorfloat32":
        return jnp.matmul(x, w, precision="TF32_TF32_F32")
    return jnp.matmul(x, w, precision=lax.Precision.HIGHEST)


def _sample(logits: jax.Array, thresholds: jax.Array, temperature: jax.Array) -> jax.Array:
    """Mu-law values drawn like magenta's `sample_categorical`, or argmax at temperature 0.

    Args:
        logits: [b, 256].
        thresholds: [b] float32, `autoencoder.float32_thresholds` of the uniforms: the
            count of CDF entries below it is magenta's `searchsorted(cumsum(p), u)`.
        temperature: Scalar >= 0.

    Returns:
        [b] int32 mu-law values in [-128, 127].
    """
    scaled = logits / jnp.where(temperature > 0, temperature, 1.0)
    label = _searchsorted(jnp.cumsum(jax.nn.softmax(scaled, axis=1), axis=1), thresholds)
    label = jnp.where(temperature > 0, label, jnp.argmax(logits, axis=1))
    return label.astype(jnp.int32) - 128


def _searchsorted(cdf: jax.Array, thresholds: jax.Array) -> jax.Array:
    """[b] count of cdf [b, 256] entries below each threshold [b], at most 255.

    An index past the last class (the CDF can end below u) is clipped to the top class.
    """
    return jnp.minimum(jnp.sum(cdf < thresholds[:, None], axis=1), 255)


@functools.partial(
    jax.jit, static_argnames=("config", "forced", "precision"), donate_argnames=("state",)
)
def _decode_frame(
    dec: FusedDecoder,
    state: State,
    z_frame: jax.Array,
    drive: jax.Array,
    temperature: jax.Array,
    *,
    config: ModelConfig,
    forced: bool,
    precision: str,
) -> tuple[State, jax.Array, jax.Array | None]:
    """Decode len(drive) steps of one frame.

    Args:
        dec: The decoder's weights.
        state: Rings, window and step count after the previous frame (donated).
        z_frame: [b, n_z] this frame's embedding.
        drive: [n_steps, b]: float32 sampling thresholds, or int32 mu-law values to feed
            back when `forced`.
        temperature: Scalar.

    Returns:
        (state, q [n_steps, b] int32, probs [n_steps, b, 256] when forced, else None).
    """
    dw, n_layers = config.dec_width, config.dec_layers
    dilations = config.dec_dilations
    batch = z_frame.shape[0]
    with jax.default_matmul_precision("float32"):  # once per frame: keep it exact
        cond = (z_frame @ dec.cond_w + dec.cond_b + dec.dilated_b).reshape(batch, n_layers, -1)
        cond_out = z_frame @ dec.cond_out_w + dec.cond_out_b  # [b, sw]

    def dot(x: jax.Array, w: jax.Array) -> jax.Array:
        return _dot(x, w, precision)

    def step(carry: State, given: jax.Array):
        rings, window, t = carry
        h = dot(window, dec.start_w) + dec.start_b  # [b, dw]
        s = dot(h, dec.skip_start_w) + dec.skip_start_b  # [b, sw]
        new_rings = []
        for layer, d in enumerate(dilations):
            # [2d + 1, b, dw]: x[t - k] at (t - k) % (2d + 1). x[t] is written first and
            # the taps read from the result, so every read follows the write it needs:
            # XLA then updates the ring in place (reading first would make it copy the
            # ring to keep the old value, twice a step).
            ring = lax.dynamic_update_index_in_dim(rings[layer], h, t % (2 * d + 1), 0)
            taps = [
                lax.dynamic_index_in_dim(ring, (t - k) % (2 * d + 1), keepdims=False)
                for k in (2 * d, d)
            ]
            y = dot(jnp.concatenate([*taps, h], axis=1), dec.dilated_w[layer]) + cond[:, layer]
            g = jax.nn.sigmoid(y[:, :dw]) * jnp.tanh(y[:, dw:])
            rs = dot(g, dec.res_skip_w[layer]) + dec.res_skip_b[layer]
            new_rings.append(ring)
            if layer < n_layers - 1:
                h, s = h + rs[:, :dw], s + rs[:, dw:]
            else:
                s = s + rs
        out = jax.nn.relu(dot(jax.nn.relu(s), dec.out1_w) + dec.out1_b + cond_out)
        logits = dot(out, dec.logits_w) + dec.logits_b  # [b, 256]
        if forced:
            q, emitted = given, (given, jax.nn.softmax(logits, axis=1))
        else:
            q = _sample(logits, given, temperature)
            emitted = (q, None)
        # The decoder reads q / 128, the value magenta's graph gets back from
        # mu_law(inv_mu_law(q)).
        window = jnp.concatenate([window[:, 1:], q.astype(jnp.float32)[:, None] / 128.0], 1)
        return (tuple(new_rings), window, t + 1), emitted

    state, (q, probs) = lax.scan(step, state, drive)
    return state, q, probs


class JaxNSynth(Autoencoder):
    """The autoencoder in JAX. Load once per process and pass the object around.

    Args:
        config: Model shape.
        weights: Raw variables by magenta name (see `checkpoint.variable_shapes`).
        fingerprint: Identity of the weights, stored with every render.
        precision: Arithmetic of the generator's matmuls, one of `PRECISIONS`.
        device: Where the weights live and the model runs (default: JAX's first device,
            a GPU when there is one).

    Raises:
        ModelInputError: an unknown precision, or tensorfloat32 without an NVIDIA GPU.
    """

    backend = "jax"

    def __init__(
        self,
        config: ModelConfig,
        weights: dict[str, np.ndarray],
        fingerprint: str,
        *,
        precision: str = "float32",
        device: jax.Device | None = None,
    ):
        super().__init__(config, fingerprint)
        self.device = device or jax.devices()[0]
        if precision not in PRECISIONS:
            raise ModelInputError(f"precision={precision!r}; known: {', '.join(PRECISIONS)}")
        if precision == "tensorfloat32" and self.device.platform != "gpu":
            raise ModelInputError(
                f"precision tensorfloat32 needs an NVIDIA GPU; the model runs on {self.device}"
            )
        self.precision = precision

        def put(array: np.ndarray, dtype=jnp.float32) -> jax.Array:
            return jax.device_put(np.ascontiguousarray(array, dtype=dtype), self.device)

        fused = FusedDecoder.from_weights(config, weights)
        if precision == "bfloat16":
            fused = dataclasses.replace(
                fused,
                **{
                    name: jax.tree.map(lambda a: np.asarray(a, jnp.bfloat16), getattr(fused, name))
                    for name in _BF16_FIELDS
                },
            )
        self._dec = fused.map(lambda a: put(a, a.dtype))
        self._encoder_weights = {n: put(a) for n, a in weights.items() if is_encoder_weight(n)}

    def options(self) -> dict[str, Any]:
        return {"precision": self.precision}

    def _encode(self, xs: np.ndarray) -> np.ndarray:
        return np.asarray(_encode(self.config, self._encoder_weights, self._put(xs)))

    def _teacher_forced(self, xs: np.ndarray, z: np.ndarray) -> np.ndarray:
        dec = self._dec.map(lambda a: a.astype(jnp.float32))
        params = dec.decoder_weights(self.config)
        return np.asarray(_teacher_forced(self.config, params, self._put(xs), self._put(z)))

    def _put(self, array: np.ndarray) -> jax.Array:
        return jax.device_put(array, self.device)

    def _generate(
        self,
        z: np.ndarray,
        *,
        uniforms: np.ndarray | None = None,
        forced: np.ndarray | None = None,
        temperature: float,
        progress: ProgressFn | None = None,
    ) -> tuple[np.ndarray, np.ndarray | None]:
        cfg = self.config
        is_forced = forced is not None
        drive = forced.astype(np.int32) if is_forced else float32_thresholds(uniforms)
        total, batch = drive.shape
        state = self._initial_state(batch)
        temp = self._put(np.float32(temperature))
        frame = functools.partial(
            _decode_frame, config=cfg, forced=is_forced, precision=self.precision
        )
        q_out, p_out = [], []
        in_flight: list[tuple[int, jax.Array, jax.Array | None]] = []

        def collect() -> None:
            stop, q, p = in_flight.pop(0)
            q_out.append(np.asarray(q))  # waits for that frame
            if p is not None:
                p_out.append(np.asarray(p))
            if progress is not None:
                progress(stop, total)

        for f, start in enumerate(range(0, total, cfg.hop_length)):
            stop = min(start + cfg.hop_length, total)
            state, q, p = frame(
                self._dec, state, self._put(z[:, f]), self._put(drive[start:stop]), temp
            )
            in_flight.append((stop, q, p))
            if len(in_flight) > 1:  # the next frame is queued before this one is read
                collect()
        while in_flight:
            collect()
        return np.concatenate(q_out), (np.concatenate(p_out) if is_forced else None)

    def _initial_state(self, batch: int) -> State:
        """Silence: every ring buffer and startconv's window at zero, step 0."""
        cfg = self.config
        rings = tuple(
            jnp.zeros((2 * d + 1, batch, cfg.dec_width), jnp.float32, device=self.device)
            for d in cfg.dec_dilations
        )
        window = jnp.zeros((batch, 3), jnp.float32, device=self.device)
        return rings, window, jnp.zeros((), jnp.int32, device=self.device)
