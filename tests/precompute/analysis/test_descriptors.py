"""Descriptors against synthetic signals whose answers are known in closed form."""

from __future__ import annotations

import math

import numpy as np
import pytest

from precompute.analysis import descriptors
from precompute.analysis.descriptors import (
    DescriptorConfig,
    DescriptorError,
    describe,
    fold_octaves,
    lower_median,
    modulation,
)
from precompute.analysis.findings import tracker_response

SR = 16000
CONFIG = DescriptorConfig()


def tone(f0_hz: float | np.ndarray, *, seconds: float = 1.0, amplitude: float = 0.5,
         harmonics: tuple[float, ...] = (1.0,)) -> np.ndarray:  # fmt: skip
    """A harmonic tone; f0_hz may be a per-sample array (a glide or a vibrato)."""
    n = int(seconds * SR)
    f0 = np.broadcast_to(np.asarray(f0_hz, dtype=np.float64), (n,))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    out = sum(w * np.sin((k + 1) * phase) for k, w in enumerate(harmonics))
    return (amplitude * out / np.sqrt(np.sum(np.square(harmonics)))).astype(np.float32)


def vibrato_f0(f0_hz: float, *, rate_hz: float, depth_cents: float, seconds: float = 1.0):
    t = np.arange(int(seconds * SR)) / SR
    return f0_hz * 2 ** (depth_cents / 1200 * np.sin(2 * np.pi * rate_hz * t))


def cents(measured_hz: float, true_hz: float) -> float:
    return 1200 * math.log2(measured_hz / true_hz)


@pytest.mark.parametrize("f0_hz", [82.4, 130.8, 261.6, 440.0, 880.0, 1500.0])
def test_f0_of_a_harmonic_tone_is_within_ten_cents(f0_hz: float) -> None:
    found = describe(tone(f0_hz, harmonics=(1.0, 0.5, 0.25)), sample_rate_hz=SR)
    assert abs(cents(found.f0_hz, f0_hz)) < 10
    assert found.voiced > 0.9


def test_f0_of_a_tone_without_its_fundamental_is_the_missing_fundamental() -> None:
    found = describe(tone(200.0, harmonics=(0.0, 1.0, 1.0, 1.0)), sample_rate_hz=SR)
    assert abs(cents(found.f0_hz, 200.0)) < 10


def test_noise_is_unvoiced_and_has_no_f0() -> None:
    noise = np.random.default_rng(0).normal(0, 0.1, SR).astype(np.float32)
    found = describe(noise, sample_rate_hz=SR)
    assert found.voiced < CONFIG.min_voiced
    assert math.isnan(found.f0_hz)


@pytest.mark.parametrize("amplitude", [1.0, 0.5, 0.1, 0.01])
def test_loudness_is_the_rms_level_in_dbfs(amplitude: float) -> None:
    found = describe(tone(440.0, amplitude=amplitude), sample_rate_hz=SR)
    assert found.loudness_db == pytest.approx(20 * math.log10(amplitude / math.sqrt(2)), abs=0.05)


def test_silence_is_silence_db_and_unvoiced() -> None:
    found = describe(np.zeros(SR, dtype=np.float32), sample_rate_hz=SR)
    assert found.loudness_db == descriptors.SILENCE_DB
    assert math.isnan(found.f0_hz)
    assert math.isnan(found.centroid_hz)


@pytest.mark.parametrize("f_hz", [300.0, 1000.0, 3000.0])
def test_centroid_of_a_sine_is_its_frequency(f_hz: float) -> None:
    found = describe(tone(f_hz), sample_rate_hz=SR)
    assert found.centroid_hz == pytest.approx(f_hz, rel=0.02)


def test_centroid_of_two_sines_is_their_magnitude_weighted_mean() -> None:
    t = np.arange(SR) / SR
    mix = 0.4 * np.sin(2 * np.pi * 500 * t) + 0.2 * np.sin(2 * np.pi * 2500 * t)  # 2:1
    found = describe(mix.astype(np.float32), sample_rate_hz=SR)
    assert found.centroid_hz == pytest.approx((2 * 500 + 1 * 2500) / 3, rel=0.03)


def test_white_noise_is_flat_and_wide_a_sine_is_tonal_and_narrow() -> None:
    noise = describe(
        np.random.default_rng(1).normal(0, 0.1, SR).astype(np.float32), sample_rate_hz=SR
    )
    sine = describe(tone(1000.0), sample_rate_hz=SR)
    assert noise.flatness_db > -6  # 0 dB is perfectly flat; Hann leakage costs a little
    assert sine.flatness_db < -30
    assert noise.centroid_hz == pytest.approx(SR / 4, rel=0.05)  # flat 0..8 kHz: middle
    assert noise.bandwidth_hz > 10 * sine.bandwidth_hz


