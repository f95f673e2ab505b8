"""The experiments as grid specs: they load, expand to the planned points, and adding a
source changes no other point's key."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from precompute import grid
from precompute.analysis import experiments
from precompute.analysis.experiments import AnalysisConfig, ExperimentError, build_specs
from precompute.model.config import TINY
from precompute.perturb import N_Z

from ..conftest import synthetic_embedding

CONFIG = AnalysisConfig(
    seeds=3,
    gains=(0.5, 2.0),
    pitch_steps=(-3, 5),
    vibrato_rates_hz=(4.0, 6.0),
    vibrato_depths_frames=(1.0,),
    pitch_vibrato_rates_hz=(5.0,),
    pitch_vibrato_depths_cents=(50.0, 100.0),
)


def write(folder: Path, specs: list[experiments.ExperimentSpec]) -> dict[str, grid.GridSpec]:
    (folder / "specs").mkdir(exist_ok=True)
    out = {}
    for spec in specs:
        path = folder / "specs" / spec.file
        path.write_text(spec.text)
        out[spec.file] = grid.load_spec(path, config=TINY)
    return out


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    for seed, name in enumerate(["flute", "organ", "bass", "keys"]):
        np.save(sources / f"{name}.npy", synthetic_embedding(40, seed=seed))
    np.save(sources / "direction.npy", np.full((1, N_Z), 0.1, dtype=np.float32))
    np.save(sources / "lfo.npy", synthetic_embedding(31, seed=9))
    return tmp_path


def names(*sources: str) -> dict[str, str]:
    return {s: f"../sources/{s}.npy" for s in sources}


def keys(specs: dict[str, grid.GridSpec]) -> dict[str, set[str]]:
    return {f: {p.key for p in grid.expand(s, fingerprint="fp")} for f, s in specs.items()}


def test_every_experiment_loads_and_expands_to_its_planned_points(folder: Path) -> None:
    specs = write(
        folder,
        build_specs(
            names("flute", "organ", "bass", "keys"),
            CONFIG,
            pitch_direction="../sources/direction.npy",
            pitch_vibratos={5.0: "../sources/lfo.npy"},
        ),
    )
    counts = {f: len(grid.expand(s, fingerprint="fp")) for f, s in specs.items()}
    s = 4
    assert counts == {
        "baseline-seed0.toml": s,
        "baseline-seed1.toml": s,
        "baseline-seed2.toml": s,
        "zero.toml": s * N_Z,
        "gain-0.5.toml": s * N_Z,
        "gain-2.toml": s * N_Z,
        "sign.toml": s * N_Z,
        "replicate-gain-2.toml": s * N_Z,  # gain 2 again, seed 1
        "pitch.toml": s * 2,
        "additive-bass.toml": 3 * 2,  # bass + flute, keys, organ; sum and mean
        "additive-flute.toml": 2 * 2,
        "additive-keys.toml": 1 * 2,
        "vibrato-4hz.toml": s * 2,  # depth 0 (the null) and 1 frame
        "vibrato-6hz.toml": s * 2,
        "pitch-vibrato-5hz.toml": s * 2,
    }


def test_points_carry_the_edit_they_are_named_for(folder: Path) -> None:
    specs = write(folder, build_specs(names("flute", "organ"), CONFIG))
    gain = grid.expand(specs["gain-2.toml"], fingerprint="fp")
    recipe = next(p.recipe for p in gain if dict(p.coords) == {"source": "organ", "component": [7]})
    assert recipe["steps"] == [["scale", {"components": [7], "factor": 2}]]
    assert recipe["render"]["peak_db"] is None  # loudness changes must survive
    seeds = {
        f: {p.recipe["render"]["seed"] for p in grid.expand(s, fingerprint="fp")}
        for f, s in specs.items()
        if f.startswith("baseline")
    }
    assert seeds == {f"baseline-seed{k}.toml": {k} for k in range(3)}
    replicate = grid.expand(specs["replicate-gain-2.toml"], fingerprint="fp")
    twin = {p.key: p.recipe for p in replicate}
    for point in gain:
        again = next(r for r in twin.values() if r["steps"] == point.recipe["steps"]
                     and r["base"] == point.recipe["base"])  # fmt: skip
        assert again["render"]["seed"] == 1 and point.recipe["render"]["seed"] == 0
    zero = grid.expand(specs["zero.toml"], fingerprint="fp")[0].recipe
    assert zero["steps"] == [["zero", {"components": [0]}]]
    mean = next(
        p.recipe
        for p in grid.expand(specs["additive-flute.toml"], fingerprint="fp")
        if dict(p.coords)["mix"] == 0.5
    )
    assert mean["steps"] == [
        ["add", {"others": ["organ"], "weights": [1]}],
        ["scale", {"factor": 0.5}],
    ]


def test_adding_a_source_adds_only_its_points(folder: Path) -> None:
    before = keys(write(folder, build_specs(names("flute", "organ", "keys"), CONFIG)))
    (folder / "specs").rename(folder / "specs-before")
    after = keys(write(folder, build_specs(names("flute", "organ", "keys", "bass"), CONFIG)))
    old = set().union(*before.values())
    new = set().union(*after.values())
    assert old <= new  # no point of the three sources changed its key
    added = len(new - old)
    per_source = 3 + 5 * N_Z + 2 * 2  # seeds, zero/gains/sign/replicate, vibrato (2 x 2)
    assert added == per_source + 3 * 2  # and bass with each of the others, sum and mean


def test_the_pitch_experiments_need_their_direction(folder: Path) -> None:
    files = {s.file for s in build_specs(names("flute"), CONFIG)}
    assert not any(f.startswith("pitch") for f in files)
    assert not any(f.startswith("additive") for f in files)  # one source: no pair


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"seeds": 2}, "seeds"),
        ({"gains": (1.0, 2.0)}, "gain 1 is the baseline"),
        ({"gains": (-1.0,)}, "gains"),
        ({"pitch_steps": (0, 3)}, "pitch_steps"),
        ({"length_s": 0.0}, "length_s"),
        ({"replicate_gain": 2.5}, "replicate_gain=2.5 must be one of gains"),
    ],
)
def test_bad_settings_are_refused(changes: dict, message: str) -> None:
    with pytest.raises(ExperimentError, match=message):
        AnalysisConfig(**changes)


def test_reserved_or_invalid_source_names_are_refused() -> None:
    with pytest.raises(ExperimentError, match="analysis-"):
        build_specs({"analysis-x": "x.npy"}, CONFIG)
    with pytest.raises(ExperimentError, match="no sources"):
        build_specs({}, CONFIG)


@pytest.mark.parametrize(
    ("stem", "name"), [("flute_C4", "flute_C4"), ("C#4 flute", "C-4-flute"), ("4organ", "s4organ")]
)
def test_source_names_are_grid_names(stem: str, name: str) -> None:
    assert experiments.source_name(stem) == name


def test_config_round_trips_through_its_dict() -> None:
    assert AnalysisConfig.from_dict(CONFIG.to_dict()) == CONFIG
