"""Properties of grid specs, points, keys and shards (precompute.grid)."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from precompute import grid, perturb
from precompute.errors import PrecomputeError
from precompute.grid import GridError, GridSpecError
from precompute.model.config import H512_BO16, TINY

from .conftest import REPO, synthetic_embedding

FP = "ckpt-test-0001"

SIMPLE = """
[sources]
flute = "sources/flute.npy"
organ = "sources/organ.npy"

[[axes]]
name = "gain"
operation = "scale"
values = { from = 0.5, to = 2.0, steps = 4 }

[[axes]]
name = "invert"
operation = "flip"
param = "components"
values = [[0], [1, 2]]

[render]
length_s = 1.0
"""

PITCHED = """
[sources]
brass = { glob = "sources/brass_*.npy" }
organ = { pitches = { 60 = "sources/organ.npy", "E4" = "sources/keys.npy" } }
flute = "sources/flute.npy"

[base]
sources = ["brass", "flute"]
pitches = [60, 61, 62, 63, 64]

[[axes]]
name = "layer"
operation = "add"
param = "weights"
others = ["organ"]
values = [[0.5]]
"""

BILINEAR = """
[sources]
a = "sources/flute.npy"
b = "sources/organ.npy"
c = "sources/bass.npy"
d = "sources/keys.npy"

[base]
mode = "bilinear"
corners = ["a", "b", "c", "d"]
x = [0.0, 0.5, 1.0]
y = [0.0, 1.0]

[[axes]]
name = "gain"
operation = "scale"
values = [1.0, 2.0]

[[axes]]
operation = "tremolo"
param = "depth"
rate_hz = 4.0
values = [0.0, 0.5]

[render]
length_s = 0.5
"""


def _load(write_spec, text: str, config=H512_BO16) -> grid.GridSpec:
    return grid.load_spec(write_spec(text), config=config)


# Canonical values and keys -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [(0.1 + 0.2, 0.3), (1, 1.0), (0.9999999999, 1), ([1.0, 2], (1, 2.0)), ({"x": 2.0}, {"x": 2})],
)
def test_float_rounding_gives_one_canonical_value(a, b) -> None:
    assert grid.canonical_json(a) == grid.canonical_json(b)


@pytest.mark.parametrize("value", [True, float("nan"), float("inf"), {1, 2}, b"x"])
def test_canonical_rejects_non_recipe_values(value) -> None:
    with pytest.raises(GridError):
        grid.canonical(value)


def test_grid_errors_are_precompute_errors() -> None:
    assert issubclass(GridSpecError, GridError)
    assert issubclass(GridError, PrecomputeError)


def test_key_is_sha256_of_canonical_record() -> None:
    recipe = {"steps": [["scale", {"factor": 0.1 + 0.2}]], "base": {"mode": "source"}}
    record = {"recipe": recipe, "model": H512_BO16.to_dict(), "checkpoint": 'ck"pt\u00e9'}
    expected = hashlib.sha256(grid.canonical_json(record).encode()).hexdigest()[:20]
    assert grid.recipe_key(recipe, config=H512_BO16, fingerprint='ck"pt\u00e9') == expected


def test_key_depends_on_recipe_model_and_fingerprint() -> None:
    recipe = {"base": {"mode": "source", "source": "a"}, "steps": []}
    key = grid.recipe_key(recipe, config=H512_BO16, fingerprint=FP)
    assert re.fullmatch(r"[0-9a-f]{20}", key)
    assert key == grid.recipe_key(dict(reversed(recipe.items())), config=H512_BO16, fingerprint=FP)
    assert key != grid.recipe_key(recipe, config=H512_BO16, fingerprint="other")
    assert key != grid.recipe_key(recipe, config=TINY, fingerprint=FP)
    assert key != grid.recipe_key(
        {**recipe, "steps": [["flip", {}]]}, config=H512_BO16, fingerprint=FP
    )


# Expansion ----------------------------------------------------------------------------------


def test_spec_expansion_is_deterministic(write_spec) -> None:
    first = grid.expand(_load(write_spec, SIMPLE), fingerprint=FP)
    again = grid.expand(_load(write_spec, SIMPLE), fingerprint=FP)
    assert [p.key for p in first] == [p.key for p in again]
    assert [p.recipe_json for p in first] == [p.recipe_json for p in again]
    assert len(first) == 2 * 4 * 2
    assert first[0].coords == (("source", "flute"), ("gain", 0.5), ("invert", [0]))
    assert first[0].recipe["steps"] == [["scale", {"factor": 0.5}], ["flip", {"components": [0]}]]


def test_points_are_the_cartesian_product_in_axis_order(write_spec) -> None:
    points = grid.expand(_load(write_spec, BILINEAR), fingerprint=FP)
    assert len(points) == 3 * 2 * 2 * 2
    coords = [dict(p.coords) for p in points]
    assert [c["x"] for c in coords[:8]] == [0.0] * 8  # first axis slowest
    assert [c["tremolo"] for c in coords[:4]] == [0, 0.5, 0, 0.5]
    assert len({p.key for p in points}) == len(points)


KNOBS = (
    BILINEAR.split("[[axes]]")[0]
    + """
