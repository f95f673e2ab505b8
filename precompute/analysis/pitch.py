"""Derived pitch: which embedding components follow pitch across one instrument's notes.

Each note's embedding is summarised by its mean over frames; per component, a straight
line against the MIDI pitch gives a slope (embedding units per semitone) and a Pearson
correlation. With several instruments both are pooled within instruments (each
instrument's pitches and means centred on its own averages), so an instrument that sits
higher in one component does not pass for a pitch effect. Pure NumPy.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np

from precompute.errors import PrecomputeError
from precompute.perturb import N_Z

#: Fewest distinct pitches an instrument needs to take part in the fit.
MIN_PITCHES = 3


class PitchFitError(PrecomputeError):
    """The pitch series cannot be fitted (too few notes); the message says what it has."""


@dataclasses.dataclass(frozen=True)
class PitchFit:
    """Components against pitch.

    Attributes:
        pitches: Instrument -> its MIDI pitches, ascending.
        means: Instrument -> component means per note, shape [n_pitches, N_Z].
        r: Pooled within-instrument Pearson correlation with pitch, shape [N_Z].
        slope: Pooled least-squares slope (embedding units per semitone), shape [N_Z].
        r_by_instrument: Instrument -> correlation, shape [N_Z].
        slope_by_instrument: Instrument -> slope, shape [N_Z].
        min_r: The |r| a component needs to count as following pitch.
    """

    pitches: dict[str, tuple[int, ...]]
    means: dict[str, np.ndarray]
    r: np.ndarray
    slope: np.ndarray
    r_by_instrument: dict[str, np.ndarray]
    slope_by_instrument: dict[str, np.ndarray]
    min_r: float

    @property
    def following(self) -> tuple[int, ...]:
        """Components whose |r| >= min_r, strongest first."""
        order = np.argsort(-np.abs(self.r))
        return tuple(int(c) for c in order if abs(self.r[c]) >= self.min_r)

    def direction(self) -> np.ndarray:
        """The embedding change of one semitone up: the slope of each following
        component, zero elsewhere. Shape [N_Z], float32."""
        out = np.zeros(N_Z, dtype=np.float32)
        following = list(self.following)
        out[following] = self.slope[following]
        return out


def _line(pitch: np.ndarray, means: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Centred sums of one fit: (sum x y [N_Z], sum x^2 [], sum y^2 [N_Z])."""
    x = pitch - pitch.mean()  # [n]
    y = means - means.mean(axis=0)  # [n, N_Z]
    return x @ y, np.float64(x @ x), np.sum(y * y, axis=0)


def _correlation(sxy: np.ndarray, sxx: float, syy: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        r = sxy / np.sqrt(sxx * syy)
    return np.nan_to_num(r)  # a constant component correlates with nothing


def fit_pitch(
    series: Mapping[str, Mapping[int, np.ndarray]],
    *,
    min_r: float = 0.7,
    n_frames: int | None = None,
) -> PitchFit:
    """Fits every component against pitch.

    Args:
        series: Instrument -> MIDI pitch -> embedding of that note, [n_frames, N_Z].
            Instruments with fewer than MIN_PITCHES notes are left out.
        min_r: |r| a component needs to count as following pitch, in (0, 1].
        n_frames: Summarise each note by its first n_frames frames (the part a render
            of that length decodes); None: all of them.

    Returns:
        The fit.

    Raises:
        PitchFitError: No instrument has MIN_PITCHES notes, or min_r is out of range.
    """
    if not 0 < min_r <= 1:
        raise PitchFitError(f"min_r={min_r} must be in (0, 1]")
    used = {name: notes for name, notes in series.items() if len(notes) >= MIN_PITCHES}
    if not used:
        counts = {name: len(notes) for name, notes in series.items()}
        raise PitchFitError(
            f"a pitch series needs an instrument with >= {MIN_PITCHES} pitches, got {counts}"
        )
    pitches, means, r_by, slope_by = {}, {}, {}, {}
    total_xy = np.zeros(N_Z)
    total_xx = 0.0
    total_yy = np.zeros(N_Z)
    for name, notes in sorted(used.items()):
        order = sorted(notes)
        x = np.array(order, dtype=np.float64)
        y = np.stack(
            [np.asarray(notes[p][:n_frames], dtype=np.float64).mean(axis=0) for p in order]
        )  # [n_pitches, N_Z]
        sxy, sxx, syy = _line(x, y)
        pitches[name] = tuple(order)
        means[name] = y.astype(np.float32)
        r_by[name] = _correlation(sxy, sxx, syy)
        slope_by[name] = sxy / sxx
        total_xy += sxy
        total_xx += sxx
        total_yy += syy
    return PitchFit(
        pitches=pitches,
        means=means,
        r=_correlation(total_xy, total_xx, total_yy),
        slope=total_xy / total_xx,
        r_by_instrument=r_by,
        slope_by_instrument=slope_by,
        min_r=min_r,
    )


def pitch_sinusoid(
    direction: np.ndarray, *, rate_hz: float, n_frames: int, frame_rate_hz: float
) -> np.ndarray:
    """A sinusoid along the pitch direction: out[t] = sin(2 pi rate_hz t / frame_rate_hz)
    * direction, one semitone peak when added with weight 1.

    Args:
        direction: Shape [N_Z] (components per semitone).
        rate_hz: Rate (Hz).
        n_frames: Frames of the result.
        frame_rate_hz: Embedding frames per second of the model.

    Returns:
        Shape [n_frames, N_Z], float32.
    """
    t = np.arange(n_frames, dtype=np.float64)
    wave = np.sin(2 * np.pi * rate_hz * t / frame_rate_hz)  # [n_frames]
    return (wave[:, None] * np.asarray(direction, dtype=np.float64)[None, :]).astype(np.float32)
