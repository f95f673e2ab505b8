import shutil

import numpy as np
import pytest
import soundfile as sf

from precompute.evaluate import estimate_pitch
from precompute.notes import NotesError, NoteSetConfig, pitch_of, render_notes, split_by_pitch

needs_fluidsynth = pytest.mark.skipif(
    shutil.which("fluidsynth") is None, reason="fluidsynth not installed (CI installs it)"
)


@needs_fluidsynth
def test_rendered_notes_have_the_asked_pitch_and_rate(tmp_path):
    cfg = NoteSetConfig(
        instruments=("flute", "organ"), pitches=(57, 64), velocities=(100,), note_s=0.6, tail_s=0.1
    )
    paths = render_notes(tmp_path, cfg)
    assert [p.name for p in paths] == [
        "flute_p057_v100.wav",
        "flute_p064_v100.wav",
        "organ_p057_v100.wav",
        "organ_p064_v100.wav",
    ]
    for path in paths:
        audio, rate = sf.read(path)
        assert rate == 16000
        mono = audio.mean(axis=1) if audio.ndim == 2 else audio
        assert np.abs(mono).max() > 0.01
        assert estimate_pitch(mono, sample_rate_hz=rate) == pytest.approx(pitch_of(path), abs=0.5)
    # A re-run keeps finished files and leaves no partial ones.
    before = {p: p.stat().st_mtime_ns for p in paths}
    assert render_notes(tmp_path, cfg) == paths
    assert {p: p.stat().st_mtime_ns for p in paths} == before
    assert not list(tmp_path.glob("*.partial"))


def test_split_holds_out_named_pitches(tmp_path):
    paths = [tmp_path / f"organ_p{p:03d}_v090.wav" for p in (48, 51, 55, 58)] + [
        tmp_path / "other.wav"
    ]
    train, held = split_by_pitch(paths, [51, 58])
    assert [pitch_of(p) for p in held] == [51, 58]
    assert [p.name for p in train] == ["organ_p048_v090.wav", "organ_p055_v090.wav", "other.wav"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"instruments": ("kazoo",)}, "unknown instruments"),
        ({"pitches": (200,)}, "0..127"),
        ({"velocities": (0,)}, "1..127"),
        ({"note_s": 0}, "note_s"),
        ({"note_s": float("nan")}, r"^note_s=nan must be finite and > 0$"),
        ({"note_s": -1}, r"^note_s=-1 must be finite and > 0$"),  # tail_s is not at fault
        ({"tail_s": -0.5}, r"^tail_s=-0.5 must be finite and >= 0$"),
    ],
)
def test_bad_note_settings_are_refused(kwargs, message):
    with pytest.raises(NotesError, match=message):
        NoteSetConfig(**kwargs)
