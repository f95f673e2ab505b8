"""The knob map's statistics on descriptors with planted effects (no audio involved)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from precompute.analysis.descriptors import QUANTITY, Descriptors
from precompute.analysis.knobmap import (
    KNOBS_FORMAT,
    LABEL_MAX,
    MODES,
    NO_EFFECT,
    Effect,
    KnobMapConfig,
    knob_map,
    knobs_json,
    noise_floor,
)
from precompute.analysis.knobs_file import read_knobs
from precompute.analysis.measure import Render
from precompute.perturb import N_Z

SOURCES = ("a", "b", "c", "d")
GAINS = (0.5, 2.0)
EDITS = [("zero", {"factor": 0}, 0.0), ("sign", {"factor": -1}, -1.0)] + [
    ("gain", {"factor": g}, g) for g in GAINS
]


def descriptors(rng: np.random.Generator, **changes: float) -> Descriptors:
    """A render's descriptors around a fixed sound, with sampling noise; `changes` are
    added in the delta units (pitch st, loudness dB, centroid oct)."""
    return Descriptors(
        f0_hz=220.0 * 2 ** ((rng.normal(0, 0.1) + changes.get("pitch", 0)) / 12),
        voiced=1.0,
        loudness_db=-20.0 + rng.normal(0, 0.3) + changes.get("loudness", 0),
        centroid_hz=1000.0 * 2 ** (rng.normal(0, 0.02) + changes.get("centroid", 0)),
        bandwidth_hz=800.0 * 2 ** rng.normal(0, 0.02),
        flatness_db=-30.0 + rng.normal(0, 0.5),
        onset=0.5 + rng.normal(0, 0.02),
        f0_track_hz=(),
    )


def means(component: int, value: float) -> tuple[float, ...]:
    out = [0.3] * N_Z
    out[component] = value
    return tuple(out)


def planted_renders(rng: np.random.Generator, effect) -> list[Render]:
    """Baselines (4 seeds) and every component edit of every source; `effect(component,
    source, value_before, value_after, edit)` -> changes for `descriptors`."""
    sign = {"a": 1.0, "b": 1.0, "c": -1.0, "d": -1.0}  # component means' signs
    renders = []
    for s in SOURCES:
        for seed in range(4):
            unedited = tuple(sign[s] * 0.8 for _ in range(N_Z))
            renders.append(
                Render(f"{s}{seed}", "baseline", {"seed": seed}, {"source": s}, Path("x"),
                       descriptors(rng), unedited)
            )  # fmt: skip
    for c in range(N_Z):
        for s in SOURCES:
            before = sign[s] * 0.8
            for experiment, params, factor in EDITS:
                after = factor * before
                renders.append(
                    Render(
                        f"{s}{c}{experiment}{factor}",
                        experiment,
                        params,
                        {"source": s, "component": [c]},
                        Path("x"),
                        descriptors(rng, **effect(c, s, before, after, experiment)),
                        tuple(after if i == c else sign[s] * 0.8 for i in range(N_Z)),
                    )
                )
    return renders


def effect(c: int, s: str, before: float, after: float, experiment: str) -> dict[str, float]:
    if c == 3:  # loudness follows the component's value: 5 dB per unit
        return {"loudness": 5 * (after - before)}
    if c == 7:  # every edit jumps an octave up
        return {"pitch": 12.0}
    if c == 9 and s in ("a", "b"):  # half of the sources only
        return {"centroid": 0.5}
    if c == 11 and experiment == "sign":  # only the flip brightens
        return {"centroid": 0.3}
    return {}


@pytest.fixture(scope="module")
def kmap():
    return knob_map(planted_renders(np.random.default_rng(5), effect), gains=GAINS)


def test_planted_effects_and_nothing_else_are_found(kmap) -> None:
    labels = {k.component: k.label for k in kmap.knobs}
    assert labels[3] == "loudness up with value"  # c3's sign differs between sources
    assert labels[7] == "octave jumps up"
    assert labels[11] == "brightness up when flipped"
    assert {c: label for c, label in labels.items() if c not in (3, 7, 11)} == dict.fromkeys(
        [c for c in range(N_Z) if c not in (3, 7, 11)], NO_EFFECT
    )


def test_direction_follows_the_value_not_the_gain(kmap) -> None:
    # Half the sources have c3 negative: a larger gain makes them quieter, a larger
    # value louder everywhere.
    (loudness,) = [e for e in kmap.knobs[3].effects if e.quantity == "loudness"]
    assert loudness.mode == "value"
    assert loudness.change_unit == "dB per unit"
    assert loudness.value_direction == 1
    assert loudness.gain_direction == 0
    assert not kmap.cell(3, "loudness", "zero").by_edit.holds(0.75)  # 2 up, 2 down
    assert loudness.consistency == 1.0
    assert set(loudness.edits) == {"zero", "gain 0.5", "gain 2", "sign"}


def test_octave_jumps_are_jumps_not_pitch_shifts(kmap) -> None:
    knob = kmap.knobs[7]
    assert knob.octave.up == 16 and knob.octave.down == 0 and knob.octave.renders == 16
    assert knob.octave.significant
    assert not any(e.quantity == "pitch" for e in knob.effects)
    assert abs(kmap.cell(7, "pitch", "gain 2").median_change) < 0.3


def test_an_effect_in_half_the_sources_is_not_consistent(kmap) -> None:
    cell = kmap.cell(9, "centroid", "zero")
    assert cell.by_edit.agreeing == 2 and cell.by_edit.n_sources == 4
    assert not cell.consistent
    assert knob_map_with(agreement=0.5).knobs[9].label.startswith("brightness")


def knob_map_with(*, agreement: float):
    renders = planted_renders(np.random.default_rng(5), effect)
    return knob_map(renders, gains=GAINS, config=KnobMapConfig(min_agreement=agreement))


def test_strength_is_in_noise_floor_units(kmap) -> None:
    (loudness,) = [e for e in kmap.knobs[3].effects if e.quantity == "loudness"]
    # sign flips a value of 0.8 to -0.8 (or back): 8 dB, over a floor near 0.3 dB
    assert loudness.best_edit == "sign"
    assert loudness.change == pytest.approx(5.0, abs=0.3)  # the planted 5 dB per unit
    assert loudness.change_unit == "dB per unit"
    assert loudness.strength == pytest.approx(8.0 / kmap.floor.sigma["loudness"], rel=0.2)
    assert 0.2 < kmap.floor.sigma["loudness"] < 0.45


def test_noise_floor_pools_seed_variance_and_floors_it_at_the_resolution() -> None:
    def d(loudness: float, f0: float) -> Descriptors:
        return Descriptors(f0, 1.0, loudness, 1000.0, 800.0, -30.0, 0.5, ())

    floor = noise_floor(
        {
            "a": [d(-20.0, 220.0), d(-21.0, 440.0), d(-19.0, 220.0)],
            "b": [d(-10.0, 300.0), d(-10.0, 300.0)],
        },
        octave_tolerance_st=2.0,
    )
    # a: squares 1 + 1 + 0 about its mean; b: 0; dof 2 + 1
    assert floor.measured["loudness"] == pytest.approx(math.sqrt(2 / 3))
    assert floor.dof["loudness"] == 3
    # the 440 Hz seed is an octave jump, not a spread of 12 semitones
    assert floor.n_jumps == 1 and floor.n_pitched == 5
    assert floor.measured["pitch"] == pytest.approx(0.0, abs=1e-9)
    assert floor.sigma["pitch"] == 0.05  # the resolution
    assert floor.references["a"].values["pitch"] == 220.0
    assert floor.jump_rate == pytest.approx(2 / 7)


def test_a_gain_effect_reads_on_the_gain_dial() -> None:
    # c5 louder with its size, whatever its sign: gains above 1 louder, below quieter.
    def louder(c, s, before, after, experiment):
        return {"loudness": 5 * abs(after) - 5 * abs(before)} if c == 5 else {}

    def either_way(c, s, before, after, experiment):
        return {"loudness": -4.0} if c == 5 and experiment != "sign" else {}

    def boosted(c, s, before, after, experiment):
        return {"loudness": 4.0} if c == 5 and abs(after) > abs(before) else {}

    rng = np.random.default_rng(8)
    knob = knob_map(planted_renders(rng, louder), gains=GAINS).knobs[5]
    assert knob.label == "loudness up with gain"
    knob = knob_map(planted_renders(rng, either_way), gains=GAINS).knobs[5]
    assert knob.label == "loudness down when changed"
    knob = knob_map(planted_renders(rng, boosted), gains=GAINS).knobs[5]
    assert knob.label == "loudness up when boosted"


def test_edited_renders_made_twice_raise_the_floor_when_they_vary_more() -> None:
    def d(loudness: float) -> Descriptors:
        return Descriptors(220.0, 1.0, loudness, 1000.0, 800.0, -30.0, 0.5, ())

    baselines = {"a": [d(-20.0), d(-20.2), d(-19.8)]}
    quiet = noise_floor(baselines, octave_tolerance_st=2.0)
    assert quiet.sigma["loudness"] == pytest.approx(0.2)
    assert math.isnan(quiet.edited["loudness"]) and quiet.edited_dof["loudness"] == 0
    pairs = [(d(-10.0), d(-12.0)), (d(-5.0), d(-3.0))]  # differences of 2 dB: sigma sqrt(2)
    loud = noise_floor(baselines, octave_tolerance_st=2.0, replicates=pairs)
    assert loud.edited["loudness"] == pytest.approx(math.sqrt(2))
    assert loud.sigma["loudness"] == pytest.approx(math.sqrt(2))
    assert loud.measured["loudness"] == pytest.approx(0.2)


@pytest.mark.parametrize("quantity", [*QUANTITY, "octave"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("direction", [1, -1])
def test_every_label_fits_a_dial(quantity: str, mode: str, direction: int) -> None:
    effect = Effect(quantity, mode, direction, 0, 0, 5.0, 1.0, "zero", 1.0, ("zero",))
    assert effect.label.isascii() and len(effect.label) <= LABEL_MAX
    assert effect.short.isascii() and len(effect.short) <= 7


def test_knobs_json_has_one_entry_per_component_in_order(kmap) -> None:
    data = knobs_json(kmap, about={"model": {"fingerprint": "fp"}})
    assert data["format"] == KNOBS_FORMAT and data["version"] == 1
    assert [k["component"] for k in data["knobs"]] == list(range(N_Z))
    for k in data["knobs"]:
        assert isinstance(k["label"], str) and k["label"].isascii() and k["label"]
        assert isinstance(k["strength"], float) and k["strength"] >= 0
        assert (k["strength"] == 0) == (k["label"] == NO_EFFECT)
    assert data["knobs"][3]["label"] == "loudness up with value"
    assert data["knobs"][3]["effects"][0]["unit"] == "dB per unit"


def test_the_reader_reads_what_the_analysis_writes(kmap, tmp_path: Path) -> None:
    data = knobs_json(kmap, about={"model": {"fingerprint": "0123abcd"}})
    path = tmp_path / "knobs.json"
    path.write_text(json.dumps(data, indent=2))
    read = read_knobs(path)
    assert read.fingerprint == "0123abcd" and read.path == path
    assert [k.component for k in read.knobs] == list(range(N_Z))
    for knob, entry in zip(read.knobs, data["knobs"], strict=True):
        assert (knob.label, knob.short, knob.strength) == (
            entry["label"], entry["short"], entry["strength"]
        )  # fmt: skip
