"""Our TF2 model against magenta 2.1.4's own graph code on the same checkpoint file."""

import numpy as np
import pytest

from precompute.model import mulaw
from precompute.model.config import H512_BO16, TINY
from tests.precompute.model import magenta_ref
from tests.precompute.model.conftest import chirp

pytestmark = pytest.mark.magenta

# The JAX model is checked against the TF one at full size (test_jax_nsynth.py), and
# against magenta here at the tiny size.
CASES = [
    pytest.param("tiny", id="tiny"),
    pytest.param("tiny_jax", id="tiny-jax"),
    pytest.param("full", id="h512_bo16", marks=pytest.mark.slow),
]


def _setup(request, which):
    size = which.removesuffix("_jax")
    checkpoint = request.getfixturevalue(f"{size}_checkpoint")
    model = request.getfixturevalue(f"{which}_model")
    return checkpoint, model, {"tiny": TINY, "full": H512_BO16}[size]


def assert_close_relative(ours: np.ndarray, reference: np.ndarray, rtol: float) -> None:
    """Every element within rtol of the reference's scale (max |reference|)."""
    scale = np.abs(reference).max()
    assert ours.shape == reference.shape
    assert np.abs(ours - reference).max() <= rtol * scale, np.abs(ours - reference).max() / scale


@pytest.mark.parametrize("which", CASES)
def test_encoder_matches_magenta(request, which, two_clips):
    checkpoint, model, config = _setup(request, which)
    audio = np.concatenate([two_clips, two_clips[:, :1100]], axis=1)  # tail is dropped
    reference = magenta_ref.encode(checkpoint, audio, config)
    assert reference.shape == (2, 10, 16)
    assert_close_relative(model.encode(audio), reference, 1e-4)


@pytest.mark.parametrize("which", CASES)
def test_teacher_forced_logits_match_magenta(request, which, two_clips):
    checkpoint, model, config = _setup(request, which)
    reference = magenta_ref.teacher_forced_logits(checkpoint, two_clips, config)
    ours = model.teacher_forced_logits(two_clips, model.encode(two_clips))
    assert_close_relative(ours, reference, 1e-4)


@pytest.mark.parametrize("which", CASES)
def test_fastgen_probabilities_match_magenta_for_2048_steps(request, which):
    checkpoint, model, config = _setup(request, which)
    steps = 2048
    audio = np.stack([chirp(steps, seed=3), 0.5 * chirp(steps, seed=4)[::-1]])
    audio = mulaw.mulaw_to_audio(mulaw.audio_to_mulaw(audio))  # what a sampler could emit
    z = model.encode(np.concatenate([audio, audio], axis=1))  # 8 frames cover 4096 steps
    batch = 1 if which == "full" else 2  # magenta at batch 1 is its documented use
    reference = magenta_ref.fastgen_probabilities(checkpoint, z[:batch], audio[:batch], config)
    ours = model.incremental_probabilities(z[:batch], audio[:batch])
    np.testing.assert_allclose(ours, reference, atol=1e-4 * reference.max(), rtol=1e-4)


def test_sampler_matches_magentas_sample_categorical():
    import tensorflow as tf

    from precompute.model.nsynth import _sample

    rng = np.random.default_rng(5)
    logits = rng.normal(scale=3.0, size=(64, 256)).astype(np.float32)
    probs = tf.nn.softmax(logits).numpy()
    reference = magenta_ref.sample_categorical(probs, seed=123)
    np.random.seed(123)
    uniforms = np.random.rand(64)
    ours = _sample(tf.constant(logits), tf.constant(uniforms), tf.constant(1.0)).numpy() + 128
    np.testing.assert_array_equal(ours, np.minimum(reference, 255))
