"""Checkpoints with magenta's variable names and seeded test signals for the model tests."""

from __future__ import annotations

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np
import pytest

from precompute.model.checkpoint import random_weights, write_checkpoint
from precompute.model.config import H512_BO16, TINY


def chirp(n_samples: int, *, seed: int, sample_rate_hz: int = 16000) -> np.ndarray:
    """A 0.5-amplitude rising chirp plus a little noise: [n_samples] float32."""
    t = np.arange(n_samples) / sample_rate_hz
    noise = np.random.default_rng(seed).standard_normal(n_samples)
    return (0.5 * np.sin(2 * np.pi * (220 + 300 * t) * t) + 0.05 * noise).astype(np.float32)


def tf_save(prefix, tensors):
    """Write `tensors` as TensorFlow itself does (SaveV2, the op behind every TF1 Saver)."""
    import tensorflow as tf

    names = sorted(tensors)
    tf.raw_ops.SaveV2(
        prefix=str(prefix),
        tensor_names=names,
        shape_and_slices=[""] * len(names),
        tensors=[tf.constant(tensors[n]) for n in names],
    )
    return prefix


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory):
    prefix = tmp_path_factory.mktemp("tiny") / "model.ckpt-0"
    return write_checkpoint(prefix, random_weights(TINY, seed=1), TINY)


@pytest.fixture(scope="session")
def full_checkpoint(tmp_path_factory):
    prefix = tmp_path_factory.mktemp("full") / "model.ckpt-200000"
    return write_checkpoint(prefix, random_weights(H512_BO16, seed=2), H512_BO16)


@pytest.fixture(scope="session")
def tiny_model(tiny_checkpoint):
    from precompute.model.nsynth import NSynth

    return NSynth.from_checkpoint(tiny_checkpoint)


@pytest.fixture(scope="session")
def tiny_jax_model(tiny_checkpoint):
    from precompute.model.jax_nsynth import JaxNSynth

    return JaxNSynth.from_checkpoint(tiny_checkpoint)


@pytest.fixture(scope="session")
def full_model(full_checkpoint):
    from precompute.model.nsynth import NSynth

    return NSynth.from_checkpoint(full_checkpoint)


@pytest.fixture
def two_clips():
    """[2, 4096] float32: two different 8-frame clips."""
    return np.stack([chirp(4096, seed=0), 0.7 * chirp(4096, seed=1)[::-1]])
