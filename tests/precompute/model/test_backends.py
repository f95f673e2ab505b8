"""backends: the one door to either model, and a model made again from its own weights."""

from __future__ import annotations

import numpy as np
import pytest

from precompute.model import backends
from precompute.model.config import TINY


@pytest.mark.parametrize("backend", backends.BACKENDS)
def test_a_model_built_from_its_raw_weights_renders_the_same(tiny_checkpoint, backend: str):
    # What a cluster's worker does with the driver's model (cluster._Workers).
    model = backends.load_model(tiny_checkpoint, backend=backend)
    weights = model.raw_weights()
    assert all(w.dtype == np.float32 for w in weights.values())
    assert f"res_{TINY.dec_layers}/W" not in weights  # magenta computes it; nobody reads it
    again = backends.build_model(
        model.backend, model.config, weights, model.fingerprint, **model.options()
    )
    assert (again.backend, again.config, again.fingerprint) == (backend, TINY, model.fingerprint)
    z = np.random.default_rng(0).normal(size=(2, 2, TINY.n_z)).astype(np.float32)
    np.testing.assert_array_equal(again.decode(z, seeds=[1, 2]), model.decode(z, seeds=[1, 2]))
    audio = model.decode(z, seeds=[3, 4])
    np.testing.assert_array_equal(again.encode(audio), model.encode(audio))


def test_an_unknown_backend_or_option_is_named():
    with pytest.raises(backends.BackendError, match=r"backend 'torch'; known: tf, jax"):
        backends.build_model("torch", TINY, {}, "0")
    with pytest.raises(backends.BackendError, match="precision 'bfloat16' needs --backend jax"):
        backends.load_model("nowhere", backend="tf", precision="bfloat16")
