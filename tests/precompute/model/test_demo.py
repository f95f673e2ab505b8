"""The shipped demo model, as the demo spec renders it, beats random weights on held-out notes."""

import shutil
import tomllib
from pathlib import Path

import pytest

from precompute.evaluate import compare_reconstructions, held_out_notes, reconstruct
from precompute.model.checkpoint import random_weights
from precompute.model.config import DEMO
from precompute.notes import HOLDOUT_PITCHES

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
DEMO_CHECKPOINT = SAMPLES / "models" / "demo"
#: Issue 7's bar: the demo's spectral distance at least 40% below a random model's.
REQUIRED_REDUCTION = 0.40
#: Issue 7's goal: pitch within a semitone on most held-out notes.
PITCH_GOAL = 0.5

pytestmark = pytest.mark.skipif(
    shutil.which("fluidsynth") is None, reason="fluidsynth not installed (CI installs it)"
)


def test_demo_model_beats_random_init_on_held_out_notes(tmp_path):
    from precompute.model.nsynth import NSynth

    temperature = tomllib.loads((SAMPLES / "demo" / "demo.toml").read_text())["render"][
        "temperature"
    ]
    # nsynth-precompute train's default hold-out: these pitches were never trained on.
    clips, pitches = held_out_notes(
        tmp_path,
        instruments=("organ", "strings", "flute", "trumpet"),
        pitches=HOLDOUT_PITCHES,
        n_samples=16000,
        sample_rate_hz=16000,
    )
    demo = NSynth.from_checkpoint(DEMO_CHECKPOINT)
    assert demo.config == DEMO
    random = NSynth(DEMO, random_weights(DEMO, seed=1), "random")
    ours, base = (
        compare_reconstructions(
            clips, reconstruct(m, clips, temperature=temperature), pitches, sample_rate_hz=16000
        )
        for m in (demo, random)
    )
    assert ours["spectral_distance"] <= (1 - REQUIRED_REDUCTION) * base["spectral_distance"], (
        ours,
        base,
    )
    # Random weights render noise; the demo renders tones at the notes' pitch (at step
    # 28140 YIN finds a period in all 16 and 14 are within a semitone; the step-2400 model
    # had 1 pitched and none within a semitone).
    assert base["pitched"] == 0
    assert ours["pitched"] >= 0.75, ours
    assert ours["pitch_within_semitone"] > PITCH_GOAL, ours