[[axes]]
name = "gain0"
operation = "scale"
components = [0]
values = [1.0, 0.0, 2.0]
alone = true

[[axes]]
name = "offset3"
operation = "offset"
components = [3]
values = [0.0, -1.0]
alone = true

[render]
length_s = 0.5
"""
)


def test_alone_axes_sweep_one_at_a_time_around_the_first_point(write_spec) -> None:
    spec = _load(write_spec, KNOBS)
    points = grid.expand(spec, fingerprint=FP)
    coords = [dict(p.coords) for p in points]
    product = [c for c in coords if (c["gain0"], c["offset3"]) == (1.0, 0.0)]
    assert len(product) == 3 * 2  # x * y, the alone axes at their first value
    alone = coords[len(product) :]
    first = {"x": 0.0, "y": 0.0, "gain0": 1.0, "offset3": 0.0}
    assert alone == [{**first, "gain0": 0.0}, {**first, "gain0": 2.0}, {**first, "offset3": -1.0}]
    # Their keys are the keys any point at those coordinates has (the server's novel requests).
    for point, c in zip(points[len(product) :], alone, strict=True):
        assert grid.point_at(spec, c, fingerprint=FP).key == point.key
    assert len({p.key for p in points}) == len(points) == 6 + 3


def test_corner_at_names_the_point_that_is_that_source_alone(write_spec) -> None:
    spec = _load(write_spec, BILINEAR)
    assert [grid.corner_at(spec, name) for name in "abcd"] == [
        {"x": 0.0, "y": 0.0}, {"x": 1.0, "y": 0.0}, {"x": 0.0, "y": 1.0}, {"x": 1.0, "y": 1.0},
    ]  # fmt: skip
    z = {n: synthetic_embedding(8, seed=i) for i, n in enumerate("abcd")}
    for name in "abcd":
        point = grid.point_at(spec, {**grid.corner_at(spec, name), "gain": 1.0, "tremolo": 0.0},
                              fingerprint=FP)  # fmt: skip
        refs = dict(zip("abcd", point.recipe["base"]["corners"], strict=True))
        embedding = grid.recipe_embedding(
            point.recipe, {refs[n]: z[n] for n in "abcd"}, config=H512_BO16
        )
        np.testing.assert_allclose(embedding[:8], z[name], atol=1e-6)
    with pytest.raises(GridError, match=r"'e' is not a corner; corners: \['a', 'b', 'c', 'd'\]"):
        grid.corner_at(spec, "e")
    with pytest.raises(GridError, match="only a bilinear grid has corners"):
        grid.corner_at(_load(write_spec, SIMPLE), "flute")


def test_identical_points_render_once(write_spec) -> None:
    spec = _load(
        write_spec,
        SIMPLE.replace("{ from = 0.5, to = 2.0, steps = 4 }", "[0.30000000000000004, 0.3, 1, 1.0]"),
    )
    points = grid.expand(spec, fingerprint=FP)
    assert len(points) == 2 * 2 * 2  # 0.1 + 0.2 == 0.3 and 1 == 1.0 after rounding
    assert {p.recipe["steps"][0][1]["factor"] for p in points} == {0.3, 1}


def test_pitched_sets_choose_nearest_note_and_collapse(write_spec) -> None:
    spec = _load(write_spec, PITCHED)
    assert spec.sources["brass"].pitches == (60, 62, 64)
    assert spec.sources["organ"].pitches == (60, 64)
    points = grid.expand(spec, fingerprint=FP)
    by_coords = {dict(p.coords)["source"] + str(dict(p.coords)["pitch"]): p for p in points}
    # brass: 60, 61 -> 62 (tie goes up), 62, 63 -> 64, 64: three notes
    brass = [p for p in points if p.recipe["base"]["source"].startswith("brass")]
    assert sorted(p.pitch for p in brass) == [60, 62, 64]
    assert by_coords["brass61"].recipe["base"]["source"] == "brass@62"
    assert by_coords["brass61"].recipe["steps"][0][1]["others"] == ["organ@64"]  # 62: tie up
    assert by_coords["brass60"].recipe["steps"][0][1]["others"] == ["organ@60"]
    assert "brass62" not in by_coords  # same notes as brass61: collapsed into it
    # flute is unpitched: its pitch is null and only the organ note it adds varies
    flute = [p for p in points if p.recipe["base"]["source"] == "flute"]
    assert {p.pitch for p in flute} == {None}
    assert sorted(p.recipe["steps"][0][1]["others"][0] for p in flute) == ["organ@60", "organ@64"]
    assert len(points) == 3 + 2
    assert set(by_coords["brass61"].sources) == {"brass@62", "organ@64"}


def test_default_pitches_are_every_pitch_of_used_sets(write_spec) -> None:
    spec = _load(write_spec, PITCHED.replace("pitches = [60, 61, 62, 63, 64]\n", ""))
    assert dict((a.name, a.values) for a in spec.axes)["pitch"] == (60, 62, 64)


def test_interpolate_t_and_weights_give_same_key(write_spec) -> None:
    base = (
        '[sources]\nflute = "sources/flute.npy"\nbass = "sources/bass.npy"\n'
        '[base]\nmode = "interpolate"\nsources = ["flute", "bass"]\n'
    )
    by_t = grid.expand(_load(write_spec, base + "t = [0.25, 0.7]\n"), fingerprint=FP)
    by_w = grid.expand(
        _load(write_spec, base + "weights = [[0.75, 0.25], [0.3, 0.7]]\n"), fingerprint=FP
    )
    assert [p.key for p in by_t] == [p.key for p in by_w]


def test_keys_follow_source_content_not_batch_size(write_spec, spec_dir: Path) -> None:
    before = [p.key for p in grid.expand(_load(write_spec, SIMPLE), fingerprint=FP)]
    batch = SIMPLE.replace("length_s = 1.0", "length_s = 1.0\nbatch_size = 3")
    assert [p.key for p in grid.expand(_load(write_spec, batch), fingerprint=FP)] == before
    seeded = SIMPLE.replace("length_s = 1.0", "length_s = 1.0\nseed = 5")
    assert set(p.key for p in grid.expand(_load(write_spec, seeded), fingerprint=FP)).isdisjoint(
        before
    )
    np.save(spec_dir / "sources" / "organ.npy", synthetic_embedding(40, seed=99))
    after = [p.key for p in grid.expand(_load(write_spec, SIMPLE), fingerprint=FP)]
    assert after[:8] == before[:8]  # flute points unchanged
    assert set(after[8:]).isdisjoint(before[8:])  # organ points re-keyed


def test_render_length_sets_frames_from_model_config(write_spec) -> None:
    spec = _load(write_spec, SIMPLE)
    cfg = H512_BO16
    assert spec.render.n_frames == cfg.samples_to_frames(cfg.seconds_to_samples(1.0))
    assert grid.expand(spec, fingerprint=FP)[0].recipe["render"]["n_frames"] == 31


# Shards -------------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 2, 3, 7])
def test_shards_partition_grid_exactly(count: int, write_spec) -> None:
    points = grid.expand(_load(write_spec, BILINEAR), fingerprint=FP)
    shards = [grid.shard(points, index=i, count=count) for i in range(count)]
    keys = [p.key for s in shards for p in s]
    assert sorted(keys) == sorted(p.key for p in points)  # cover all, no key twice
    reordered = [grid.shard(points[::-1], index=i, count=count) for i in range(count)]
    assert [{p.key for p in s} for s in reordered] == [{p.key for p in s} for s in shards]


@pytest.mark.parametrize(("index", "count"), [(2, 2), (-1, 2), (0, 0), (0, True)])
def test_shard_rejects_bad_index(index, count) -> None:
    with pytest.raises(GridError, match="shard"):
        grid.shard([], index=index, count=count)


# Validation -------------------------------------------------------------------------------


def test_missing_source_names_file(write_spec, spec_dir: Path) -> None:
    path = write_spec('[sources]\nflute = "sources/nowhere.npy"\n')
    with pytest.raises(GridSpecError) as info:
        grid.load_spec(path, config=H512_BO16)
    message = str(info.value)
    assert str(path) in message
    assert "[sources.flute]" in message
    assert str(spec_dir / "sources" / "nowhere.npy") in message


def test_unknown_operation_lists_known(write_spec) -> None:
    text = SIMPLE.replace('operation = "scale"', 'operation = "gain"')
    with pytest.raises(
        GridSpecError, match=r"\[axes\[0\]\.operation\] unknown operation 'gain'"
    ) as info:
        _load(write_spec, text)
    for name in perturb.OPERATIONS:
        assert name in str(info.value)


def test_bad_toml_keeps_line_number(write_spec) -> None:
    with pytest.raises(GridSpecError, match=r"invalid TOML.*line 3"):
        _load(write_spec, '[sources]\nflute = "a.npy"\nbroken = \n')


FLUTE = '[sources]\nflute = "sources/flute.npy"\n'
TWO = FLUTE + 'organ = "sources/organ.npy"\n'
AXIS = FLUTE + "[[axes]]\n"

SPEC_ERRORS = [
    # (spec text, what the message must contain)
    (FLUTE + "[extra]\n", r"unknown tables \['extra'\]"),
    ("", r"\[sources\] must be a table"),
    ('[sources]\n"9lives" = "sources/flute.npy"\n', r"\[sources.9lives\] a source name"),
    ("[sources]\nflute = 3\n", r"\[sources.flute\] a source is a file path"),
    ('[sources]\nb = { glob = "sources/none_*.npy" }\n', r"\[sources.b.glob\].*matches no file"),
    ('[sources]\nb = { glob = "sources/flute*.npy" }\n', r"flute.npy: no pitch at the end"),
    (
        '[sources]\nb = { pitches = { 60 = "sources/flute.npy", C4 = "sources/organ.npy" } }\n',
        r"pitches \[60\] given more than once",
    ),
    ('[sources]\nb = { pitches = { H2 = "sources/flute.npy" } }\n', r"\[sources.b.pitches.H2\]"),
    ('[sources]\nt = "sources/tone.wav"\nbad = "conftest.txt"\n', r"\[sources.bad\].*not readable"),
    (
        FLUTE + "[render]\nlength = 2\n",
        r"\[render\] unknown keys \['length'\]; allowed: \['length_s'",
    ),
    (
        FLUTE + '[render]\nsample_format = "pcm24"\n',
        r"\[render.sample_format\] 'pcm24'; known: \['float32', 'pcm16'\]",
    ),
    (FLUTE + "[render]\nlength_s = 0.01\n", r"less than one frame"),
    (FLUTE + "[render]\ntemperature = 0\n", r"render.temperature"),
    (FLUTE + "[render]\nbatch_size = 1.5\n", r"must be an integer"),
    (FLUTE + "[render]\nfade_ms = 600\nlength_s = 1\n", r"\[render.fade_ms\] fade_ms=600"),
    (FLUTE + "[render]\npeak_db = 3\n", r"\[render.peak_db\] 3 must be <= 0 dBFS"),
    (FLUTE + "[render]\nlength_s = 1e12\n", r"\[render.length_s\] 1e\+12 s is over 60 s"),
    (
        AXIS + 'operation = "stretch"\nvalues = [2, 1e12]\n',
        r"\[axes\[0\] \(stretch\)\] value 1000000000000: factor=.* render, over 60 s",
    ),
    (FLUTE + "[base]\npitches = [60]\n", r"\[base.pitches\] given, but no source"),
    (FLUTE + '[base]\nmode = "morph"\n', r"unknown mode 'morph'"),
    (
        FLUTE + '[base]\nsources = ["cello"]\n',
        r"\[base.sources\] unknown sources \['cello'\]; known: \['flute'\]",
    ),
    (
        TWO + '[base]\nmode = "interpolate"\nsources = ["flute", "organ"]\n'
        "t = [0.5]\nweights = [[1, 0]]\n",
        r"exactly one of t or weights",
    ),
    (
        TWO
        + '[base]\nmode = "interpolate"\nsources = ["flute", "organ"]\nweights = [[0.5, 0.6]]\n',
        r"\[base.weights\] value \[0.5, 0.6\]: .*sum to 1",
    ),
    (
        FLUTE + '[base]\nmode = "bilinear"\ncorners = ["flute", "flute", "flute", "flute"]\n'
        "x = [0, 1.5]\ny = [0]\n",
        r"\[base.x\] value 1.5: x=1.5 must be in \[0, 1\]",
    ),
    (
        AXIS + 'operation = "tremolo"\nname = "trem"\nparam = "depth"\nrate_hz = 4\n'
        "values = [0.5, 1.5]\n",
        r"\[axes\[0\] \(trem\)\] value 1.5: depth=1.5 must be in \[0, 1\]",
    ),
    (
        AXIS + 'operation = "vibrato"\nparam = "rate_hz"\ndepth_frames = 1\nvalues = [40]\n',
        r"half the frame rate",
    ),
    (
        AXIS + 'operation = "flip"\nvalues = [[0]]\n',
        r"\[axes\[0\] \(flip\)\] give param = one of \['components'\]",
    ),
    (
        AXIS + 'operation = "scale"\nvalues = [1]\nfoo = 1\n',
        r"unknown keys \['foo'\]; allowed: .*'factor', 'components'",
    ),
    (AXIS + 'operation = "scale"\n', r"needs values"),
    (AXIS + 'operation = "scale"\nname = "x"\nvalues = [1]\n', r"'x' is reserved"),
    (
        AXIS + 'operation = "scale"\nvalues = [1]\n[[axes]]\noperation = "scale"\nvalues = [2]\n',
        r"axis names \['scale'\] used more than once",
    ),
    (
        AXIS + 'operation = "scale"\nvalues = { from = 1, to = 2, steps = 1 }\n',
        r"steps=1 must be an integer >= 2",
    ),
    (
        AXIS + 'operation = "add"\nparam = "weights"\nothers = ["cello"]\nvalues = [[1]]\n',
        r"\[axes\[0\] \(add\).others\] unknown sources",
    ),
    (
        AXIS
        + 'operation = "add"\nparam = "others"\nweights = [1]\nvalues = [["flute"], ["cello"]]\n',
        r"value \['cello'\]: others=",
    ),
    (AXIS + 'operation = "scale"\nvalues = [true]\n', r"booleans are not recipe values"),
    (
        AXIS + 'operation = "scale"\nvalues = [1, 2]\nalone = "yes"\n',
        r"\[axes\[0\] \(scale\).alone\] must be true or false, got 'yes'",
    ),
]


@pytest.mark.parametrize(("text", "message"), SPEC_ERRORS)
def test_invalid_specs_name_file_and_key(text: str, message: str, write_spec) -> None:
    path = write_spec(text)
    (path.parent / "conftest.txt").write_text("not audio")
    with pytest.raises(GridSpecError, match=message) as info:
        grid.load_spec(path, config=H512_BO16)
    assert str(info.value).startswith(f"{path}: ")


def test_bad_npy_shape_names_file(write_spec, spec_dir: Path) -> None:
    np.save(spec_dir / "sources" / "wide.npy", np.zeros((10, 17), np.float32))
    with pytest.raises(GridSpecError, match=r"\[sources.w\] .*wide.npy: embedding must have shape"):
        _load(write_spec, '[sources]\nw = "sources/wide.npy"\n')


def test_unreadable_spec_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(GridSpecError, match="missing.toml: cannot read"):
        grid.load_spec(tmp_path / "missing.toml", config=H512_BO16)


# Sources ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "pitch"),
    [
        ("C4", 60),
        ("c4", 60),
        ("C#4", 61),
        ("Db4", 61),
        ("A4", 69),
        ("Bb2", 46),
        ("C-1", 0),
        ("G9", 127),
        ("B#3", 60),
    ],
)
def test_note_names_parse_to_midi(name: str, pitch: int) -> None:
    assert grid.note_to_pitch(name) == pitch


@pytest.mark.parametrize("name", ["H4", "C", "C4x", "G#9", "Cb-1", ""])
def test_bad_note_names_raise(name: str) -> None:
    with pytest.raises(GridError):
        grid.note_to_pitch(name)


def test_glob_reads_nsynth_dataset_names(write_spec, spec_dir: Path) -> None:
    for pitch in (48, 50):
        np.save(
            spec_dir / "sources" / f"guitar_acoustic_001-0{pitch}-100.npy",
            synthetic_embedding(20, seed=pitch),
        )
    spec = _load(write_spec, '[sources]\ng = { glob = "sources/guitar_*.npy" }\n')
    assert spec.sources["g"].pitches == (48, 50)
    assert [n.ref for n in spec.sources["g"].notes] == ["g@48", "g@50"]


def test_relative_spec_path_finds_globbed_and_named_files(
    write_spec, spec_dir: Path, monkeypatch
) -> None:
    text = '[sources]\nbrass = { glob = "sources/brass_*.npy" }\nflute = "sources/flute.npy"\n'
    write_spec(text)
    monkeypatch.chdir(spec_dir.parent)
    spec = grid.load_spec(Path(spec_dir.name) / "spec.toml", config=H512_BO16)
    assert all(n.path.is_file() for n in spec.notes().values()) and len(spec.notes()) == 4


def test_load_embedding_accepts_magenta_shape(tmp_path: Path) -> None:
    z = synthetic_embedding(12, seed=3)
    np.save(tmp_path / "magenta.npy", z[None])
    np.save(tmp_path / "plain.npy", z.astype(np.float64))
    np.testing.assert_array_equal(grid.load_embedding(tmp_path / "magenta.npy"), z)
    loaded = grid.load_embedding(tmp_path / "plain.npy")
    assert loaded.dtype == np.float32
    np.testing.assert_array_equal(loaded, z)


def test_audio_sources_are_accepted_for_the_renderer(write_spec, spec_dir: Path) -> None:
    spec = _load(write_spec, '[sources]\ntone = "sources/tone.wav"\n')
    (note,) = spec.notes().values()
    assert note.path == spec_dir / "sources" / "tone.wav"
    assert note.pitch is None and len(note.digest) == grid.DIGEST_LENGTH


# point_at and recipe_embedding ------------------------------------------------------------


def test_point_at_grid_value_matches_grid_point(write_spec) -> None:
    spec = _load(write_spec, BILINEAR)
    for point in grid.expand(spec, fingerprint=FP)[::5]:
        assert grid.point_at(spec, dict(point.coords), fingerprint=FP).key == point.key


def test_point_at_between_grid_values_is_a_new_point(write_spec) -> None:
    spec = _load(write_spec, BILINEAR)
    keys = {p.key for p in grid.expand(spec, fingerprint=FP)}
    point = grid.point_at(spec, {"x": 0.3, "y": 0.8, "gain": 1.25, "tremolo": 0.1}, fingerprint=FP)
    assert point.key not in keys
    assert point.recipe["base"] == {
        "mode": "bilinear",
        "corners": ["a", "b", "c", "d"],
        "x": 0.3,
        "y": 0.8,
    }


@pytest.mark.parametrize(
    ("coords", "message"),
    [
        ({"x": 0.3, "y": 0.8, "gain": 1.0}, r"missing \['tremolo'\]; axes: \['x', 'y', 'gain'"),
        (
            {"x": 0.3, "y": 0.8, "gain": 1.0, "tremolo": 0, "pan": 1},
            r"unknown coordinates \['pan'\]",
        ),
        ({"x": 1.3, "y": 0.8, "gain": 1.0, "tremolo": 0}, r"x=1.3"),
        ({"x": 0.3, "y": 0.8, "gain": 1.0, "tremolo": 2}, r"tremolo=2: depth=2"),
        ({"x": 0.3, "y": 0.8, "gain": "loud", "tremolo": 0}, r"gain='loud'"),
        ({"x": 0.3, "y": 0.8, "gain": 10**30, "tremolo": 0}, None),  # huge, but a number
    ],
)
def test_point_at_rejects_bad_coordinates(coords, message: str, write_spec) -> None:
    spec = _load(write_spec, BILINEAR)
    if message is None:
        assert grid.point_at(spec, coords, fingerprint=FP).recipe
        return
    with pytest.raises(GridError, match=message):
        grid.point_at(spec, coords, fingerprint=FP)


def _embeddings(spec: grid.GridSpec) -> dict[str, np.ndarray]:
    return {ref: grid.load_embedding(note.path) for ref, note in spec.notes().items()}


def test_recipe_embedding_applies_base_then_steps_then_fits(write_spec, config) -> None:
    spec = _load(write_spec, BILINEAR, config=config)
    embeddings = _embeddings(spec)
    point = grid.point_at(spec, {"x": 0.25, "y": 0.5, "gain": 2.0, "tremolo": 0.5}, fingerprint=FP)
    out = grid.recipe_embedding(point.recipe, embeddings, config=config)
    corners = [embeddings[n] for n in ("a", "b", "c", "d")]
    frame_rate_hz = config.sample_rate_hz / config.hop_length
    expected = perturb.tremolo(
        2.0 * perturb.bilinear(corners, x=0.25, y=0.5),
        rate_hz=4.0,
        depth=0.5,
        frame_rate_hz=frame_rate_hz,
    )
    n_frames = config.samples_to_frames(config.seconds_to_samples(0.5))
    assert out.shape == (n_frames, perturb.N_Z)
    np.testing.assert_allclose(out, expected[:n_frames], rtol=1e-5, atol=1e-6)


def test_recipe_embedding_resolves_added_sources(write_spec, config) -> None:
    spec = _load(write_spec, PITCHED, config=config)
    embeddings = _embeddings(spec)
    point = grid.point_at(spec, {"source": "brass", "pitch": 61, "layer": [0.5]}, fingerprint=FP)
    out = grid.recipe_embedding(point.recipe, embeddings, config=config)
    expected = perturb.add(embeddings["brass@62"], others=[embeddings["organ@64"]], weights=[0.5])
    np.testing.assert_allclose(out, perturb.fit_frames(expected, n_frames=len(out)), rtol=1e-6)


def test_recipe_embedding_pads_to_render_length(write_spec, config) -> None:
    spec = _load(write_spec, SIMPLE.replace("length_s = 1.0", "length_s = 4.0"), config=config)
    point = grid.expand(spec, fingerprint=FP)[0]
    flute = grid.load_embedding(spec.notes()["flute"].path)
    out = grid.recipe_embedding(point.recipe, {"flute": flute}, config=config)
    assert len(out) == 125 > len(flute)
    np.testing.assert_array_equal(
        out[len(flute) :], np.repeat(out[len(flute) - 1 : len(flute)], 125 - len(flute), axis=0)
    )


def test_recipe_embedding_names_missing_sources(write_spec, config) -> None:
    spec = _load(write_spec, PITCHED, config=config)
    point = grid.expand(spec, fingerprint=FP)[0]
    with pytest.raises(GridError, match=r"no embedding given for sources \['brass@60'"):
        grid.recipe_embedding(point.recipe, {}, config=config)
    with pytest.raises(GridError, match="malformed recipe"):
        grid.recipe_embedding({"sources": {}}, {}, config=config)


# Shipped examples -------------------------------------------------------------------------


def test_example_spec_loads_and_expands() -> None:
    spec = grid.load_spec(REPO / "samples" / "specs" / "example.toml", config=H512_BO16)
    assert [a.name for a in spec.axes] == ["x", "y", "pitch", "gain"]
    points = grid.expand(spec, fingerprint=FP)
    assert len(points) == 3 * 3 * 2 * 2
    assert {p.pitch for p in points} == {60, 67}


def test_example_sources_are_reproducible() -> None:
    """The shipped example embeddings are conftest.synthetic_embedding outputs."""
    folder = REPO / "samples" / "specs" / "sources"
    files = sorted(folder.glob("*.npy"))
    assert len(files) == 8
    for path in files:
        instrument, note = path.stem.split("_")
        index = ("flute", "organ", "brass", "strings").index(instrument)
        seed = 1000 + 128 * index + grid.note_to_pitch(note)
        np.testing.assert_allclose(np.load(path), synthetic_embedding(31, seed=seed), atol=1e-6)


def test_doc_examples_load(spec_dir: Path) -> None:
    text = (REPO / "docs" / "grid-spec.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", text, flags=re.DOTALL)
    counts = []
    for i, block in enumerate(blocks):
        path = spec_dir / f"doc{i}.toml"
        path.write_text(block, encoding="utf-8")
        counts.append(len(grid.expand(grid.load_spec(path, config=H512_BO16), fingerprint=FP)))
    assert counts == [20, 12, 5, 25]


def test_example_spec_copy_renders_same_keys_elsewhere(tmp_path: Path) -> None:
    """Keys do not depend on where the spec lives: two machines agree."""
    shutil.copytree(REPO / "samples" / "specs", tmp_path / "specs")
    here = grid.expand(
        grid.load_spec(REPO / "samples/specs/example.toml", config=H512_BO16), fingerprint=FP
    )
    there = grid.expand(
        grid.load_spec(tmp_path / "specs/example.toml", config=H512_BO16), fingerprint=FP
    )
    assert [p.key for p in here] == [p.key for p in there]
