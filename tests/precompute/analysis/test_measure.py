"""The measuring pass: cached by key, the same in worker processes as in this one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from precompute.analysis import measure
from precompute.analysis.descriptors import DescriptorConfig

SR = 16000


@pytest.fixture
def clips(tmp_path: Path) -> dict[str, Path]:
    t = np.arange(SR // 2) / SR
    out = {}
    for i, f0 in enumerate([220.0, 330.0, 440.0]):
        path = tmp_path / f"{i}.wav"
        sf.write(path, (0.3 * np.sin(2 * np.pi * f0 * t)).astype(np.float32), SR, subtype="FLOAT")
        out[f"key{i}"] = path
    silent = tmp_path / "silent.wav"
    sf.write(silent, np.zeros(SR // 2, dtype=np.float32), SR, subtype="FLOAT")
    out["silent"] = silent
    return out


def run(files, cache, *, jobs=1, config=None):
    config = config or DescriptorConfig()
    return measure.measure(
        files, cache=cache, config=config, sample_rate_hz=SR, jobs=jobs, progress=False
    )


def test_measurements_are_cached_by_key(clips, tmp_path: Path) -> None:
    path = tmp_path / "measurements.json"
    first = run(clips, measure.Cache(path, config=DescriptorConfig(), sample_rate_hz=SR))
    assert first["key2"].f0_hz == pytest.approx(440.0, rel=0.01)
    for file in clips.values():
        file.unlink()  # a second pass must not read the audio again
    again = run(clips, measure.Cache(path, config=DescriptorConfig(), sample_rate_hz=SR))
    assert again == first


def test_other_settings_measure_again(clips, tmp_path: Path) -> None:
    path = tmp_path / "measurements.json"
    run(clips, measure.Cache(path, config=DescriptorConfig(), sample_rate_hz=SR))
    other = dataclasses.replace(DescriptorConfig(), hop_length=128)
    clips["key0"].unlink()
    with pytest.raises(measure.MeasureError, match="0.wav"):
        run(clips, measure.Cache(path, config=other, sample_rate_hz=SR), config=other)


def test_worker_processes_measure_what_this_process_measures(clips, tmp_path: Path) -> None:
    config = DescriptorConfig()
    here = run(clips, measure.Cache(tmp_path / "a.json", config=config, sample_rate_hz=SR))
    there = run(clips, measure.Cache(tmp_path / "b.json", config=config, sample_rate_hz=SR), jobs=2)
    assert here == there


def test_a_silent_render_is_measured_not_refused(clips, tmp_path: Path) -> None:
    found = run({"silent": clips["silent"]}, measure.Cache(tmp_path / "c.json",
                config=DescriptorConfig(), sample_rate_hz=SR))  # fmt: skip
    assert found["silent"].voiced == 0.0


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"nothing")
    with pytest.raises(measure.MeasureError, match="bad.wav"):
        measure.read_clip(bad, sample_rate_hz=SR)


def test_a_note_at_another_rate_is_resampled(tmp_path: Path) -> None:
    path = tmp_path / "note.wav"
    t = np.arange(22050) / 22050
    sf.write(path, 0.3 * np.sin(2 * np.pi * 440 * t), 22050)
    assert measure.read_clip(path, sample_rate_hz=SR).shape == (SR,)
