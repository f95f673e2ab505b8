"""The model surface every backend shares: input checks, sampling noise, decoder weight layout.

`Autoencoder` is the two-function surface the renderer and the server use (`encode`,
`decode`) plus the two comparison hooks the tests use (`teacher_forced_logits`,
`incremental_probabilities`). It validates inputs, draws the sampling noise (one seed per
stream, or one generator for the batch) and converts mu-law values to audio; a backend
(`nsynth.NSynth` in TensorFlow, `jax_nsynth.JaxNSynth` in JAX) supplies only the three
computations behind it. So a point decoded with the same seed gets the same uniforms on
either backend, and the same checks answer the same mistakes.

`FusedDecoder` is the decoder's weights laid out for incremental generation (taps of a
dilated layer stacked, residual and skip maps side by side, conditioning maps of all
layers in one matrix), built here once in NumPy for both backends. It holds no second
copy: `decoder_weights` gives the raw magenta-named decoder weights back as slices of it.
"""

from __future__ import annotations

import abc
import dataclasses
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Self

import numpy as np

from precompute.errors import PrecomputeError
from precompute.model import mulaw
from precompute.model.checkpoint import fingerprint, load_weights
from precompute.model.config import ModelConfig

logger = logging.getLogger(__name__)

#: progress(samples_done, samples_total) is called after each decoded frame.
ProgressFn = Callable[[int, int], None]


class ModelInputError(PrecomputeError):
    """Audio or embeddings handed to the model have the wrong shape or values."""


# Decoder weights laid out for generation -------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FusedDecoder:
    """The decoder's weights as every generator reads them; arrays of any backend.

    Attributes (L = dec_layers, dw = dec_width, sw = skip_width, nz = n_z):
        start_w: [3, dw] `startconv`, oldest tap first.
        skip_start_w: [dw, sw].
        dilated_w: L x [3 * dw, 2 * dw]: the three taps of a layer in one matrix, so a
            step is one matmul of the stacked inputs (x[t - 2d], x[t - d], x[t]).
        res_skip_w: L x [dw, dw + sw]: `res_i` and `skip_i` side by side, one matmul;
            the last layer keeps only its skip part, since magenta computes `res_L` into
            a stream nobody reads.
        cond_w: [nz, L * 2 * dw]: every layer's conditioning map side by side, computed
            once per frame for all layers.
        dilated_b: [L * 2 * dw]: the dilated convs' biases, laid out as `cond_b`; a
            generator adds both to the per-frame conditioning.
        out1_w, logits_w, cond_out_w: the head's maps; `*_b` are the biases.
    """

    start_w: Any
    start_b: Any
    skip_start_w: Any
    skip_start_b: Any
    dilated_w: tuple[Any, ...]
    res_skip_w: tuple[Any, ...]
    res_skip_b: tuple[Any, ...]
    cond_w: Any
    cond_b: Any
    dilated_b: Any
    out1_w: Any
    out1_b: Any
    logits_w: Any
    logits_b: Any
    cond_out_w: Any
    cond_out_b: Any

    @classmethod
    def from_weights(cls, config: ModelConfig, weights: dict[str, np.ndarray]) -> FusedDecoder:
        """Lay out raw magenta-named weights (float32 NumPy arrays); reshapes are views."""

        def conv(scope: str) -> tuple[np.ndarray, np.ndarray]:
            w = np.asarray(weights[f"{scope}/W"], np.float32)  # [1, k, in, out] -> [k*in, out]
            return w.reshape(-1, w.shape[-1]), np.asarray(weights[f"{scope}/biases"], np.float32)

        n = config.dec_layers
        dilated = [conv(f"dilatedconv_{i + 1}") for i in range(n)]
        cond = [conv(f"cond_map_{i + 1}") for i in range(n)]
        res = [conv(f"res_{i + 1}") for i in range(n - 1)]
        skip = [conv(f"skip_{i + 1}") for i in range(n)]
        fused = [
            (np.concatenate([r[0], s[0]], 1), np.concatenate([r[1], s[1]]))
            for r, s in zip(res, skip[:-1], strict=True)
        ]
        fused.append(skip[-1])
        return cls(
            *conv("startconv"),
            *conv("skip_start"),
            dilated_w=tuple(w for w, _ in dilated),
            res_skip_w=tuple(w for w, _ in fused),
            res_skip_b=tuple(b for _, b in fused),
            cond_w=np.concatenate([w for w, _ in cond], axis=1),
            cond_b=np.concatenate([b for _, b in cond]),
            dilated_b=np.concatenate([b for _, b in dilated]),
            out1_w=conv("out1")[0],
            out1_b=conv("out1")[1],
            logits_w=conv("logits")[0],
            logits_b=conv("logits")[1],
            cond_out_w=conv("cond_map_out1")[0],
            cond_out_b=conv("cond_map_out1")[1],
        )

    def map(self, fn: Callable[[Any], Any]) -> FusedDecoder:
        """The same layout with `fn` applied to every array (e.g. into backend variables)."""
        return FusedDecoder(
            **{
                f.name: tuple(map(fn, v)) if isinstance(v, tuple) else fn(v)
                for f in dataclasses.fields(self)
                for v in [getattr(self, f.name)]
            }
        )

    def decoder_weights(self, config: ModelConfig) -> dict[str, Any]:
        """The raw decoder weights by magenta name, as slices of these arrays (no copy).

        Every decoder variable but `res_L` (which nobody reads); each `W` as the matrix
        [k * in, out] that the forward passes make of magenta's [1, k, in, out]. For a
        teacher-forced pass over a known sequence.
        """
        dw, sw = config.dec_width, config.skip_width
        out: dict[str, Any] = {}

        def put(scope: str, w: Any, b: Any) -> None:
            out[f"{scope}/W"], out[f"{scope}/biases"] = w, b

        put("startconv", self.start_w, self.start_b)
        put("skip_start", self.skip_start_w, self.skip_start_b)
        for i in range(config.dec_layers):
            span = slice(i * 2 * dw, (i + 1) * 2 * dw)
            put(f"dilatedconv_{i + 1}", self.dilated_w[i], self.dilated_b[span])
            put(f"cond_map_{i + 1}", self.cond_w[:, span], self.cond_b[span])
            w, b = self.res_skip_w[i], self.res_skip_b[i]
            if i < config.dec_layers - 1:
                put(f"res_{i + 1}", w[:, :dw], b[:dw])
            put(f"skip_{i + 1}", w[:, -sw:], b[-sw:])
        put("out1", self.out1_w, self.out1_b)
        put("cond_map_out1", self.cond_out_w, self.cond_out_b)
        put("logits", self.logits_w, self.logits_b)
        return out