def test_bursts_have_more_onset_strength_than_a_steady_tone() -> None:
    steady = tone(440.0)
    gate = (np.arange(SR) % (SR // 8) < SR // 16).astype(np.float32)  # 8 notes a second
    bursts = steady * gate
    assert describe(bursts, sample_rate_hz=SR).onset > 5 * describe(steady, sample_rate_hz=SR).onset


def test_f0_track_follows_a_glide() -> None:
    f0 = np.geomspace(200.0, 400.0, SR)  # one octave up in a second
    f0_track, voiced = descriptors.f0_track(tone(f0), sample_rate_hz=SR, config=CONFIG)
    times = np.arange(len(f0_track)) * CONFIG.hop_length / SR
    expected = 200.0 * 2**times
    inside = voiced & (times > 0.1) & (times < 0.9)
    assert inside.sum() > 40
    assert np.all(np.abs(1200 * np.log2(f0_track[inside] / expected[inside])) < 25)


@pytest.mark.parametrize("rate_hz", [3.0, 5.5, 8.0])
def test_vibrato_rate_is_found(rate_hz: float) -> None:
    found = describe(tone(vibrato_f0(220.0, rate_hz=rate_hz, depth_cents=50.0)), sample_rate_hz=SR)
    result = modulation(found.f0_track_hz, frame_rate_hz=CONFIG.frame_rate_hz(SR))
    assert result.rate_hz == pytest.approx(rate_hz, abs=0.15)


def test_slow_vibrato_depth_is_measured_directly() -> None:
    found = describe(tone(vibrato_f0(220.0, rate_hz=2.0, depth_cents=60.0)), sample_rate_hz=SR)
    result = modulation(found.f0_track_hz, frame_rate_hz=CONFIG.frame_rate_hz(SR), at_rate_hz=2.0)
    assert result.depth_at_cents == pytest.approx(60.0, rel=0.1)


@pytest.mark.parametrize("rate_hz", [5.5, 8.0])
def test_vibrato_depth_corrected_by_the_tracker_response_is_the_one_played(rate_hz: float) -> None:
    # Another pitch, depth and timbre than the probe that measures the response.
    played = tone(
        vibrato_f0(330.0, rate_hz=rate_hz, depth_cents=80.0), harmonics=(1, 0.7, 0.5, 0.3)
    )
    found = describe(played, sample_rate_hz=SR)
    result = modulation(
        found.f0_track_hz, frame_rate_hz=CONFIG.frame_rate_hz(SR), at_rate_hz=rate_hz
    )
    response = tracker_response(rate_hz, sample_rate_hz=SR, config=CONFIG, length_s=1.0)
    assert response < 0.98  # the analysis window does average fast vibrato
    assert result.depth_at_cents / response == pytest.approx(80.0, rel=0.1)


def test_a_steady_tone_has_no_vibrato_depth() -> None:
    found = describe(tone(220.0), sample_rate_hz=SR)
    result = modulation(found.f0_track_hz, frame_rate_hz=CONFIG.frame_rate_hz(SR), at_rate_hz=5.5)
    assert result.depth_at_cents < 2.0


def test_modulation_of_too_few_voiced_frames_is_nan() -> None:
    result = modulation([math.nan] * 50 + [220.0] * 3, frame_rate_hz=62.5)
    assert math.isnan(result.rate_hz) and math.isnan(result.depth_cents)


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (0.3, (0, 0.3)),
        (7.0, (0, 7.0)),
        (12.4, (1, 0.4)),
        (-11.2, (-1, 0.8)),
        (24.9, (2, 0.9)),
        (9.5, (0, 9.5)),  # 2.5 st from an octave: a shift, not a jump
        (-14.0, (-1, -2.0)),
    ],
)
def test_fold_octaves_splits_whole_octaves_from_the_rest(delta, expected) -> None:
    k, rest = fold_octaves(delta, tolerance_st=2.0)
    assert (k, round(rest, 6)) == expected


def test_fold_octaves_of_nan_is_no_jump_and_nan() -> None:
    k, rest = fold_octaves(math.nan, tolerance_st=2.0)
    assert k == 0 and math.isnan(rest)


def test_lower_median_is_an_observed_value() -> None:
    assert lower_median([440.0, 220.0, math.nan, 221.0, 445.0]) == 221.0
    assert lower_median([2.0, 1.0, 3.0]) == 2.0
    assert math.isnan(lower_median([math.nan]))


def test_changes_are_in_the_units_they_name() -> None:
    q = descriptors.QUANTITY
    assert q["pitch"].delta(440.0, 220.0) == pytest.approx(12.0)
    assert q["centroid"].delta(2000.0, 1000.0) == pytest.approx(1.0)  # octaves
    assert q["loudness"].delta(-6.0, -12.0) == pytest.approx(6.0)
    assert q["voicing"].delta(0.5, 0.75) == pytest.approx(-25.0)  # percentage points
    assert math.isnan(q["pitch"].delta(math.nan, 220.0))


def test_descriptors_round_trip_through_json() -> None:
    found = describe(tone(220.0, seconds=0.3), sample_rate_hz=SR)
    again = descriptors.Descriptors.from_dict(found.to_dict())
    assert again.f0_hz == found.f0_hz
    assert len(again.f0_track_hz) == len(found.f0_track_hz)


@pytest.mark.parametrize(
    ("audio", "message"),
    [
        (np.zeros((2, SR), dtype=np.float32), "mono"),
        (np.zeros(100, dtype=np.float32), "shorter than one analysis frame"),
        (np.full(SR, np.nan, dtype=np.float32), "NaN"),
    ],
)
def test_bad_audio_is_refused_with_what_is_wrong(audio: np.ndarray, message: str) -> None:
    with pytest.raises(DescriptorError, match=message):
        describe(audio, sample_rate_hz=SR)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(DescriptorError, match="fmin_hz"):
        DescriptorConfig(fmin_hz=500, fmax_hz=100)
    with pytest.raises(DescriptorError, match="frame_length"):
        DescriptorConfig(frame_length=256, hop_length=256)
