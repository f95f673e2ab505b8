"""Derived pitch: fits against series with a planted pitch component."""

from __future__ import annotations

import numpy as np
import pytest

from precompute.analysis.pitch import PitchFitError, fit_pitch, pitch_sinusoid
from precompute.perturb import N_Z

PITCHES = range(48, 73, 3)


def series(rng: np.random.Generator, *, slope: float, offsets: dict[str, float]):
    """Instrument -> pitch -> embedding: c0 = slope * pitch + the instrument's offset, c5
    differs between instruments only, the rest is noise around an instrument's vector."""
    out = {}
    for name, offset in offsets.items():
        base = rng.normal(size=N_Z)
        notes = {}
        for p in PITCHES:
            z = np.tile(base, (20, 1)) + 0.01 * rng.normal(size=(20, N_Z))
            z[:, 0] = slope * p + offset
            z[:, 5] = offset
            notes[p] = z.astype(np.float32)
        out[name] = notes
    return out


def test_a_planted_pitch_component_is_found_with_its_slope(rng) -> None:
    fit = fit_pitch(series(rng, slope=0.25, offsets={"a": 0.0, "b": 3.0}))
    assert fit.following[0] == 0
    assert fit.r[0] == pytest.approx(1.0, abs=1e-6)
    assert fit.slope[0] == pytest.approx(0.25, rel=1e-4)
    assert fit.direction()[0] == pytest.approx(0.25, rel=1e-4)
    assert set(fit.pitches) == {"a", "b"}


def test_instrument_offsets_are_not_pitch(rng) -> None:
    # Instrument b sits 3 higher in c5 and plays the same pitches: pooled within
    # instruments, c5 does not follow pitch.
    fit = fit_pitch(series(rng, slope=0.25, offsets={"a": 0.0, "b": 3.0}))
    assert abs(fit.r[5]) < 1e-6
    assert 5 not in fit.following


def test_a_falling_component_follows_pitch_with_a_negative_slope(rng) -> None:
    fit = fit_pitch(series(rng, slope=-0.1, offsets={"a": 0.0}))
    assert fit.r[0] == pytest.approx(-1.0, abs=1e-6)
    assert fit.direction()[0] < 0


def test_only_the_first_frames_are_summarised_when_asked(rng) -> None:
    notes = series(rng, slope=0.25, offsets={"a": 0.0})
    for p, z in notes["a"].items():
        z[10:, 0] = -p  # a tail that falls with pitch
    assert fit_pitch(notes, n_frames=10).slope[0] == pytest.approx(0.25, rel=1e-4)
    assert fit_pitch(notes).slope[0] < 0


def test_direction_is_zero_outside_the_following_components(rng) -> None:
    fit = fit_pitch(series(rng, slope=0.25, offsets={"a": 0.0}), min_r=0.99)
    direction = fit.direction()
    assert direction.shape == (N_Z,) and direction.dtype == np.float32
    assert np.count_nonzero(direction) == len(fit.following)


def test_too_few_pitches_are_refused() -> None:
    z = np.zeros((5, N_Z), dtype=np.float32)
    with pytest.raises(PitchFitError, match=">= 3 pitches"):
        fit_pitch({"a": {60: z, 62: z}})
    with pytest.raises(PitchFitError, match="min_r"):
        fit_pitch({"a": {60: z, 62: z, 64: z}}, min_r=0.0)


def test_pitch_sinusoid_swings_one_semitone_of_direction() -> None:
    direction = np.zeros(N_Z, dtype=np.float32)
    direction[[1, 4]] = [0.5, -0.2]
    wave = pitch_sinusoid(direction, rate_hz=5.0, n_frames=125, frame_rate_hz=31.25)
    assert wave.shape == (125, N_Z)
    assert wave[:, 1].max() == pytest.approx(0.5, rel=0.01)
    assert wave[:, 4].min() == pytest.approx(-0.2, rel=0.01)
    assert not wave[:, [0, 2, 3]].any()
    # 5 Hz at 31.25 frames per second: a period of 6.25 frames
    assert wave[0, 1] == 0 and wave[25, 1] == pytest.approx(0.0, abs=1e-5)