def is_encoder_weight(name: str) -> bool:
    """True for the encoder's variables (`ae_*`), which generation never reads."""
    return name.startswith("ae_")


# Sampling noise ------------------------------------------------------------------------


def sampling_uniforms(
    batch: int,
    n_samples: int,
    *,
    rng: np.random.Generator | int | None = None,
    seeds: Sequence[int] | None = None,
) -> np.ndarray:
    """The uniforms that pick each sample: [n_samples, batch] float64 in [0, 1).

    Args:
        batch: Streams.
        n_samples: Steps.
        rng: One generator (or seed) for the whole batch: stream i depends on the batch.
        seeds: One seed per stream instead: stream i then sounds the same in any batch.

    Raises:
        ModelInputError: both `rng` and `seeds`, or not one seed per stream.
    """
    if seeds is not None:
        if rng is not None or len(seeds) != batch:
            raise ModelInputError(
                f"give either rng or one seed per stream ({batch}), not {len(seeds)} seeds"
            )
        return np.stack([np.random.default_rng(s).random(n_samples) for s in seeds], 1)
    rng = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    return rng.random((batch, n_samples)).T


def float32_thresholds(uniforms: np.ndarray) -> np.ndarray:
    """The smallest float32 >= each uniform: for a float32 c, c < u exactly when c < result.

    magenta samples `searchsorted(cumsum(p), u)`: the count of float32 CDF entries below a
    float64 u. Rounding u up to float32 keeps every such comparison (no float32 lies
    strictly between u and its round-up), so a generator that runs in float32 picks the
    same classes as one that compares in float64.
    """
    u32 = uniforms.astype(np.float32)
    below = u32.astype(np.float64) < uniforms
    return np.where(below, np.nextafter(u32, np.float32(np.inf)), u32).astype(np.float32)


# The surface -----------------------------------------------------------------------------


