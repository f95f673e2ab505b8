"""`nsynth-precompute train` and `notes` as a user runs them: real subprocesses."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from precompute.model.checkpoint import load_weights
from precompute.model.config import TINY

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"}
    return subprocess.run(
        [sys.executable, "-m", "precompute", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_train_writes_a_loadable_checkpoint_and_skips_bad_files(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    t = np.arange(8000) / 16000
    for pitch in (60, 62, 64):
        sf.write(
            notes / f"sine_p{pitch:03d}_v100.wav", 0.4 * np.sin(2 * np.pi * 3 * pitch * t), 16000
        )
    (notes / "broken.wav").write_bytes(b"not audio")
    done = run(
        "train",
        str(notes),
        "--out",
        str(tmp_path / "run"),
        "--config",
        "tiny",
        "--steps",
        "3",
        "--batch-size",
        "2",
        "--crop-samples",
        "1024",
        "--holdout-pitches",
        "62",
        "--no-xla",
        "--checkpoint-every",
        "3",
        "--eval-every",
        "3",
        "--detune-cents",
        "30",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "run" / "train_config.json").read_text())["detune_cents"] == 30
    assert "broken.wav" in done.stderr  # reported by name, skipped
    assert '"step": 3' in done.stdout
    config, _ = load_weights(tmp_path / "run")
    assert config == TINY


def test_train_on_an_empty_folder_is_one_line_error(tmp_path):
    done = run("train", str(tmp_path), "--out", str(tmp_path / "run"))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "holds no audio files" in done.stderr


def test_notes_rejects_a_bad_pitch_range(tmp_path):
    done = run("notes", str(tmp_path), "--pitches", "72-48")
    assert done.returncode == 2
    assert "LO-HI" in done.stderr


def test_export_writes_ema_weights_as_raw_and_refuses_to_overwrite(tmp_path):
    from precompute.model.checkpoint import random_weights, write_checkpoint

    raw, ema = random_weights(TINY, seed=1), random_weights(TINY, seed=2)
    source = write_checkpoint(
        tmp_path / "run" / "model.ckpt-9",
        raw,
        TINY,
        ema_weights=ema,
        extra={"global_step": np.int64(9)},
    )
    out = tmp_path / "demo" / "model.ckpt-9"
    done = run("export", str(source), str(out))
    assert done.returncode == 0, done.stderr
    config, weights = load_weights(out)
    assert config == TINY
    np.testing.assert_array_equal(weights["logits/W"], ema["logits/W"])
    assert run("export", str(source), str(out)).returncode == 1
