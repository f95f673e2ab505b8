"""A renderer with a planted answer, for testing the analysis end to end.

Component 0 sets the pitch (4 semitones per unit, 0 = C4), component 1 the loudness
(6 dB per unit), and the other fourteen do nothing. Each stream's seed adds what sampling
adds to a real decoder: a little detune and level jitter and white noise. The tone is
harmonic under a fixed spectral envelope and normalised to its level, so pitch does not
move loudness and loudness does not move the spectrum. It has the autoencoder's surface
(`config`, `fingerprint`, `encode`, `decode`), so the analysis renders with it as with
the real model.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence

import numpy as np

from precompute.model.config import TINY, ModelConfig
from precompute.perturb import N_Z

#: Pitch of component 0 = 0 (MIDI).
BASE_PITCH = 60
#: Semitones per unit of component 0.
SEMITONES_PER_UNIT = 4.0
#: dB per unit of component 1.
DB_PER_UNIT = 6.0
#: RMS level at component 1 = 0 (full scale).
BASE_LEVEL = 0.1


def pitch_to_value(pitch: float) -> float:
    """Component 0's value for a MIDI pitch."""
    return (pitch - BASE_PITCH) / SEMITONES_PER_UNIT


class PlantedModel:
    """Decodes component 0 to pitch and component 1 to loudness; ignores the rest."""

    def __init__(self, config: ModelConfig = TINY, *, detune_cents: float = 3.0,
                 jitter_db: float = 0.3, noise: float = 0.02) -> None:  # fmt: skip
        self.config = config
        self.fingerprint = "planted-c0-pitch-c1-loudness"
        self.detune_cents = detune_cents
        self.jitter_db = jitter_db
        self.noise = noise

    def encode(self, audio: np.ndarray, *, max_batch: int = 8) -> np.ndarray:
        """An embedding that decodes to roughly this audio: its YIN pitch in component 0,
        its level in component 1, and a fixed pseudo-random value per other component
        (from a hash of the audio, so different notes differ)."""
        import librosa

        x = np.atleast_2d(np.asarray(audio, dtype=np.float32))
        n_frames = x.shape[1] // self.config.hop_length
        out = np.zeros((len(x), n_frames, N_Z), dtype=np.float32)
        for i, clip in enumerate(x):
            f0 = np.median(librosa.yin(clip, fmin=60, fmax=1500, sr=self.config.sample_rate_hz))
            level_db = 20 * np.log10(np.sqrt(np.mean(clip**2)) / BASE_LEVEL)
            rest = np.random.default_rng(zlib.crc32(clip.tobytes())).normal(size=N_Z)
            out[i] = rest
            out[i, :, 0] = pitch_to_value(float(librosa.hz_to_midi(f0)))
            out[i, :, 1] = level_db / DB_PER_UNIT
        return out if np.ndim(audio) == 2 else out[0]

    def decode(
        self,
        z: np.ndarray,
        *,
        seeds: Sequence[int] | None = None,
        temperature: float = 1.0,
        progress: Callable[[int, int], None] | None = None,
    ) -> np.ndarray:
        z = np.asarray(z, dtype=np.float64)
        hop, rate = self.config.hop_length, self.config.sample_rate_hz
        n = z.shape[1] * hop
        seeds = seeds if seeds is not None else range(len(z))
        out = np.zeros((len(z), n), dtype=np.float32)
        for i, (frames, seed) in enumerate(zip(z, seeds, strict=True)):
            gen = np.random.default_rng(seed)
            detune = gen.normal(0.0, self.detune_cents / 100)  # semitones
            jitter = gen.normal(0.0, self.jitter_db)
            pitch = BASE_PITCH + SEMITONES_PER_UNIT * np.repeat(frames[:, 0], hop) + detune
            f0 = 440.0 * 2 ** ((pitch - 69) / 12)  # [n] Hz
            level = BASE_LEVEL * 10 ** ((DB_PER_UNIT * np.repeat(frames[:, 1], hop) + jitter) / 20)
            phase = 2 * np.pi * np.cumsum(f0) / rate + gen.uniform(0, 2 * np.pi)
            tone = np.zeros(n)
            energy = np.zeros(n)
            for k in range(1, int(0.45 * rate / f0.min()) + 1):
                weight = np.exp(-(((k * f0 - 1000.0) / 1000.0) ** 2)) * (k * f0 < 0.45 * rate)
                tone += weight * np.sin(k * phase)
                energy += weight**2 / 2
            tone *= level / np.sqrt(energy)
            out[i] = tone + self.noise * level * gen.normal(size=n)
        if progress is not None:
            progress(n, n)
        return np.clip(out, -0.999, 0.999)
