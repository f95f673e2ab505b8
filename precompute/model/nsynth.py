"""The NSynth WaveNet autoencoder in TensorFlow 2, numerically equal to magenta's.

`NSynth` is the `autoencoder.Autoencoder` surface computed by TensorFlow:
`teacher_forced_logits` runs the decoder over a known sequence in one pass (tests,
training); `decode` is fast incremental generation: one compiled loop per embedding
frame, every stream of the batch in lock-step, each dilated layer's past inputs in a
ring buffer, the three taps of a layer fused into one matmul.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf

from precompute.model.autoencoder import (
    Autoencoder,
    FusedDecoder,
    ModelInputError,
    ProgressFn,
    is_encoder_weight,
)
from precompute.model.config import ModelConfig

#: XLA's fused loop beats TF's graph executor on CPU at batch 1 (a 2 s clip of the demo
#: model in 3.2 s instead of 22.7 s; a tie for h512_bo16) and from this batch size on
#: (h512_bo16: 82 vs 59 GFLOP/s at 64 streams), but is slower in between (2 cores,
#: bench/generate.py).
XLA_MIN_BATCH = 64

__all__ = ["NSynth", "ModelInputError", "decoder_forward", "encoder_forward"]

#: Raw weights by magenta name (`scope/W` [1, k, in, out], `scope/biases` [out]), as
#: arrays or tensors: what the functional encoder and decoder below read.
Weights = dict[str, "np.ndarray | tf.Tensor | tf.Variable"]


def _conv(weights: Weights, scope: str) -> tuple:
    """(W as [k * in, out] with taps oldest first, biases [out]) of one magenta conv."""
    w = weights[f"{scope}/W"]  # [1, k, in, out]
    return tf.reshape(w, [-1, w.shape[-1]]), weights[f"{scope}/biases"]


def _taps(x: tf.Tensor, dilation: int, causal: bool) -> tf.Tensor:
    """Stack the three taps of a dilated convolution along channels.

    Args:
        x: [b, t, c].
        dilation: Spacing of the taps in samples.
        causal: Taps (t - 2d, t - d, t) if True, else (t - d, t, t + d); zero outside.

    Returns:
        [b, t, 3 * c], oldest tap first (the order of magenta's W[0, k]).
    """
    n = tf.shape(x)[1]
    if causal:
        padded = tf.pad(x, [[0, 0], [2 * dilation, 0], [0, 0]])
        return tf.concat([padded[:, :n], padded[:, dilation : dilation + n], x], axis=2)
    padded = tf.pad(x, [[0, 0], [dilation, dilation], [0, 0]])
    return tf.concat([padded[:, :n], x, padded[:, 2 * dilation : 2 * dilation + n]], axis=2)


def _dense(x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    """x [..., in] @ w [in, out] + b [out]."""
    return tf.tensordot(x, w, axes=1) + b


def _upsample(frames: tf.Tensor, hop: int) -> tf.Tensor:
    """[b, n_frames, c] -> [b, n_frames * hop, c]: sample t reads frame t // hop."""
    return tf.repeat(frames, hop, axis=1)


def encoder_forward(config: ModelConfig, weights: Weights, xs: tf.Tensor) -> tf.Tensor:
    """magenta's non-causal encoder, differentiable.

    Args:
        config: Model shape.
        weights: Raw weights by magenta name.
        xs: [b, n] quantised input q / 128, n a multiple of hop_length.

    Returns:
        [b, n // hop_length, n_z] embeddings.
    """
    h = _dense(_taps(xs[:, :, None], 1, causal=False), *_conv(weights, "ae_startconv"))
    for i in range(config.enc_layers):
        d = _taps(tf.nn.relu(h), config.enc_dilation(i), causal=False)
        d = _dense(d, *_conv(weights, f"ae_dilatedconv_{i + 1}"))
        h = h + _dense(tf.nn.relu(d), *_conv(weights, f"ae_res_{i + 1}"))
    z = _dense(h, *_conv(weights, "ae_bottleneck"))  # [b, n, n_z]
    b, n = tf.shape(z)[0], tf.shape(z)[1]
    frames = tf.reshape(z, [b, n // config.hop_length, config.hop_length, config.n_z])
    return tf.reduce_mean(frames, axis=2)


def decoder_forward(
    config: ModelConfig, weights: Weights, xs: tf.Tensor, z: tf.Tensor
) -> tf.Tensor:
    """magenta's WaveNet decoder over a known sequence in one pass, differentiable.

    Args:
        config: Model shape.
        weights: Raw weights by magenta name.
        xs: [b, n] quantised input q / 128; output t sees only xs[:, :t].
        z: [b, n // hop_length, n_z] conditioning.

    Returns:
        [b, n, 256] logits.
    """
    hop, dw = config.hop_length, config.dec_width
    shifted = tf.pad(xs, [[0, 0], [1, 0]])[:, :-1, None]  # [b, n, 1]
    h = _dense(_taps(shifted, 1, causal=True), *_conv(weights, "startconv"))
    s = _dense(h, *_conv(weights, "skip_start"))
    for i in range(config.dec_layers):
        y = _dense(
            _taps(h, config.dec_dilation(i), causal=True), *_conv(weights, f"dilatedconv_{i + 1}")
        )
        y = y + _upsample(_dense(z, *_conv(weights, f"cond_map_{i + 1}")), hop)
        g = tf.sigmoid(y[:, :, :dw]) * tf.tanh(y[:, :, dw:])  # [b, n, dw]
        if i < config.dec_layers - 1:  # magenta's last residual output is never read
            h = h + _dense(g, *_conv(weights, f"res_{i + 1}"))
        s = s + _dense(g, *_conv(weights, f"skip_{i + 1}"))
    out = _dense(tf.nn.relu(s), *_conv(weights, "out1"))
    out = out + _upsample(_dense(z, *_conv(weights, "cond_map_out1")), hop)
    return _dense(tf.nn.relu(out), *_conv(weights, "logits"))


class NSynth(Autoencoder):
    """The autoencoder in TensorFlow. Load once per process and pass the object around.

    Args:
        config: Model shape.
        weights: Raw variables by magenta name (see `checkpoint.variable_shapes`).
        fingerprint: Identity of the weights, stored with every render.
        xla: Compile the generation loop with XLA (True) or run it by TF's graph
            executor (False); None picks by batch size (`XLA_MIN_BATCH`).
    """

    backend = "tf"

    def __init__(
        self,
        config: ModelConfig,
        weights: dict[str, np.ndarray],
        fingerprint: str,
        *,
        xla: bool | None = None,
    ):
        super().__init__(config, fingerprint)
        self.xla = xla
        # One copy of the decoder, laid out for generation; the teacher-forced pass reads
        # slices of it (`FusedDecoder.decoder_weights`).
        self._dec = FusedDecoder.from_weights(config, weights).map(
            lambda a: tf.Variable(np.ascontiguousarray(a), trainable=False)
        )
        self._encoder_weights = {
            name: tf.constant(array) for name, array in weights.items() if is_encoder_weight(name)
        }
        self._generators: dict[int, _Generator] = {}

    def options(self) -> dict[str, Any]:
        return {"xla": self.xla}

    def _encode(self, xs: np.ndarray) -> np.ndarray:
        return encoder_forward(self.config, self._encoder_weights, tf.constant(xs)).numpy()

    def _teacher_forced(self, xs: np.ndarray, z: np.ndarray) -> np.ndarray:
        return self.decoder_logits(tf.constant(xs), tf.constant(z)).numpy()

    def decoder_logits(self, xs: tf.Tensor, z: tf.Tensor) -> tf.Tensor:
        """Differentiable decoder: [b, n] scaled input (q / 128), [b, f, n_z] -> [b, n, 256]."""
        return decoder_forward(self.config, self._dec.decoder_weights(self.config), xs, z)

    def _generate(
        self,
        z: np.ndarray,
        *,
        uniforms: np.ndarray | None = None,
        forced: np.ndarray | None = None,
        temperature: float,
        progress: ProgressFn | None = None,
    ) -> tuple[np.ndarray, np.ndarray | None]:
        return self._generator(z.shape[0]).run(
            z, uniforms=uniforms, forced=forced, temperature=temperature, progress=progress
        )

    def _generator(self, batch: int) -> _Generator:
        if batch not in self._generators:
            xla = (batch == 1 or batch >= XLA_MIN_BATCH) if self.xla is None else self.xla
            # Ring buffers scale with the batch: keep the two latest sizes (a render's
            # full batches and its shorter last one), not every size ever seen.
            if len(self._generators) >= 2:
                del self._generators[next(iter(self._generators))]
            self._generators[batch] = _Generator(self.config, self._dec, batch, xla=xla)
        return self._generators[batch]


class _Generator:
    """Incremental decoding state for one batch size.

    Every dilated layer i keeps its last 2 * d_i inputs in a slice of one ring buffer
    variable [sum(2 d_i), b, dw]; each step gathers all layers' taps in one op and
    writes all layers' new inputs back in one scatter. The ring is never cleared: taps
    from before the first step are masked to zero. One compiled call decodes one
    embedding frame (hop_length steps) in a `tf.while_loop`.
    """

    def __init__(self, config: ModelConfig, weights: FusedDecoder, batch: int, *, xla: bool):
        self.config, self.w, self.batch, self.xla = config, weights, batch, xla
        dil = np.array(config.dec_dilations, dtype=np.int64)
        self.ring_offsets = tf.constant(np.concatenate([[0], np.cumsum(2 * dil)[:-1]]))
        self.dilations = tf.constant(dil)
        n_rows = int(2 * dil.sum())
        self.ring = tf.Variable(tf.zeros([n_rows, batch, config.dec_width]), trainable=False)
        # startconv's three taps (u[t-2], u[t-1], u[t]) of the right-shifted input u,
        # for the step about to run: u[t] is the previous step's output.
        self.window = tf.Variable(tf.zeros([batch, 3]), trainable=False)
        self.step = tf.Variable(tf.constant(0, tf.int64), trainable=False)
        self._frame_fns: dict[bool, Callable] = {}

    def run(
        self,
        z: np.ndarray,
        *,
        uniforms: np.ndarray | None = None,
        forced: np.ndarray | None = None,
        temperature: float = 1.0,
        progress: ProgressFn | None = None,
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Decode from silence (see `Autoencoder._generate`)."""
        cfg, w = self.config, self.w
        hop = cfg.hop_length
        is_forced = forced is not None
        drive = forced.astype(np.int32) if is_forced else uniforms
        total = len(drive)
        self.window.assign(tf.zeros_like(self.window))
        self.step.assign(0)
        frame_fn = self._frame_fn(is_forced)
        temp = tf.constant(temperature, tf.float32)
        outputs, probs = [], []
        for f, start in enumerate(range(0, total, hop)):
            stop = min(start + hop, total)
            # Conditioning of all layers for this frame, [b, L * 2dw] -> [L, b, 2dw]; one
            # frame at a time, since all frames at once take frames x batch x 120 kB.
            zf = tf.constant(z[:, f])
            cond = _dense(zf, w.cond_w, w.cond_b) + w.dilated_b
            cond = tf.transpose(tf.reshape(cond, [self.batch, cfg.dec_layers, -1]), [1, 0, 2])
            cond_out = _dense(zf, w.cond_out_w, w.cond_out_b)  # [b, sw]
            q, p = frame_fn(cond, cond_out, tf.constant(drive[start:stop]), temp)
            outputs.append(q.numpy())
            if is_forced:
                probs.append(p.numpy())
            if progress is not None:
                progress(stop, total)
        return np.concatenate(outputs), (np.concatenate(probs) if is_forced else None)

    def _frame_fn(self, forced: bool) -> Callable:
        if forced not in self._frame_fns:
            self._frame_fns[forced] = tf.function(
                lambda c, co, drive, t: self._frame(c, co, drive, t, forced=forced),
                reduce_retracing=True,
                jit_compile=self.xla,
            )
        return self._frame_fns[forced]

    def _frame(
        self,
        cond: tf.Tensor,
        cond_out: tf.Tensor,
        drive: tf.Tensor,
        temperature: tf.Tensor,
        *,
        forced: bool,
    ) -> tuple[tf.Tensor, tf.Tensor]:
        """Decode len(drive) steps of one frame. cond: [L, b, 2dw]; cond_out: [b, sw]."""
        cfg, w = self.config, self.w
        n_steps = tf.shape(drive)[0]
        dw, n_layers = cfg.dec_width, cfg.dec_layers
        two_d = 2 * self.dilations
        q_out = tf.TensorArray(tf.int32, size=n_steps)
        p_out = tf.TensorArray(tf.float32, size=n_steps if forced else 0)

        def body(i, window, q_out, p_out):
            t = self.step + tf.cast(i, tf.int64)
            old = self.ring_offsets + t % two_d  # holds x[t - 2d]; overwritten below
            mid = self.ring_offsets + (t + self.dilations) % two_d  # holds x[t - d]
            taps = tf.gather(self.ring, tf.concat([old, mid], 0))  # [2L, b, dw]
            # Taps before t = 0 are the zero padding magenta's queues start with. Masking
            # them, instead of zeroing the ring per decode, saves a ring-sized temporary.
            started = tf.concat([t >= two_d, t >= self.dilations], 0)[:, None, None]
            taps = tf.where(started, taps, tf.zeros_like(taps))
            h = tf.matmul(window, w.start_w) + w.start_b  # [b, dw]
            s = tf.matmul(h, w.skip_start_w) + w.skip_start_b  # [b, sw]
            inputs = []
            for layer in range(n_layers):
                inputs.append(h)
                y = tf.matmul(
                    tf.concat([taps[layer], taps[n_layers + layer], h], 1), w.dilated_w[layer]
                )
                y = y + cond[layer]  # [b, 2dw]
                g = tf.sigmoid(y[:, :dw]) * tf.tanh(y[:, dw:])
                rs = tf.matmul(g, w.res_skip_w[layer]) + w.res_skip_b[layer]
                if layer < n_layers - 1:
                    h = h + rs[:, :dw]
                    s = s + rs[:, dw:]
                else:
                    s = s + rs
            self.ring.scatter_update(tf.IndexedSlices(tf.stack(inputs), old))
            out = tf.nn.relu(tf.matmul(tf.nn.relu(s), w.out1_w) + w.out1_b + cond_out)
            logits = tf.matmul(out, w.logits_w) + w.logits_b  # [b, 256]
            if forced:
                p_out = p_out.write(i, tf.nn.softmax(logits))
                q = drive[i]
            else:
                q = _sample(logits, drive[i], temperature)
            q_out = q_out.write(i, q)
            # The decoder reads q / 128, the same value magenta's graph gets back from
            # mu_law(inv_mu_law(q)).
            window = tf.concat([window[:, 1:], tf.cast(q, tf.float32)[:, None] / 128.0], 1)
            return i + 1, window, q_out, p_out

        _, window, q_out, p_out = tf.while_loop(
            lambda i, *_: i < n_steps,
            body,
            (tf.constant(0), self.window.read_value(), q_out, p_out),
        )
        self.window.assign(window)
        self.step.assign_add(tf.cast(n_steps, tf.int64))
        return q_out.stack(), (p_out.stack() if forced else tf.zeros([0]))


def _sample(logits: tf.Tensor, uniforms: tf.Tensor, temperature: tf.Tensor) -> tf.Tensor:
    """Mu-law values drawn like magenta's `sample_categorical`, or argmax at temperature 0.

    magenta picks `searchsorted(cumsum(p), u)`: the number of float32 CDF entries below
    the float64 uniform u. An index past the last class (the CDF can end below u) is
    clipped to the top class.

    Args:
        logits: [b, 256].
        uniforms: [b] float64 in [0, 1).
        temperature: Scalar >= 0.

    Returns:
        [b] int32 mu-law values in [-128, 127].
    """

    def sampled() -> tf.Tensor:
        cdf = tf.cumsum(tf.nn.softmax(logits / temperature), axis=1)
        below = tf.cast(cdf, tf.float64) < uniforms[:, None]
        return tf.minimum(tf.reduce_sum(tf.cast(below, tf.int32), axis=1), 255)

    label = tf.cond(
        temperature > 0, sampled, lambda: tf.argmax(logits, axis=1, output_type=tf.int32)
    )
    return label - 128
