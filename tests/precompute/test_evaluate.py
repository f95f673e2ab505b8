import numpy as np
import pytest

from precompute.evaluate import compare_reconstructions, estimate_pitch, spectral_distance

SR = 16000


def tone(f_hz, seconds=1.0, harmonics=(1.0, 0.4, 0.2)):
    t = np.arange(int(SR * seconds)) / SR
    return sum(a * np.sin(2 * np.pi * f_hz * (k + 1) * t) for k, a in enumerate(harmonics))


@pytest.mark.parametrize("pitch", [45, 52, 60, 67, 72, 79])
def test_pitch_of_harmonic_tone_within_a_fifth_of_a_semitone(pitch):
    f = 440 * 2 ** ((pitch - 69) / 12)
    assert estimate_pitch(tone(f), sample_rate_hz=SR) == pytest.approx(pitch, abs=0.2)


def test_noise_and_silence_have_no_pitch():
    assert estimate_pitch(np.random.default_rng(0).standard_normal(SR), sample_rate_hz=SR) is None
    assert estimate_pitch(np.zeros(SR), sample_rate_hz=SR) is None


def test_spectral_distance_is_zero_for_equal_and_orders_by_similarity():
    a = tone(220)
    assert spectral_distance(a, a) == 0.0
    near = tone(220) * 0.8
    far = np.random.default_rng(1).standard_normal(SR) * 0.3
    assert spectral_distance(a, near) < spectral_distance(a, tone(330)) < spectral_distance(a, far)
    assert spectral_distance(a, near) == pytest.approx(spectral_distance(near, a))


def test_reconstructions_are_scored_against_the_pitch_and_the_originals_estimate():
    a4, noise = tone(440), np.random.default_rng(2).standard_normal(SR) * 0.3
    # The third note is labelled A4 but sounds (and reads) an octave low, as YIN reads
    # some organ notes: its reconstruction matches the original, not the label.
    clips = [a4, a4, tone(220), a4]
    recs = [tone(440), tone(440 * 2 ** (1.5 / 12)), tone(220), noise]
    scores = compare_reconstructions(clips, recs, [69, 69, 69, 69], sample_rate_hz=SR)
    assert scores["pitch_within_semitone"] == 0.25  # only the first
    assert scores["pitch_matches_original"] == 0.5  # the first, and the A3 against its A3
    assert scores["pitched"] == 0.75
    assert scores["spectral_distance"] > 0