class Autoencoder(abc.ABC):
    """A loaded autoencoder, whatever its backend. Load once per process and pass it around.

    Args:
        config: Model shape.
        fingerprint: Identity of the weights, stored with every render.
    """

    #: Name of the backend, as `--backend` takes it.
    backend: str
    #: Set by each backend: the decoder laid out for generation, and the encoder's raw
    #: variables by magenta name, as that backend's arrays.
    _dec: FusedDecoder
    _encoder_weights: dict[str, Any]

    def __init__(self, config: ModelConfig, fingerprint: str):
        self.config = config
        self.fingerprint = fingerprint

    def raw_weights(self) -> dict[str, np.ndarray]:
        """Every variable the model reads, by magenta name, as float32 NumPy arrays.

        What `backends.build_model` takes to make this model again in another process (a
        cluster's workers) without the checkpoint file. The decoder's `W`s come as the
        [k * in, out] matrices the forward passes use, which `FusedDecoder.from_weights`
        reads as it reads magenta's [1, k, in, out].
        """
        named = {**self._encoder_weights, **self._dec.decoder_weights(self.config)}
        return {name: np.asarray(array, np.float32) for name, array in named.items()}

    @classmethod
    def from_checkpoint(
        cls,
        path: str | Path,
        *,
        config: ModelConfig | None = None,
        use_ema: bool = False,
        **options: Any,
    ) -> Self:
        """Load a magenta-named checkpoint into this backend (`checkpoint.load_weights`).

        `backends.load_model` is the door for a backend chosen by name; this is for code
        that wants one backend's class.

        Args:
            path: Checkpoint prefix, file or directory.
            config: Expected config (default: the checkpoint's sidecar, or its shapes).
            use_ema: Load the ExponentialMovingAverage copies.
            **options: The class's own keywords (TensorFlow's `xla`, JAX's `precision`
                and `device`).
        """
        config, weights = load_weights(path, config=config, use_ema=use_ema)
        model = cls(config, weights, fingerprint(path, use_ema=use_ema), **options)
        logger.info("loaded %s (%s) on --backend %s", path, model.fingerprint, model.backend)
        return model

    def options(self) -> dict[str, Any]:
        """The backend's construction options (keywords of its class) this model was made
        with, so `backends.build_model` makes the same one elsewhere."""
        return {}

    # Encoder ---------------------------------------------------------------------------

    def encode(self, audio: np.ndarray, *, max_batch: int = 8) -> np.ndarray:
        """Embed 16 kHz mono audio, as magenta's `fastgen.encode`.

        Args:
            audio: [b, n_samples] or [n_samples] float in [-1, 1] at the model's rate.
                The tail past a multiple of `hop_length` is dropped, as magenta does.
            max_batch: Clips per encoder pass (bounds memory on long clips).

        Returns:
            [b, n_samples // hop_length, n_z] float32 (no batch axis for 1-D input).

        Raises:
            ModelInputError: wrong rank, non-finite samples, or shorter than one frame.
        """
        x = np.asarray(audio, dtype=np.float32)
        squeeze = x.ndim == 1
        x = x[None] if squeeze else x
        if x.ndim != 2:
            raise ModelInputError(f"audio must be [batch, n_samples], got shape {x.shape}")
        if not np.isfinite(x).all():
            raise ModelInputError("audio holds NaN or infinite samples")
        n_frames = self.config.samples_to_frames(x.shape[1])
        if n_frames == 0:
            raise ModelInputError(
                f"audio of {x.shape[1]} samples is shorter than one frame "
                f"({self.config.hop_length} samples)"
            )
        xs = self._scale(x[:, : self.config.frames_to_samples(n_frames)])
        z = np.concatenate(
            [self._encode(xs[i : i + max_batch]) for i in range(0, len(xs), max_batch)]
        )
        return z[0] if squeeze else z

    def _scale(self, audio: np.ndarray) -> np.ndarray:
        """Quantise as magenta's graph does: both encoder and decoder see q / 128."""
        return mulaw.audio_to_mulaw(audio, mu=self.config.mu).astype(np.float32) / np.float32(128)

    # Teacher-forced decoder ------------------------------------------------------------

    def teacher_forced_logits(self, audio: np.ndarray, z: np.ndarray) -> np.ndarray:
        """Decoder logits for every sample of a known sequence, in one pass.

        Args:
            audio: [b, n_samples] with n_samples = n_frames * hop_length.
            z: [b, n_frames, n_z].

        Returns:
            [b, n_samples, 256] float32: logits[t] predicts audio[t] from audio[:t].
        """
        z = self._check_embedding(z)
        x = np.asarray(audio, dtype=np.float32)
        if x.shape != (z.shape[0], self.config.frames_to_samples(z.shape[1])):
            raise ModelInputError(
                f"audio shape {x.shape} does not match embedding shape {z.shape} "
                f"({self.config.hop_length} samples per frame)"
            )
        return self._teacher_forced(self._scale(x), z)

    # Incremental generation ------------------------------------------------------------

    def decode(
        self,
        z: np.ndarray,
        *,
        rng: np.random.Generator | int | None = None,
        seeds: Sequence[int] | None = None,
        temperature: float = 1.0,
        progress: ProgressFn | None = None,
    ) -> np.ndarray:
        """Generate audio from embeddings, one sample at a time for every stream at once.

        Args:
            z: [b, n_frames, n_z] (or [n_frames, n_z]) float32 embeddings.
            rng: Source of the sampling noise for the whole batch (a Generator or a seed).
            seeds: One seed per stream instead of `rng`: stream i then sounds the same
                whatever batch it is decoded in.
            temperature: Softmax temperature; 0 picks the most likely class (argmax).
            progress: Called with (samples_done, samples_total) after each frame.

        Returns:
            [b, n_frames * hop_length] float32 audio in (-1, 1) (no batch axis for 2-D z).
        """
        squeeze = np.ndim(z) == 2
        z = self._check_embedding(z[None] if squeeze else z)
        if temperature < 0 or not np.isfinite(temperature):
            raise ModelInputError(f"temperature={temperature} must be >= 0")
        n_samples = self.config.frames_to_samples(z.shape[1])
        uniforms = sampling_uniforms(z.shape[0], n_samples, rng=rng, seeds=seeds)
        q, _ = self._generate(z, uniforms=uniforms, temperature=temperature, progress=progress)
        audio = mulaw.mulaw_to_audio(q.T, mu=self.config.mu)
        return audio[0] if squeeze else audio

    def incremental_probabilities(self, z: np.ndarray, audio: np.ndarray) -> np.ndarray:
        """Per-step softmax of the incremental generator fed a given sequence.

        The generator's own path (ring buffers, fused taps), but its next input is
        audio[t] instead of a sample, so it can be compared step by step with another
        implementation fed the same sequence.

        Args:
            z: [b, n_frames, n_z].
            audio: [b, n_samples] with n_samples <= n_frames * hop_length.

        Returns:
            [b, n_samples, 256] float32 probabilities.
        """
        z = self._check_embedding(z)
        q = mulaw.audio_to_mulaw(audio, mu=self.config.mu)
        if q.ndim != 2 or q.shape[0] != z.shape[0]:
            raise ModelInputError(f"audio shape {q.shape} does not match embedding {z.shape}")
        _, probs = self._generate(z, forced=q.T, temperature=1.0)
        return probs.transpose(1, 0, 2)

    def _check_embedding(self, z: np.ndarray) -> np.ndarray:
        z = np.asarray(z, dtype=np.float32)
        if z.ndim != 3 or z.shape[2] != self.config.n_z or z.shape[1] == 0 or z.shape[0] == 0:
            raise ModelInputError(
                f"embeddings must be [batch, n_frames, {self.config.n_z}] with at least one "
                f"frame, got shape {z.shape}"
            )
        if not np.isfinite(z).all():
            raise ModelInputError("embeddings hold NaN or infinite values")
        return z

    # What a backend computes -----------------------------------------------------------

    @abc.abstractmethod
    def _encode(self, xs: np.ndarray) -> np.ndarray:
        """[b, n] quantised input q / 128 (n a multiple of hop_length) -> [b, n / hop, n_z]."""

    @abc.abstractmethod
    def _teacher_forced(self, xs: np.ndarray, z: np.ndarray) -> np.ndarray:
        """[b, n] quantised input, [b, n / hop, n_z] -> [b, n, 256] logits."""

    @abc.abstractmethod
    def _generate(
        self,
        z: np.ndarray,
        *,
        uniforms: np.ndarray | None = None,
        forced: np.ndarray | None = None,
        temperature: float,
        progress: ProgressFn | None = None,
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Decode from silence, every stream in lock-step.

        Args:
            z: [b, n_frames, n_z].
            uniforms: [n_samples, b] float64 in [0, 1): the sampling noise, one row a step.
            forced: [n_samples, b] mu-law values fed back instead of samples (then
                n_samples may be less than the frames cover).
            temperature: As `decode`'s.
            progress: As `decode`'s.

        Returns:
            (q [n_samples, b] int mu-law values, probs [n_samples, b, 256] when forced).
        """
