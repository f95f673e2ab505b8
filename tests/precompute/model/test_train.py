import numpy as np
import pytest
import soundfile as sf

from precompute.evaluate import estimate_pitch
from precompute.model import mulaw
from precompute.model.checkpoint import load_weights, resolve_checkpoint
from precompute.model.config import TINY
from precompute.model.train import TrainConfig, Trainer, TrainError, detuned_crop, load_notes


def _notes(tmp_path, n=6, seconds=0.6):
    """Sine notes at several pitches, plus one unreadable and one too-short file."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    t = np.arange(int(16000 * seconds)) / 16000
    paths = []
    for i in range(n):
        path = tmp_path / f"sine_p{60 + i:03d}_v100.wav"
        sf.write(path, 0.3 * np.sin(2 * np.pi * 220 * 2 ** (i / 12) * t), 16000)
        paths.append(path)
    (tmp_path / "broken.wav").write_bytes(b"RIFF not really")
    sf.write(tmp_path / "short.wav", np.full(300, 0.2), 16000)
    return paths + [tmp_path / "broken.wav", tmp_path / "short.wav"]


def _config(**kw):
    return TrainConfig(
        **{
            "steps": 6,
            "batch_size": 2,
            "crop_samples": 2048,
            "checkpoint_every": 3,
            "eval_every": 3,
            "xla": False,
            **kw,
        }
    )


def test_bad_files_are_skipped_by_name(tmp_path, caplog):
    clips = load_notes(_notes(tmp_path), config=TINY, min_samples=2048)
    assert len(clips) == 6
    assert "broken.wav" in caplog.text and "short.wav" in caplog.text
    assert all(np.isclose(np.abs(c).max(), 0.9) for c in clips)


def test_training_lowers_loss_and_checkpoints_load_as_magenta_names(tmp_path):
    clips = load_notes(_notes(tmp_path / "notes"), config=TINY, min_samples=2048)
    trainer = Trainer(
        tmp_path / "run", TINY, _config(steps=30, learning_rate=3e-3, checkpoint_every=30)
    )
    before = trainer.evaluate(clips)
    result = trainer.fit(clips, clips)
    assert result["step"] == 30
    assert result["eval_loss"] < before - 0.2
    prefix = resolve_checkpoint(tmp_path / "run")
    assert prefix.name == "model.ckpt-30"
    config, raw = load_weights(prefix)
    _, ema = load_weights(prefix, use_ema=True)
    assert config == TINY
    np.testing.assert_array_equal(raw["logits/W"], trainer.vars["logits/W"].numpy())
    assert not np.array_equal(raw["logits/W"], ema["logits/W"])


def test_resume_continues_from_the_saved_step_with_its_state(tmp_path):
    clips = load_notes(_notes(tmp_path / "n"), config=TINY, min_samples=2048)
    straight = Trainer(tmp_path / "a", TINY, _config(steps=6))
    straight.fit(clips, [])
    first = Trainer(tmp_path / "b", TINY, _config(steps=3))
    first.fit(clips, [])
    resumed = Trainer(tmp_path / "b", TINY, _config(steps=6))
    assert int(resumed.step) == 3
    np.testing.assert_array_equal(
        resumed.slots["out1/W/Adam"].numpy(), first.slots["out1/W/Adam"].numpy()
    )
    resumed.fit(clips, [])
    # Crops after a resume come from a generator seeded by the step, so the runs differ
    # in data order, but both reach step 6 and keep only the newest checkpoints.
    assert int(resumed.step) == 6
    kept = sorted(p.name for p in (tmp_path / "b").glob("*.index"))
    assert kept == ["model.ckpt-3.index", "model.ckpt-6.index"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"crop_samples": 1000}, "multiple of hop_length")],
)
def test_bad_training_config_is_refused(tmp_path, kwargs, message):
    with pytest.raises(TrainError, match=message):
        Trainer(tmp_path, TINY, _config(**kwargs))


def test_no_notes_is_an_error(tmp_path):
    with pytest.raises(TrainError, match="no usable training notes"):
        Trainer(tmp_path, TINY, _config()).fit([], [])


def test_resume_refuses_another_model(tmp_path):
    clips = load_notes(_notes(tmp_path / "n"), config=TINY, min_samples=2048)
    Trainer(tmp_path / "run", TINY, _config(steps=3)).fit(clips, [])
    other = TINY.__class__(**{**TINY.to_dict(), "dec_width": 24})
    with pytest.raises(TrainError, match="holds a"):
        Trainer(tmp_path / "run", other, _config())


def _a4(seconds=1.0):
    t = np.arange(int(16000 * seconds)) / 16000
    return (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def test_undetuned_crop_is_a_plain_slice():
    clip = np.arange(5000, dtype=np.float32)
    crop = detuned_crop(clip, 1000, 1.0, np.random.default_rng(0))
    start = np.random.default_rng(0).integers(0, 4001)
    np.testing.assert_array_equal(crop, clip[start : start + 1000])


@pytest.mark.parametrize("cents", [-50, 35, 100])
def test_detuned_crop_moves_the_pitch_by_its_cents(cents):
    crop = detuned_crop(_a4(), 8192, 2 ** (cents / 1200), np.random.default_rng(1))
    assert crop.shape == (8192,) and crop.dtype == np.float32
    midi = estimate_pitch(crop, sample_rate_hz=16000)
    assert midi == pytest.approx(69 + cents / 100, abs=0.03)


def test_detune_too_long_for_the_clip_is_lowered_to_fit():
    clip = _a4(0.52)  # 8320 samples: 8192 at ratio 1.5 would need 12288
    crop = detuned_crop(clip, 8192, 1.5, np.random.default_rng(2))
    assert crop.shape == (8192,)
    midi = estimate_pitch(crop, sample_rate_hz=16000)
    assert 69 < midi < 69 + 12 * np.log2(8320 / 8192) + 0.03


def test_training_crops_are_detuned_within_the_range(tmp_path):
    trainer = Trainer(tmp_path, TINY, _config(batch_size=16, crop_samples=8192, detune_cents=40))
    q = trainer._crops([_a4()], rng=np.random.default_rng(3))
    midis = [estimate_pitch(mulaw.mulaw_to_audio(row), sample_rate_hz=16000) for row in q]
    assert all(68.6 - 0.03 < m < 69.4 + 0.03 for m in midis), midis
    assert max(midis) - min(midis) > 0.3  # drawn, not one fixed detune
