"""Measures of how close a reconstruction is to its original note: pure NumPy/SciPy."""

from __future__ import annotations

import numpy as np
from scipy import signal

from precompute.model.config import ModelConfig

#: FFT sizes of the multi-resolution spectral distance (hop = size / 4, Hann window).
FFT_SIZES = (2048, 1024, 512, 256)


def spectral_distance(reference: np.ndarray, estimate: np.ndarray, *, floor: float = 1e-5) -> float:
    """Multi-resolution STFT log-magnitude L1 distance (0 when equal).

    mean over FFT_SIZES of mean |log(|S_ref| + floor) - log(|S_est| + floor)|, both
    signals cut to the shorter one.

    Args:
        reference: [n_samples] audio.
        estimate: [m_samples] audio.
    """
    n = min(len(reference), len(estimate))
    distances = []
    for size in FFT_SIZES:
        _, _, a = signal.stft(reference[:n], nperseg=size, noverlap=size - size // 4)
        _, _, b = signal.stft(estimate[:n], nperseg=size, noverlap=size - size // 4)
        distances.append(np.mean(np.abs(np.log(np.abs(a) + floor) - np.log(np.abs(b) + floor))))
    return float(np.mean(distances))


def estimate_pitch(
    audio: np.ndarray,
    *,
    sample_rate_hz: int,
    fmin_hz: float = 50.0,
    fmax_hz: float = 1000.0,
    window: int = 2048,
    threshold: float = 0.15,
) -> float | None:
    """Median YIN f0 of the loudest half of a note, as a MIDI number (None if unpitched).

    YIN (de Cheveigne & Kawahara 2002): the cumulative-mean-normalised difference
    d'(tau); the first tau with d' below `threshold` (refined to its local minimum) is
    the period, refined by a parabola through its neighbours. Windows hop by window / 2.
    """
    x = np.asarray(audio, dtype=np.float64)
    lag_min, lag_max = int(sample_rate_hz / fmax_hz), int(sample_rate_hz / fmin_hz)
    starts = range(0, len(x) - window - lag_max, window // 2)
    energies = np.array([np.sum(x[s : s + window] ** 2) for s in starts])
    if len(energies) == 0 or energies.max() == 0:
        return None
    loud = [s for s, e in zip(starts, energies, strict=True) if e >= 0.5 * energies.max()]
    f0s = []
    for s in loud:
        frame = x[s : s + window + lag_max]
        diff = np.array(
            [
                np.sum((frame[:window] - frame[tau : tau + window]) ** 2)
                for tau in range(lag_max + 1)
            ]
        )
        cmnd = diff[1:] * np.arange(1, lag_max + 1) / np.maximum(np.cumsum(diff[1:]), 1e-12)
        below = np.flatnonzero(cmnd[lag_min - 1 :] < threshold)
        if below.size == 0:
            continue
        tau = below[0] + lag_min - 1
        while tau + 1 < len(cmnd) and cmnd[tau + 1] < cmnd[tau]:
            tau += 1
        period = float(tau + 1)
        if 0 < tau < len(cmnd) - 1:  # parabolic refinement between integer lags
            a, b, c = cmnd[tau - 1], cmnd[tau], cmnd[tau + 1]
            if a - 2 * b + c > 0:
                period += 0.5 * (a - c) / (a - 2 * b + c)
        f0s.append(sample_rate_hz / period)
    if not f0s:
        return None
    return float(69 + 12 * np.log2(np.median(f0s) / 440.0))


def reconstruct(
    model, clips: list[np.ndarray], *, seed: int = 0, temperature: float = 1.0
) -> list[np.ndarray]:
    """Encode each clip and decode it back (the model is passed in: no framework import here).

    Args:
        model: An `autoencoder.Autoencoder` (either backend).
        clips: Mono float32 notes at the model's rate, each at least one frame long.
        seed: Sampling seed of the first clip (clip i uses seed + i).
        temperature: Softmax temperature of the decoder's sampling.

    Returns:
        One reconstruction per clip, [n_frames * hop_length] samples.
    """
    out = []
    for i, clip in enumerate(clips):
        z = model.encode(clip)
        out.append(model.decode(z, seeds=[seed + i], temperature=temperature))
    return out


def compare_reconstructions(
    clips: list[np.ndarray],
    reconstructions: list[np.ndarray],
    pitches: list[int],
    *,
    sample_rate_hz: int,
) -> dict[str, float]:
    """Mean spectral distance, and shares of the notes by the pitch YIN finds in them.

    Returns:
        {"spectral_distance", "pitch_within_semitone" (of the MIDI pitch asked for),
        "pitch_matches_original" (within a semitone of YIN's estimate of the original:
        the model's share alone where YIN misreads an original, e.g. an octave low),
        "pitched" (YIN finds any periodic pitch)}.
    """
    distances = [spectral_distance(c, r) for c, r in zip(clips, reconstructions, strict=True)]
    estimated = [estimate_pitch(r, sample_rate_hz=sample_rate_hz) for r in reconstructions]
    originals = [estimate_pitch(c, sample_rate_hz=sample_rate_hz) for c in clips]

    def near(a: float | None, b: float | None) -> bool:
        return a is not None and b is not None and abs(a - b) < 1.0

    return {
        "spectral_distance": float(np.mean(distances)),
        "pitch_within_semitone": float(
            np.mean([near(e, p) for e, p in zip(estimated, pitches, strict=True)])
        ),
        "pitch_matches_original": float(
            np.mean([near(e, o) for e, o in zip(estimated, originals, strict=True)])
        ),
        "pitched": float(np.mean([e is not None for e in estimated])),
    }


def held_out_notes(folder, *, instruments, pitches, n_samples: int, sample_rate_hz: int):
    """Render held-out notes with fluidsynth and load them as the trainer sees them.

    Returns:
        (clips, pitches): peak-normalised [n_samples] float32 notes and their MIDI pitches.
    """
    from precompute.model.train import load_notes  # imports TensorFlow
    from precompute.notes import NoteSetConfig, pitch_of, render_notes

    cfg = NoteSetConfig(
        instruments=tuple(instruments),
        pitches=tuple(pitches),
        velocities=(90,),
        note_s=n_samples / sample_rate_hz,
        tail_s=0.2,
        sample_rate_hz=sample_rate_hz,
    )
    paths = render_notes(folder, cfg)
    config = ModelConfig(sample_rate_hz=sample_rate_hz)
    clips = [c[:n_samples] for c in load_notes(paths, config=config, min_samples=n_samples)]
    return clips, [pitch_of(p) for p in paths]
