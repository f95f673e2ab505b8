"""Properties of the output-level audio helpers (precompute.audio_post)."""

from __future__ import annotations

import numpy as np
import pytest

from precompute import audio_post
from precompute.audio_post import AudioPostError

SR = 16000


@pytest.fixture
def sine() -> np.ndarray:
    """A 0.5 s, 440 Hz sine at amplitude 0.3, shape [8000]."""
    t = np.arange(SR // 2) / SR
    return (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def test_levels_of_a_sine(sine: np.ndarray) -> None:
    assert audio_post.peak(sine) == pytest.approx(0.3, rel=1e-4)
    assert audio_post.rms(sine) == pytest.approx(0.3 / np.sqrt(2), rel=1e-3)


@pytest.mark.parametrize("target_db", [0.0, -1.0, -12.0])
def test_normalize_peak_hits_target(target_db: float, sine: np.ndarray) -> None:
    out = audio_post.normalize_peak(sine, target_db=target_db)
    assert audio_post.peak(out) == pytest.approx(10 ** (target_db / 20), rel=1e-5)
    np.testing.assert_allclose(out / out.max(), sine / sine.max(), atol=1e-6)  # shape kept


def test_normalize_peak_leaves_silence_and_input_alone(sine: np.ndarray) -> None:
    silence = np.zeros(100, np.float32)
    np.testing.assert_array_equal(audio_post.normalize_peak(silence, target_db=-1), silence)
    before = sine.copy()
    audio_post.normalize_peak(sine, target_db=-1)
    np.testing.assert_array_equal(sine, before)


def test_fade_is_linear_and_zero_at_ends() -> None:
    ones = np.ones(SR, np.float32)
    out = audio_post.fade(ones, fade_ms=10, sample_rate_hz=SR)
    k = 160  # 10 ms at 16 kHz
    np.testing.assert_allclose(out[:k], np.arange(k) / k, atol=1e-7)
    np.testing.assert_allclose(out[-k:], np.arange(k)[::-1] / k, atol=1e-7)
    np.testing.assert_array_equal(out[k:-k], 1.0)
    np.testing.assert_array_equal(audio_post.fade(ones, fade_ms=0, sample_rate_hz=SR), ones)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a: audio_post.normalize_peak(a, target_db=3), "<= 0 dBFS"),
        (lambda a: audio_post.normalize_peak(a, target_db=float("nan")), "finite"),
        (lambda a: audio_post.fade(a, fade_ms=-1, sample_rate_hz=SR), ">= 0"),
        (lambda a: audio_post.fade(a, fade_ms=300, sample_rate_hz=SR), "exceeds"),
        (lambda a: audio_post.peak(a[None]), r"shape \[n_samples\]"),
        (lambda a: audio_post.peak(a[:0]), "n_samples >= 1"),
        (lambda a: audio_post.rms(np.full(3, np.nan)), "non-finite"),
    ],
)
def test_invalid_input_raises(call, message: str, sine: np.ndarray) -> None:
    with pytest.raises(AudioPostError, match=message):
        call(sine)
