"""Audio descriptors of one clip: pure functions of mono audio, computed with librosa.

f0 and voicing come from pYIN (Mauch & Dixon 2014) at a coarse pitch resolution, which
keeps its Viterbi pass cheap; on the frames pYIN calls voiced, YIN's parabolically
refined estimate replaces pYIN's binned one wherever the two agree within
`DescriptorConfig.refine_st` (pYIN picks the octave, YIN gives the decimals). The
spectral descriptors are librosa's, averaged over frames weighted by frame power, so
silent frames count for nothing.

`QUANTITIES` lists the scalar descriptors with their units, the unit of a change and how
a change is measured (semitones for pitch, octaves for spectral frequencies, dB for
levels). Pitch moves in octaves: `fold_octaves` splits a pitch change into whole-octave
jumps and the rest, so a jump is counted as a jump and not averaged into a shift.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence

import numpy as np

from precompute.errors import PrecomputeError

#: Level reported for digital silence (dBFS); log10(0) has no value.
SILENCE_DB = -120.0


class DescriptorError(PrecomputeError):
    """Audio or a descriptor setting is invalid; the message names it."""


@dataclasses.dataclass(frozen=True)
class DescriptorConfig:
    """How descriptors are measured (part of the measurement cache's identity).

    Attributes:
        fmin_hz: Lowest f0 searched (Hz).
        fmax_hz: Highest f0 searched (Hz).
        frame_length: Analysis window (16 kHz samples at the model's rate).
        hop_length: Hop between frames (samples); 256 at 16 kHz is 62.5 frames per second.
        pyin_resolution: Width of pYIN's pitch bins (semitones); coarse bins keep pYIN cheap,
            the YIN refinement restores the decimals.
        refine_st: YIN's f0 replaces pYIN's where they agree within this (semitones).
        min_voiced: Share of voiced frames below which a clip has no f0 (NaN).
        octave_tolerance_st: A pitch change within this of a whole number of octaves
            (other than zero) counts as an octave jump (semitones).
    """

    fmin_hz: float = 50.0
    fmax_hz: float = 2000.0
    frame_length: int = 1024
    hop_length: int = 256
    pyin_resolution: float = 0.25
    refine_st: float = 0.5
    min_voiced: float = 0.25
    octave_tolerance_st: float = 2.0

    def __post_init__(self) -> None:
        if not 0 < self.fmin_hz < self.fmax_hz:
            raise DescriptorError(f"need 0 < fmin_hz < fmax_hz, got {self.fmin_hz}, {self.fmax_hz}")
        if self.hop_length < 1 or self.frame_length < 2 * self.hop_length:
            raise DescriptorError(
                f"frame_length={self.frame_length} must be >= 2 * hop_length={self.hop_length} >= 2"
            )
        if not 0 < self.pyin_resolution < 1:
            raise DescriptorError(f"pyin_resolution={self.pyin_resolution} must be in (0, 1)")
        if not 0 <= self.min_voiced <= 1:
            raise DescriptorError(f"min_voiced={self.min_voiced} must be in [0, 1]")
        if not 0 < self.octave_tolerance_st < 6:
            raise DescriptorError(
                f"octave_tolerance_st={self.octave_tolerance_st} must be in (0, 6) semitones"
            )

    def frame_rate_hz(self, sample_rate_hz: int) -> float:
        """Analysis frames per second."""
        return sample_rate_hz / self.hop_length


@dataclasses.dataclass(frozen=True)
class Descriptors:
    """What one clip measures.

    Attributes:
        f0_hz: Median f0 over voiced frames (Hz); NaN when fewer than `min_voiced` of
            the frames are voiced.
        voiced: Share of frames pYIN calls voiced, in [0, 1].
        loudness_db: RMS level of the whole clip (dBFS; SILENCE_DB for silence).
        centroid_hz: Spectral centroid (librosa's: the magnitude-weighted mean frequency
            of a frame), power-weighted mean over frames (Hz).
        bandwidth_hz: Spectral bandwidth (spread around the centroid), power-weighted (Hz).
        flatness_db: Spectral flatness (geometric / arithmetic mean of the power
            spectrum), power-weighted mean, in dB (0 dB = white noise, lower = tonal).
        onset: Mean of librosa's onset strength envelope (spectral flux of the log mel
            spectrum; arbitrary units).
        f0_track_hz: f0 per analysis frame (Hz), NaN where unvoiced; shape [n_frames].
    """

    f0_hz: float
    voiced: float
    loudness_db: float
    centroid_hz: float
    bandwidth_hz: float
    flatness_db: float
    onset: float
    f0_track_hz: tuple[float, ...]

    def to_dict(self) -> dict[str, object]:
        """JSON-able form (NaN becomes None)."""
        return {
            f.name: _json_float(getattr(self, f.name))
            if f.name != "f0_track_hz"
            else [_json_float(v) for v in self.f0_track_hz]
            for f in dataclasses.fields(self)
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Descriptors:
        """Inverse of `to_dict` (None becomes NaN)."""
        values = {}
        for f in dataclasses.fields(cls):
            raw = data[f.name]
            if f.name == "f0_track_hz":
                values[f.name] = tuple(math.nan if v is None else float(v) for v in raw)
            else:
                values[f.name] = math.nan if raw is None else float(raw)
        return cls(**values)


def _json_float(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


# Quantities and changes ------------------------------------------------------------------


def _semitones(value: float, reference: float) -> float:
    return 12.0 * math.log2(value / reference) if value > 0 and reference > 0 else math.nan


def _octaves(value: float, reference: float) -> float:
    return math.log2(value / reference) if value > 0 and reference > 0 else math.nan


def _difference(value: float, reference: float) -> float:
    return value - reference


def _points(value: float, reference: float) -> float:
    return 100.0 * (value - reference)


@dataclasses.dataclass(frozen=True)
class Quantity:
    """One scalar descriptor and how a change of it is measured.

    Attributes:
        name: Key in reports and knobs.json.
        field: Attribute of `Descriptors` holding its value.
        label: What a musician calls it.
        unit: Unit of the value.
        delta_unit: Unit of a change (st = semitones, oct = octaves, dB, pp = percentage
            points, a.u. = arbitrary units).
        resolution: Smallest change that counts, in delta units: the lowest noise floor
            this quantity is given (a floor of zero would make every wiggle infinite).
        change: change(value, reference) in delta units.
    """

    name: str
    field: str
    label: str
    unit: str
    delta_unit: str
    resolution: float
    change: Callable[[float, float], float]

    def value(self, descriptors: Descriptors) -> float:
        return float(getattr(descriptors, self.field))

    def delta(self, value: float, reference: float) -> float:
        """The change from `reference` to `value` (NaN when either is undefined)."""
        if math.isnan(value) or math.isnan(reference):
            return math.nan
        return float(self.change(value, reference))


#: The scalar descriptors, in report order. Pitch changes are semitones before octave
#: folding (see `fold_octaves`).
QUANTITIES: tuple[Quantity, ...] = (
    Quantity("pitch", "f0_hz", "pitch", "Hz", "st", 0.05, _semitones),
    Quantity("voicing", "voiced", "voicing", "share", "pp", 2.0, _points),
    Quantity("loudness", "loudness_db", "loudness", "dBFS", "dB", 0.1, _difference),
    Quantity("centroid", "centroid_hz", "brightness", "Hz", "oct", 0.01, _octaves),
    Quantity("bandwidth", "bandwidth_hz", "spectral spread", "Hz", "oct", 0.01, _octaves),
    Quantity("flatness", "flatness_db", "noisiness", "dB", "dB", 0.1, _difference),
    Quantity("onset", "onset", "onset strength", "a.u.", "a.u.", 0.01, _difference),
)

QUANTITY = {q.name: q for q in QUANTITIES}


def fold_octaves(delta_st: float, *, tolerance_st: float) -> tuple[int, float]:
    """Splits a pitch change into whole-octave jumps and the rest.

    A change within `tolerance_st` of k octaves (k != 0) is a jump of k octaves, and
    delta_st - 12 k is left; any other change is no jump (k = 0) and left whole.

    Args:
        delta_st: Pitch change (semitones); NaN gives (0, NaN).
        tolerance_st: How far from a whole octave a jump may land (semitones), < 6.

    Returns:
        (k, residual_st).
    """
    if math.isnan(delta_st):
        return 0, math.nan
    k = round(delta_st / 12.0)
    if k != 0 and abs(delta_st - 12.0 * k) <= tolerance_st:
        return k, delta_st - 12.0 * k
    return 0, delta_st


def lower_median(values: Sequence[float]) -> float:
    """The lower middle of the finite values (an observed value, not an average of two).

    Used as a reference pitch: with an even count the average of two f0s an octave apart
    would be a pitch nobody played. NaN when no value is finite.
    """
    finite = sorted(v for v in values if not math.isnan(v))
    return finite[(len(finite) - 1) // 2] if finite else math.nan


# Measuring -------------------------------------------------------------------------------


def _check_audio(audio: np.ndarray, config: DescriptorConfig) -> np.ndarray:
    y = np.asarray(audio, dtype=np.float32)
    if y.ndim != 1:
        raise DescriptorError(f"audio must be mono, shape [n_samples], got {y.shape}")
    if y.size < config.frame_length:
        raise DescriptorError(
            f"audio of {y.size} samples is shorter than one analysis frame ({config.frame_length})"
        )
    if not np.isfinite(y).all():
        raise DescriptorError("audio holds NaN or infinite samples")
    return y


def f0_track(
    audio: np.ndarray, *, sample_rate_hz: int, config: DescriptorConfig
) -> tuple[np.ndarray, np.ndarray]:
    """f0 per analysis frame.

    Args:
        audio: Mono clip, shape [n_samples], at least one frame long.
        sample_rate_hz: Its sample rate (Hz).
        config: Analysis settings.

    Returns:
        (f0_hz, voiced): shape [1 + n_samples // hop_length] each; f0_hz is NaN where
        voiced is False.

    Raises:
        DescriptorError: Not mono, shorter than a frame, or not finite.
    """
    import librosa

    y = _check_audio(audio, config)
    common = dict(
        fmin=config.fmin_hz,
        fmax=config.fmax_hz,
        sr=sample_rate_hz,
        frame_length=config.frame_length,
        hop_length=config.hop_length,
    )
    coarse, voiced, _ = librosa.pyin(y, resolution=config.pyin_resolution, **common)
    fine = librosa.yin(y, **common)
    with np.errstate(invalid="ignore", divide="ignore"):
        agree = np.abs(12.0 * np.log2(fine / coarse)) <= config.refine_st
    f0 = np.where(voiced, np.where(agree, fine, coarse), np.nan)
    return f0.astype(np.float64), voiced.astype(bool)


def _weighted_mean(values: np.ndarray, weights: np.ndarray) -> float:
    ok = np.isfinite(values)
    total = float(np.sum(weights[ok]))
    return float(np.sum(values[ok] * weights[ok]) / total) if total > 0 else math.nan


def describe(
    audio: np.ndarray, *, sample_rate_hz: int, config: DescriptorConfig | None = None
) -> Descriptors:
    """Every descriptor of one clip.

    Args:
        audio: Mono clip, shape [n_samples] (at least `frame_length` samples).
        sample_rate_hz: Its sample rate (Hz).
        config: Analysis settings (default: `DescriptorConfig()`).

    Returns:
        The clip's descriptors.

    Raises:
        DescriptorError: Not mono, shorter than a frame, or not finite.
    """
    import librosa

    config = config or DescriptorConfig()
    y = _check_audio(audio, config)
    f0, voiced = f0_track(y, sample_rate_hz=sample_rate_hz, config=config)
    share = float(np.mean(voiced))
    f0_hz = (
        float(np.median(f0[voiced])) if share >= config.min_voiced and voiced.any() else math.nan
    )
    rms = float(np.sqrt(np.mean(np.square(y, dtype=np.float64))))
    loudness_db = max(SILENCE_DB, 20.0 * math.log10(rms)) if rms > 0 else SILENCE_DB
    magnitude = np.abs(
        librosa.stft(y, n_fft=config.frame_length, hop_length=config.hop_length)
    )  # [1 + n_fft // 2, n_frames]
    power = np.sum(magnitude**2, axis=0)  # [n_frames]: the weight of each frame
    with np.errstate(invalid="ignore", divide="ignore"):
        centroid = librosa.feature.spectral_centroid(S=magnitude, sr=sample_rate_hz)[0]
        bandwidth = librosa.feature.spectral_bandwidth(S=magnitude, sr=sample_rate_hz)[0]
        flatness = librosa.feature.spectral_flatness(S=magnitude)[0]
    flat = _weighted_mean(flatness, power)
    onset = librosa.onset.onset_strength(
        y=y, sr=sample_rate_hz, n_fft=config.frame_length, hop_length=config.hop_length
    )
    return Descriptors(
        f0_hz=f0_hz,
        voiced=share,
        loudness_db=loudness_db,
        centroid_hz=_weighted_mean(centroid, power),
        bandwidth_hz=_weighted_mean(bandwidth, power),
        flatness_db=10.0 * math.log10(flat) if flat > 0 else math.nan,
        onset=float(np.mean(onset)),
        f0_track_hz=tuple(float(v) for v in f0),
    )


# Modulation ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Modulation:
    """A periodic f0 modulation found in a track.

    Attributes:
        rate_hz: Rate of the strongest sinusoidal f0 modulation in the searched range (Hz).
        depth_cents: Its peak deviation (half the peak-to-peak swing, cents).
        depth_at_cents: Peak deviation of a sinusoid fitted at the rate asked about
            (cents); NaN when no rate was asked about.
    """

    rate_hz: float
    depth_cents: float
    depth_at_cents: float


def _sinusoid_depth(t: np.ndarray, cents: np.ndarray, rate_hz: float) -> float:
    """Amplitude of the least-squares sinusoid at rate_hz (with offset and linear trend)."""
    phase = 2 * np.pi * rate_hz * t
    design = np.stack([np.sin(phase), np.cos(phase), np.ones_like(t), t - t.mean()], 1)
    coef, *_ = np.linalg.lstsq(design, cents, rcond=None)
    return float(math.hypot(coef[0], coef[1]))


def modulation(
    f0_hz: Sequence[float],
    *,
    frame_rate_hz: float,
    rate_range_hz: tuple[float, float] = (1.0, 12.0),
    rate_step_hz: float = 0.05,
    skip_s: float = 0.1,
    at_rate_hz: float | None = None,
    min_frames: int = 8,
) -> Modulation:
    """The periodic modulation of an f0 track, by least-squares sinusoid fits.

    The voiced frames after `skip_s` (the attack) are expressed in cents around their
    median, with octave errors folded back (a frame an octave off counts at its pitch
    class); at every candidate rate a sinusoid plus offset and linear trend is fitted,
    and the rate whose sinusoid is largest wins. Unvoiced frames are left out, not
    interpolated.

    Args:
        f0_hz: f0 per frame (Hz), NaN where unvoiced.
        frame_rate_hz: Frames per second of the track.
        rate_range_hz: Rates searched (Hz), below half the frame rate.
        rate_step_hz: Spacing of the searched rates (Hz).
        skip_s: Seconds left out at the start.
        at_rate_hz: Also fit this rate (the one asked for) and report its depth.
        min_frames: Fewer usable frames than this give NaN everywhere.

    Returns:
        The modulation.
    """
    f0 = np.asarray(f0_hz, dtype=np.float64)
    t = np.arange(f0.size) / frame_rate_hz
    keep = np.isfinite(f0) & (f0 > 0) & (t >= skip_s)
    if np.count_nonzero(keep) < min_frames:
        return Modulation(math.nan, math.nan, math.nan)
    t, f0 = t[keep], f0[keep]
    cents = 1200.0 * np.log2(f0 / np.median(f0))
    cents = (cents + 600.0) % 1200.0 - 600.0  # octave errors fold to their pitch class
    low, high = rate_range_hz
    rates = np.arange(low, high + rate_step_hz / 2, rate_step_hz)
    depths = np.array([_sinusoid_depth(t, cents, r) for r in rates])
    best = int(np.argmax(depths))
    at = math.nan if at_rate_hz is None else _sinusoid_depth(t, cents, at_rate_hz)
    return Modulation(float(rates[best]), float(depths[best]), at)
