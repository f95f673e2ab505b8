import numpy as np
import pytest

from precompute.model import mulaw


def magenta_mu_law(x: np.ndarray) -> np.ndarray:
    """magenta's `utils.mu_law`, run in TensorFlow as magenta does."""
    import tensorflow as tf

    out = tf.sign(x) * tf.math.log(1 + 255 * tf.abs(x)) / np.log(1 + 255)
    return tf.floor(out * 128).numpy().astype(np.int32)


def test_mulaw_matches_magenta_graph_on_every_input():
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, 100_000).astype(np.float32)
    x = np.concatenate([x, x * 1e-3, np.float32([0.0, -1e-9, 1e-9, -1.0, 0.999999])])
    np.testing.assert_array_equal(mulaw.audio_to_mulaw(x), magenta_mu_law(x))


@pytest.mark.parametrize(
    ("x", "q"),
    [(0.0, 0), (-1e-9, -1), (1e-9, 0), (-1.0, -128), (1.0, 127), (2.0, 127), (-3.0, -128)],
)
def test_mulaw_edges(x, q):
    # The floor makes mu-law asymmetric; 1.0 would be class 256, so it is clipped below 1.
    assert mulaw.audio_to_mulaw(np.float32(x)) == q


def test_inverse_is_exact_on_all_classes():
    q = np.arange(-128, 128)
    assert (mulaw.audio_to_mulaw(mulaw.mulaw_to_audio(q)) == q).all()
    assert mulaw.mulaw_to_audio(0) == 0.0
    assert np.abs(mulaw.mulaw_to_audio(q)).max() < 1.0


@pytest.mark.magenta
def test_inverse_matches_magenta_numpy():
    from tests.precompute.model import magenta_ref

    _, _, utils = magenta_ref.modules()
    q = np.arange(-128, 128)
    np.testing.assert_array_equal(mulaw.mulaw_to_audio(q), utils.inv_mu_law_numpy(q))


def test_labels_round_trip():
    q = np.arange(-128, 128)
    assert mulaw.mulaw_to_label(q).min() == 0 and mulaw.mulaw_to_label(q).max() == 255
    np.testing.assert_array_equal(mulaw.label_to_mulaw(mulaw.mulaw_to_label(q)), q)
