"""The JAX training step equals the TensorFlow trainer's, and a JAX run resumes in TF."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

jax = pytest.importorskip("jax")  # the `test` extra installs it; a GPU box may lack it
import jax.numpy as jnp  # noqa: E402

from precompute.model import jax_train  # noqa: E402
from precompute.model.checkpoint import load_weights, resolve_checkpoint  # noqa: E402
from precompute.model.config import DEMO, TINY  # noqa: E402
from precompute.model.train import TrainConfig, Trainer  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


def _trainer(tmp_path, config):
    import tensorflow as tf

    trainer = Trainer(tmp_path, config, TrainConfig(batch_size=2, crop_samples=1024, xla=False))
    rng = np.random.default_rng(3)
    for var in trainer.vars.values():  # nonzero biases, so a dropped bias shows
        var.assign(var + tf.constant(rng.normal(0, 0.05, var.shape), tf.float32))
    return trainer


def _batch(seed=4):
    rng = np.random.default_rng(seed)
    q = rng.integers(-128, 128, (2, 1024)).astype(np.int32)
    return q, rng.normal(0, 0.05, q.shape).astype(np.float32)


def _state(trainer):
    return jax_train.init_state(
        {n: v.numpy() for n, v in trainer.vars.items()},
        {n: v.numpy() for n, v in trainer.ema.items()},
        {n: v.numpy() for n, v in trainer.slots.items()},
        int(trainer.step),
    )


@pytest.mark.parametrize("config", [TINY, DEMO], ids=["tiny", "demo"])
def test_loss_equals_tensorflow(tmp_path, config):
    import tensorflow as tf

    trainer = _trainer(tmp_path, config)
    q, noise = _batch()
    ours = jax_train.loss(config, _state(trainer).params, jnp.asarray(q), jnp.asarray(noise))
    theirs = trainer._loss(tf.constant(q), tf.constant(noise))
    np.testing.assert_allclose(float(ours), float(theirs), rtol=1e-6)


def test_two_updates_equal_tensorflows(tmp_path):
    import tensorflow as tf

    trainer = _trainer(tmp_path, TINY)
    state = _state(trainer)
    grad = jax.grad(lambda p, q, n: jax_train.loss(TINY, p, q, n))
    for seed in (5, 6):
        q, noise = _batch(seed)
        trainer._train_step(tf.constant(q), tf.constant(noise))
        grads = grad(state.params, jnp.asarray(q), jnp.asarray(noise))
        state = jax_train.adam_ema_update(
            state, grads, learning_rate=jnp.float32(1e-3), ema_decay=0.999
        )
    assert int(state.step) == int(trainer.step) == 2
    for name in trainer.vars:
        # Adam divides by sqrt(v): where a gradient is ~0, float rounding moves the step
        # by a few 1e-6 of a 1e-3 step; everything else agrees to float32.
        np.testing.assert_allclose(state.params[name], trainer.vars[name].numpy(), atol=2e-5)
        np.testing.assert_allclose(state.ema[name], trainer.ema[name].numpy(), atol=2e-5)
        np.testing.assert_allclose(
            state.m[name], trainer.slots[name + "/Adam"].numpy(), rtol=1e-4, atol=1e-7
        )


def test_crops_come_from_one_clip_each():
    audio = jnp.concatenate([jnp.full(3000, 1, jnp.int8), jnp.full(2000, 2, jnp.int8)])
    crops = jax_train.random_crops(
        jax.random.PRNGKey(0),
        audio,
        jnp.array([0, 3000]),
        jnp.array([3000, 2000]),
        batch=64,
        n=2000,
    )
    assert crops.shape == (64, 2000)
    rows = np.asarray(crops)
    assert all(len(set(row)) == 1 for row in rows)  # never straddles two clips
    assert set(rows[:, 0]) == {1, 2}


def test_detuned_crops_move_the_pitch_within_the_range():
    from precompute.evaluate import estimate_pitch
    from precompute.model import mulaw

    t = np.arange(20000) / 16000
    clip = mulaw.audio_to_mulaw(0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.int8)
    crops = jax_train.random_crops(
        jax.random.PRNGKey(1),
        jnp.asarray(clip),
        jnp.array([0]),
        jnp.array([len(clip)]),
        batch=12,
        n=8192,
        detune_cents=40,
    )
    assert crops.dtype == jnp.int32 and crops.shape == (12, 8192)
    midis = [
        estimate_pitch(mulaw.mulaw_to_audio(np.asarray(c)), sample_rate_hz=16000) for c in crops
    ]
    assert all(68.6 - 0.03 < m < 69.4 + 0.03 for m in midis), midis
    assert max(midis) - min(midis) > 0.3


def test_mulaw_under_jit_equals_numpys():
    from precompute.model import mulaw

    x = np.random.default_rng(7).uniform(-1.2, 1.2, 5000).astype(np.float32)
    q = jax.jit(lambda a: mulaw.audio_to_mulaw(a, xp=jnp))(x)
    np.testing.assert_array_equal(q, mulaw.audio_to_mulaw(x))
    back = jax.jit(lambda a: mulaw.mulaw_to_audio(a, xp=jnp))(q)
    np.testing.assert_allclose(back, mulaw.mulaw_to_audio(np.asarray(q)), rtol=1e-6, atol=1e-7)


def _run_tool(*args):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_jax.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def test_pack_train_unpack_resumes_in_tensorflow(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    t = np.arange(12000) / 16000
    for pitch in (60, 62, 64, 65):
        f0 = 440 * 2 ** ((pitch - 69) / 12)
        sf.write(notes / f"sine_p{pitch:03d}_v100.wav", 0.3 * np.sin(2 * np.pi * f0 * t), 16000)
    bundle, state = tmp_path / "bundle.npz", tmp_path / "state.npz"
    refused = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_jax.py"), "pack", str(bundle),
         "--notes", str(notes), "--config", "tiny", "--holdout-pitches", "61"],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert refused.returncode == 1 and "4 notes to train on and 0 at" in refused.stderr
    assert not bundle.exists()
    _run_tool(
        "pack",
        bundle,
        "--notes",
        notes,
        "--config",
        "tiny",
        "--holdout-pitches",
        "62",
        "--crop-samples",
        "1024",
    )
    with np.load(bundle) as data:
        assert data["eval_q"].shape == (1, 1024)
        assert data["lengths"].sum() == data["audio"].size
        assert data["audio"].dtype == np.int8
    log = _run_tool(
        "train",
        bundle,
        "--out",
        state,
        "--seconds",
        "20",
        "--batch-size",
        "2",
        "--steps-per-call",
        "2",
        "--detune-cents",
        "30",
    ).stderr
    assert "M samples/s" in log and "saved" in log
    _run_tool("unpack", state, "--out", tmp_path / "run")
    prefix = resolve_checkpoint(tmp_path / "run")
    step = int(prefix.name.split("-")[-1])
    assert step >= 8  # the compile call and the three timing calls, at the least
    config, raw = load_weights(prefix)
    assert config == TINY
    trainer = Trainer(tmp_path / "run", TINY, TrainConfig(batch_size=2, crop_samples=1024))
    assert int(trainer.step) == step
    np.testing.assert_array_equal(trainer.vars["logits/W"].numpy(), raw["logits/W"])
    assert np.abs(trainer.slots["logits/W/Adam_1"].numpy()).max() > 0
