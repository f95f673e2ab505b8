import numpy as np
import pytest

from precompute.model.config import H512_BO16, TINY, ConfigError, ModelConfig


def test_published_config_has_magenta_sizes():
    assert H512_BO16.frames_to_samples(125) == 64000
    assert H512_BO16.samples_to_frames(16000) == 31  # magenta drops the tail: 15872 samples
    assert H512_BO16.frame_rate_hz == pytest.approx(31.25)
    assert H512_BO16.receptive_field == 1 + 2 + 2 * 3 * 1023
    # About 60 M multiply-adds per generated sample per stream (ARCHITECTURE.md).
    assert 55e6 < H512_BO16.macs_per_sample < 62e6


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("dec_layers", 0),
        ("enc_width", -1),
        ("filter_length", 2),
        ("n_quantization", 128),
        ("hop_length", 100),
        ("dec_width", 1.5),
        ("n_z", True),
    ],
)
def test_bad_config_is_rejected_with_its_value(field, value):
    with pytest.raises(ConfigError, match=field):
        ModelConfig(**{field: value})


def test_config_round_trips_through_dict():
    assert ModelConfig.from_dict(TINY.to_dict()) == TINY
    with pytest.raises(ConfigError, match="unknown"):
        ModelConfig.from_dict({"layers": 3})


def _gradient_support(model, t: int, n_frames: int) -> np.ndarray:
    """Indices of input samples whose gradient on decoder output t is nonzero."""
    import tensorflow as tf

    cfg = model.config
    n = cfg.frames_to_samples(n_frames)
    xs = tf.Variable(np.random.default_rng(0).uniform(-0.5, 0.5, (1, n)).astype(np.float32))
    z = tf.constant(np.random.default_rng(1).normal(size=(1, n_frames, cfg.n_z)).astype(np.float32))
    with tf.GradientTape() as tape:
        out = tf.reduce_sum(model.decoder_logits(xs, z)[0, t])
    grad = tape.gradient(out, xs).numpy()[0]
    return np.flatnonzero(grad)


def test_measured_receptive_field_equals_config(tiny_model):
    # Measure rather than trust arithmetic (RAVE's get_rave_receptive_field): output t
    # must depend on exactly x[t - receptive_field .. t - 1], never on x[t] or later.
    cfg = tiny_model.config
    t = 3000
    support = _gradient_support(tiny_model, t, n_frames=8)
    assert support.max() == t - 1
    assert support.min() == t - cfg.receptive_field
    assert len(support) == cfg.receptive_field


def test_encoder_yields_one_frame_per_hop(tiny_model):
    for n in (512, 1000, 16000):
        z = tiny_model.encode(np.full(n, 0.1, np.float32))
        assert z.shape == (n // 512, 16)
