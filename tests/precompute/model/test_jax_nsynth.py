"""The JAX model against the TensorFlow one: same weights, same numbers, same sampling rule."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

jax = pytest.importorskip("jax")  # the `jax` extra installs it

from precompute.model import mulaw  # noqa: E402
from precompute.model.autoencoder import (  # noqa: E402
    ModelInputError,
    float32_thresholds,
    sampling_uniforms,
)
from precompute.model.config import DEMO  # noqa: E402
from precompute.model.jax_nsynth import JaxNSynth  # noqa: E402
from tests.precompute.conftest import REPO  # noqa: E402
from tests.precompute.model.conftest import chirp  # noqa: E402
from tests.precompute.model.test_magenta import assert_close_relative  # noqa: E402


@pytest.fixture
def tiny_jax(tiny_jax_model):
    return tiny_jax_model


def _teacher_audio(steps: int) -> np.ndarray:
    audio = np.stack([chirp(steps, seed=3), 0.5 * chirp(steps, seed=4)[::-1]])
    return mulaw.mulaw_to_audio(mulaw.audio_to_mulaw(audio))  # what a sampler could emit


def test_encoder_matches_tensorflow(tiny_model, tiny_jax, two_clips):
    audio = np.concatenate([two_clips, two_clips[:, :700]], axis=1)  # the tail is dropped
    assert_close_relative(tiny_jax.encode(audio), tiny_model.encode(audio), 1e-5)
    assert tiny_jax.encode(audio[0]).shape == (9, 16)  # 4796 samples


def test_teacher_forced_logits_match_tensorflow(tiny_model, tiny_jax, two_clips):
    z = tiny_model.encode(two_clips)
    reference = tiny_model.teacher_forced_logits(two_clips, z)
    assert_close_relative(tiny_jax.teacher_forced_logits(two_clips, z), reference, 1e-5)


def test_probabilities_match_tensorflow_for_2048_teacher_fed_steps(tiny_model, tiny_jax):
    audio = _teacher_audio(2048)
    z = tiny_model.encode(np.concatenate([audio, audio], axis=1))  # 8 frames
    reference = tiny_model.incremental_probabilities(z, audio)
    ours = tiny_jax.incremental_probabilities(z, audio)
    assert ours.shape == (2, 2048, 256)
    np.testing.assert_allclose(ours, reference, atol=1e-5, rtol=0)


def test_incremental_generator_equals_its_teacher_forced_decoder(tiny_jax, two_clips):
    z = tiny_jax.encode(two_clips)
    logits = tiny_jax.teacher_forced_logits(two_clips, z)
    probs = np.exp(logits - logits.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    np.testing.assert_allclose(tiny_jax.incremental_probabilities(z, two_clips), probs, atol=1e-6)


def test_float32_thresholds_pick_as_a_float64_uniform_does_at_cdf_boundaries():
    from precompute.model.jax_nsynth import _searchsorted

    rng = np.random.default_rng(5)
    logits = rng.normal(scale=3.0, size=(64, 256))
    probs = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    cdf = np.cumsum(probs, axis=1).astype(np.float32)
    # Uniforms on, just below and just above a float32 CDF entry: where comparing with
    # the uniform rounded to nearest would pick the wrong class.
    on = cdf[np.arange(64), rng.integers(0, 255, 64)].astype(np.float64)
    for uniforms in (on, on - 1e-12, on + 1e-12, np.nextafter(on, 0), rng.random(64)):
        magenta = [
            np.searchsorted(c.astype(np.float64), u) for c, u in zip(cdf, uniforms, strict=True)
        ]
        ours = np.asarray(_searchsorted(cdf, float32_thresholds(uniforms)))
        np.testing.assert_array_equal(ours, np.minimum(magenta, 255))


@pytest.mark.magenta
def test_sampler_matches_magentas_sample_categorical():
    from precompute.model.jax_nsynth import _sample
    from tests.precompute.model import magenta_ref

    logits = np.random.default_rng(5).normal(scale=3.0, size=(64, 256)).astype(np.float32)
    np.random.seed(123)
    thresholds = float32_thresholds(np.random.rand(64))
    ours = np.asarray(_sample(logits, thresholds, np.float32(1.0))) + 128
    magenta = magenta_ref.sample_categorical(np.asarray(jax.nn.softmax(logits)), seed=123)
    np.testing.assert_array_equal(ours, np.minimum(magenta, 255))


def test_decoded_audio_equals_tensorflows_until_a_boundary_case(tiny_model, tiny_jax):
    """Same seeds, same audio; where they part, the uniform sat on a class boundary.

    Sampling is discontinuous: a 1e-7 difference in a probability flips a class when the
    uniform falls within 1e-7 of a CDF entry, and the streams differ from there on.
    """
    z = np.random.default_rng(6).normal(size=(3, 4, 16)).astype(np.float32)
    seeds = [1, 2, 3]
    ours, theirs = tiny_jax.decode(z, seeds=seeds), tiny_model.decode(z, seeds=seeds)
    uniforms = sampling_uniforms(3, ours.shape[1], seeds=seeds)
    for i in range(3):
        differs = np.flatnonzero(ours[i] != theirs[i])
        if differs.size == 0:
            continue
        t = differs[0]
        probs = tiny_model.incremental_probabilities(z[i : i + 1], theirs[i : i + 1, : t + 1])
        gap = np.abs(np.cumsum(probs[0, t], dtype=np.float32) - uniforms[t, i]).min()
        assert gap < 1e-5, (i, t, gap)
    assert (ours == theirs).mean() > 0.5


def test_stream_with_own_seed_ignores_batch_neighbours(tiny_jax):
    z = np.random.default_rng(1).normal(size=(3, 2, 16)).astype(np.float32)
    together = tiny_jax.decode(z, seeds=[11, 12, 13])
    alone = tiny_jax.decode(z[1:2], seeds=[12])
    np.testing.assert_array_equal(together[1], alone[0])
    assert not np.array_equal(together[0], together[1])


def test_decode_is_reproducible_and_temperature_zero_is_argmax(tiny_jax):
    z = np.random.default_rng(3).normal(size=(1, 1, 16)).astype(np.float32)
    assert np.array_equal(tiny_jax.decode(z, rng=7), tiny_jax.decode(z, rng=7))
    argmax = tiny_jax.decode(z, temperature=0.0, rng=0)
    assert np.array_equal(argmax, tiny_jax.decode(z, temperature=0.0, rng=99))
    logits = tiny_jax.teacher_forced_logits(argmax, z)
    np.testing.assert_array_equal(logits.argmax(-1) - 128, mulaw.audio_to_mulaw(argmax))


def test_progress_reports_every_frame_in_order(tiny_jax):
    calls = []
    tiny_jax.decode(
        np.zeros((2, 3, 16), np.float32), rng=0, progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(512, 1536), (1024, 1536), (1536, 1536)]


def test_bfloat16_generator_stays_near_float32(tiny_checkpoint, tiny_jax):
    bf16 = JaxNSynth.from_checkpoint(tiny_checkpoint, precision="bfloat16")
    audio = _teacher_audio(1024)
    z = tiny_jax.encode(np.concatenate([audio, audio], axis=1))
    exact = tiny_jax.incremental_probabilities(z, audio)
    rounded = bf16.incremental_probabilities(z, audio)
    assert 0 < np.abs(rounded - exact).max() < 0.05 * exact.max()
    assert bf16.decode(z[:, :1], seeds=[0, 1]).shape == (2, 512)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"precision": "float16"}, "precision='float16'; known: float32, tensorfloat32"),
        ({"precision": "tensorfloat32"}, "needs an NVIDIA GPU; the model runs on"),
    ],
)
def test_bad_precision_is_refused(tiny_checkpoint, kwargs, message):
    with pytest.raises(ModelInputError, match=message):
        JaxNSynth.from_checkpoint(tiny_checkpoint, **kwargs)


@pytest.mark.slow
def test_full_size_matches_tensorflow(full_checkpoint, full_model):
    """h512_bo16: encoder, teacher-forced logits, and 512 teacher-fed generator steps."""
    model = JaxNSynth.from_checkpoint(full_checkpoint)
    audio = _teacher_audio(1024)[:1]
    z = full_model.encode(audio)
    assert_close_relative(model.encode(audio), z, 1e-5)
    assert_close_relative(
        model.teacher_forced_logits(audio, z), full_model.teacher_forced_logits(audio, z), 1e-5
    )
    np.testing.assert_allclose(
        model.incremental_probabilities(z, audio[:, :512]),
        full_model.incremental_probabilities(z, audio[:, :512]),
        atol=1e-5,
        rtol=0,
    )


BLOCK_TENSORFLOW = textwrap.dedent(
    """
    import importlib.abc, sys

    class NoTensorFlow(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("tensorflow", "tf_keras", "keras"):
                raise ImportError(f"blocked: {name}")

    sys.meta_path.insert(0, NoTensorFlow())
    """
)


def test_jax_path_never_imports_tensorflow(tiny_checkpoint, tmp_path):
    """Load, encode, decode and the CLI's encode on --backend jax, TensorFlow blocked."""
    audio = tmp_path / "a.wav"
    import soundfile as sf

    sf.write(audio, chirp(4096, seed=1), 16000)
    code = BLOCK_TENSORFLOW + textwrap.dedent(
        f"""
        import numpy as np
        from precompute.model.backends import load_model
        from precompute.cli import main

        model = load_model({str(tiny_checkpoint)!r}, backend="jax")
        z = model.encode(np.zeros((1, 1024), np.float32))
        audio = model.decode(z, seeds=[0])
        assert audio.shape == (1, 1024) and model.backend == "jax"
        assert main(["encode", {str(audio)!r}, "--checkpoint", {str(tiny_checkpoint)!r},
                     "--out", {str(tmp_path / "z")!r}, "--backend", "jax"]) == 0
        assert not [m for m in sys.modules if m.split(".")[0] == "tensorflow"]
        print("ok")
        """
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().endswith("ok")
    assert np.load(tmp_path / "z" / "a.npy").shape == (8, 16)


def test_tensorflow_backend_is_refused_where_tensorflow_is_missing(tiny_checkpoint, tmp_path):
    import soundfile as sf

    sf.write(tmp_path / "a.wav", chirp(1024, seed=1), 16000)
    code = BLOCK_TENSORFLOW + textwrap.dedent(
        f"""
        from precompute.cli import main
        raise SystemExit(main(["encode", {str(tmp_path / "a.wav")!r}, "--checkpoint",
                               {str(tiny_checkpoint)!r}, "--out", {str(tmp_path)!r},
                               "--backend", "tf"]))
        """
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1
    assert result.stderr.startswith("nsynth-precompute encode: error: --backend tf needs")
    assert "choose the other backend" in result.stderr


def test_demo_config_matches_tensorflow_in_one_frame(tmp_path):
    """The demo model's shape (20 layers, 32 wide, skip 64) on both backends."""
    from precompute.model.checkpoint import random_weights
    from precompute.model.nsynth import NSynth

    weights = random_weights(DEMO, seed=8)
    tf_model, jax_model = NSynth(DEMO, weights, "demo"), JaxNSynth(DEMO, weights, "demo")
    audio = _teacher_audio(512)
    z = tf_model.encode(np.concatenate([audio, audio], axis=1))
    assert_close_relative(jax_model.encode(audio), tf_model.encode(audio), 1e-5)
    np.testing.assert_allclose(
        jax_model.incremental_probabilities(z, audio),
        tf_model.incremental_probabilities(z, audio),
        atol=1e-5,
        rtol=0,
    )
