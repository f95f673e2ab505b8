"""Output-level audio helpers: levels, peak normalisation and fades (pure NumPy).

Audio is mono, shape [n_samples], amplitudes in full-scale units (1.0 = 0 dBFS).
"""

from __future__ import annotations

import numpy as np

from precompute.errors import PrecomputeError


class AudioPostError(PrecomputeError):
    """Audio or a post-processing parameter is invalid."""


def as_audio(audio: np.ndarray) -> np.ndarray:
    """Validates mono audio and returns a float32 copy.

    Args:
        audio: Shape [n_samples], n_samples >= 1, finite real values.

    Returns:
        A new float32 array, shape [n_samples].

    Raises:
        AudioPostError: Not 1-D, empty, not real-valued, or holding NaN or infinity.
    """
    arr = np.asarray(audio)
    if arr.dtype == bool or not (
        np.issubdtype(arr.dtype, np.integer) or np.issubdtype(arr.dtype, np.floating)
    ):
        raise AudioPostError(f"audio must hold real numbers, got dtype {arr.dtype}")
    if arr.ndim != 1 or arr.size == 0:
        raise AudioPostError(
            f"audio must have shape [n_samples] with n_samples >= 1, got {arr.shape}"
        )
    with np.errstate(over="ignore"):  # overflow becomes inf, reported below
        out = arr.astype(np.float32, copy=True)
    if not np.all(np.isfinite(out)):
        raise AudioPostError("audio holds non-finite values (NaN or beyond float32)")
    return out


def peak(audio: np.ndarray) -> float:
    """Peak level: max_n |audio[n]| (full-scale units). audio: shape [n_samples]."""
    return float(np.max(np.abs(as_audio(audio))))


def rms(audio: np.ndarray) -> float:
    """Root-mean-square level: sqrt(mean_n audio[n]^2) (full-scale units). audio: [n_samples]."""
    audio = as_audio(audio).astype(np.float64)
    return float(np.sqrt(np.mean(audio * audio)))


def db_to_amplitude(db: float) -> float:
    """Amplitude of a level in dB relative to full scale: 10 ** (db / 20)."""
    return float(10.0 ** (db / 20.0))


def normalize_peak(audio: np.ndarray, *, target_db: float) -> np.ndarray:
    """Scales audio so that its peak sits at `target_db` dBFS.

    out[n] = audio[n] * db_to_amplitude(target_db) / peak(audio); silent (all-zero) audio is
    returned unchanged.

    Args:
        audio: Shape [n_samples].
        target_db: Peak level wanted (dB relative to full scale), finite and <= 0.

    Returns:
        Shape [n_samples], float32.

    Raises:
        AudioPostError: `target_db` is not finite or above 0 dBFS, or `audio` is invalid.
    """
    out = as_audio(audio)
    if not np.isfinite(target_db) or target_db > 0:
        raise AudioPostError(f"target_db={target_db} must be finite and <= 0 dBFS")
    level = float(np.max(np.abs(out)))
    if level == 0.0:
        return out
    return out * np.float32(db_to_amplitude(target_db) / level)


def fade(audio: np.ndarray, *, fade_ms: float, sample_rate_hz: int) -> np.ndarray:
    """Applies linear fades in and out of `fade_ms` milliseconds each.

    With k = round(fade_ms * sample_rate_hz / 1000) samples and g[n] = n / k:
    out[n] = g[n] * audio[n] and out[N - 1 - n] = g[n] * audio[N - 1 - n] for n < k,
    out[n] = audio[n] in between; the first and last samples become exactly 0.

    Args:
        audio: Shape [N], N >= 2 k.
        fade_ms: Length of each fade (ms), >= 0; 0 returns a copy.
        sample_rate_hz: Audio rate (Hz), from the model's `ModelConfig`.

    Returns:
        Shape [N], float32.

    Raises:
        AudioPostError: A negative fade, or fades longer together than the audio.
    """
    out = as_audio(audio)
    if not np.isfinite(fade_ms) or fade_ms < 0:
        raise AudioPostError(f"fade_ms={fade_ms} must be finite and >= 0")
    k = round(fade_ms * sample_rate_hz / 1000)
    if 2 * k > out.size:
        raise AudioPostError(
            f"fade_ms={fade_ms} ({k} samples at {sample_rate_hz} Hz) twice exceeds the "
            f"audio's {out.size} samples"
        )
    if k == 0:
        return out
    ramp = np.arange(k, dtype=np.float32) / np.float32(k)  # [k], g[n] = n / k
    out[:k] *= ramp
    out[-k:] *= ramp[::-1]
    return out
