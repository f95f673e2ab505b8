"""The whole analysis with a planted renderer: component 0 sets pitch, component 1 sets
loudness, the rest do nothing. The analysis must find exactly that."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from precompute import render
from precompute.analysis import manifest, pipeline
from precompute.analysis.experiments import AnalysisConfig
from precompute.analysis.knobmap import NO_EFFECT
from precompute.bank import Bank
from precompute.perturb import N_Z

from .conftest import AUDIO_PITCH, PLANTED_SOURCES, SMALL, run_planted
from .planted import BASE_PITCH, DB_PER_UNIT, SEMITONES_PER_UNIT, PlantedModel

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(planted):
    info, found = pipeline.findings_of(planted.folder, jobs=1, progress=False)
    return found


def test_the_planted_knob_map_comes_back_exactly(planted) -> None:
    data = json.loads((planted.folder / "report" / "knobs.json").read_text())
    labels = [k["label"] for k in data["knobs"]]
    assert labels == ["pitch up with gain", "loudness up with gain"] + [NO_EFFECT] * (N_Z - 2)
    assert data["knobs"][0]["strength"] > 10 and data["knobs"][1]["strength"] > 5
    assert [k["strength"] for k in data["knobs"][2:]] == [0.0] * (N_Z - 2)


def test_loudness_changes_by_the_planted_amount(found) -> None:
    # gain 2 adds the component's value once more: DB_PER_UNIT dB per unit of it
    cell = found.knob_map.cell(1, "loudness", "gain 2")
    expected = {name: DB_PER_UNIT * c1 for name, (_, c1) in PLANTED_SOURCES.items()}
    for source, change in zip(cell.sources, cell.changes, strict=True):
        if source in expected:
            assert change == pytest.approx(expected[source], abs=0.6)


def test_derived_pitch_finds_component_0_and_causal_pitch_moves_as_asked(found) -> None:
    assert found.fit.following[0] == 0
    assert found.fit.slope[0] == pytest.approx(1 / SEMITONES_PER_UNIT, rel=0.01)
    causal = found.causal
    assert causal.slope == pytest.approx(1.0, abs=0.05)
    assert causal.within_semitone == 1.0
    assert causal.jumped == 0.0
    assert {s.asked_st for s in causal.steps} == set(SMALL.pitch_steps)


def test_pitch_vibrato_is_measured_at_its_rate_and_depth(found) -> None:
    rows = [v for v in found.vibratos if v.kind == "pitch-vibrato"]
    assert len(rows) == len(PLANTED_SOURCES) + 1
    response = found.tracker_response[5.5]
    for v in rows:
        assert v.measured.rate_hz == pytest.approx(5.5, abs=0.2)
        assert v.measured.depth_at_cents / response == pytest.approx(v.depth, rel=0.15)


def test_the_vibrato_edit_of_a_steady_embedding_moves_no_pitch(found) -> None:
    # Component 0 is constant over time: reading it back and forth changes nothing.
    rows = [v for v in found.vibratos if v.kind == "vibrato"]
    assert rows and all(v.measured.depth_at_cents < 5 for v in rows)
    assert all(v.null_cents < 5 for v in rows)


def test_additive_sum_plays_the_sum_of_the_pitch_components(found) -> None:
    floor = found.knob_map.floor
    pair = next(p for p in found.additive if (p.a, p.b) == ("alto", "brass"))
    (sum_render,) = [
        r for r in found.renders
        if r.experiment == "additive" and r.path == pair.sum_path
    ]  # fmt: skip
    expected = SEMITONES_PER_UNIT * (PLANTED_SOURCES["alto"][0] + PLANTED_SOURCES["brass"][0])
    measured = 12 * math.log2(sum_render.descriptors.f0_hz / (440 * 2 ** ((BASE_PITCH - 69) / 12)))
    assert measured == pytest.approx(expected, abs=0.3)
    assert pair.seed_distance < pair.spectral["sum", "a"]
    assert floor.sigma["pitch"] < 0.2


def test_reconstruction_of_the_audio_note_keeps_its_pitch(found) -> None:
    (rec,) = found.reconstructions
    assert rec.source == "flute_E4"
    assert 440 * 2 ** ((AUDIO_PITCH - 69) / 12) == pytest.approx(rec.original_f0_hz, rel=0.01)
    assert rec.octaves == (0, 0, 0)
    assert all(abs(e) < 0.3 for e in rec.pitch_error_st)
    assert len(rec.distances) == SMALL.seeds and not math.isnan(rec.seed_distance)


def test_a_second_run_with_one_more_source_renders_only_that_source(
    planted, tmp_path: Path
) -> None:
    folder = tmp_path / "analysis"
    shutil.copytree(planted.folder, folder)
    extra = planted.inputs / "extra" / "echo.npy"
    extra.parent.mkdir(exist_ok=True)
    np.save(extra, np.load(planted.sources[0]) * np.float32(0.9))
    with Bank.open(folder / "bank") as bank:
        before = set(bank.keys())
    result = run_planted(folder, [*planted.sources, extra], planted.series)
    n_sources = len(planted.sources)
    per_source = (
        SMALL.seeds
        + N_Z * (3 + len(SMALL.gains))  # zero, the gains, sign, the replicate
        + len(SMALL.pitch_steps)
        + len(SMALL.vibrato_rates_hz) * (1 + len(SMALL.vibrato_depths_frames))
        + len(SMALL.pitch_vibrato_rates_hz) * len(SMALL.pitch_vibrato_depths_cents)
    )
    assert result.rendered == per_source + 2 * n_sources  # plus echo with each, sum and mean
    assert result.failed == 0
    with Bank.open(folder / "bank") as bank:
        assert before < set(bank.keys())
        assert len(bank) == len(before) + result.rendered
    assert sum(r.n_todo for r in result.estimate) == result.rendered
    data = json.loads((folder / "report" / "knobs.json").read_text())
    labels = [k["label"] for k in data["knobs"]][:3]
    assert labels == ["pitch up with gain", "loudness up with gain", NO_EFFECT]


def test_estimate_only_writes_the_specs_and_renders_nothing(planted, tmp_path: Path) -> None:
    folder = tmp_path / "analysis"
    result = pipeline.run(
        folder,
        sources=planted.sources[:2],
        series=[],
        model=PlantedModel(),
        config=SMALL,
        run_config=pipeline.RunConfig(estimate_only=True, progress=False),
    )
    assert result.rendered == 0 and result.report is None
    specs = sorted(p.name for p in (folder / "specs").glob("*.toml"))
    assert "zero.toml" in specs and "pitch.toml" not in specs  # no series: no pitch
    total = sum(r.n_todo for r in result.estimate)
    assert total == 2 * (SMALL.seeds + N_Z * 4 + 2) + 2  # zero, gain, sign, replicate; + one pair
    assert all(r.time_s > 0 for r in result.estimate)
    with Bank.open(folder / "bank") as bank:
        assert len(bank) == 0
    assert manifest.load(folder).config == SMALL


def test_a_partial_run_is_completed_by_the_next_one(planted, tmp_path: Path) -> None:
    config = AnalysisConfig(
        length_s=0.25, seeds=3, gains=(2.0,), replicate_gain=None, vibrato_rates_hz=(),
        pitch_vibrato_rates_hz=(),
    )  # fmt: skip

    def run(limit: int | None) -> pipeline.RunResult:
        return pipeline.run(
            tmp_path / "analysis",
            sources=planted.sources[:1],
            series=[],
            model=PlantedModel(),
            config=config,
            run_config=pipeline.RunConfig(
                render=render.RenderConfig(limit=limit, progress=False), progress=False
            ),
        )

    partial = run(3)
    assert partial.rendered == 3
    assert partial.report is None  # part of the analysis: no report yet
    rest = run(None)
    assert rest.rendered == sum(r.n_todo for r in rest.estimate)
    assert rest.rendered + partial.rendered == sum(r.n_points for r in rest.estimate)
    assert rest.report is not None


@pytest.mark.parametrize(
    ("name", "message"),
    [("organ.wav", "no pitch at the end of the name"), ("organ_H4.wav", "no pitch")],
)
def test_a_series_note_without_a_pitch_is_refused(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(pipeline.AnalysisError, match=message):
        pipeline.series_note(tmp_path / name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("organ_C4.wav", ("organ", 60)),
        ("organ_p062_v090.wav", ("organ", 62)),
        ("keyboard_acoustic_004-064-100.wav", ("keyboard_acoustic_004", 64)),
        ("brass_F#3.npy", ("brass", 54)),
    ],
)
def test_series_notes_are_read_from_their_names(name: str, expected) -> None:
    assert pipeline.series_note(Path(name)) == expected


def test_bad_inputs_are_refused_naming_the_file(planted, tmp_path: Path) -> None:
    with pytest.raises(pipeline.AnalysisError, match="no such file"):
        pipeline.prepare_inputs(tmp_path, [tmp_path / "missing.wav"], [])
    twin = tmp_path / "other" / planted.sources[0].name
    twin.parent.mkdir()
    shutil.copy(planted.sources[0], twin)
    with pytest.raises(pipeline.AnalysisError, match="would both be source 'alto'"):
        pipeline.prepare_inputs(tmp_path, [planted.sources[0], twin], [])
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not audio")
    with pytest.raises(pipeline.AnalysisError, match="bad.wav: not readable audio"):
        pipeline.prepare_inputs(tmp_path, [bad], [])
