"""oscserver.lookup: recipe coordinates, neighbours, pitch groups, blend weights, mixes."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from oscserver import lookup
from oscserver.lookup import NO_PITCH, NeighbourError, RecipeSpace
from precompute import grid
from precompute.model.config import TINY

from .conftest import load, synthetic_embedding

SOURCE_SPEC = """
[sources]
flute = "sources/flute.npy"
organ = "sources/organ.npy"
brass = { glob = "sources/brass_*.npy" }

[base]
sources = ["flute", "brass"]

[[axes]]
name = "breath"
operation = "add"
param = "weights"
others = ["organ"]
values = [[0.0], [0.3]]

[[axes]]
name = "invert"
operation = "flip"
param = "components"
values = [[0, 1], [14, 15]]

[[axes]]
operation = "vibrato"
param = "rate_hz"
depth_frames = 0.5
values = [2.0, 4.0, 6.0]

[render]
length_s = 0.064
"""

INTERPOLATE_SPEC = """
[sources]
flute = "sources/flute.npy"
organ = "sources/organ.npy"
keys = "sources/keys.npy"

[base]
mode = "interpolate"
sources = ["flute", "organ", "keys"]
weights = [[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.2, 0.3, 0.5]]

[[axes]]
operation = "shift"
values = [0, 2]

[render]
length_s = 0.064
"""

T_SPEC = """
[sources]
flute = "sources/flute.npy"
organ = "sources/organ.npy"

[base]
mode = "interpolate"
sources = ["flute", "organ"]
t = { from = 0.0, to = 1.0, steps = 5 }

[render]
length_s = 0.064
"""


def write(tmp_path: Path, text: str) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir(exist_ok=True)
    for i, name in enumerate(("flute", "organ", "keys")):
        np.save(sources / f"{name}.npy", synthetic_embedding(6, seed=i))
    for i, note in enumerate(("C4", "E4")):
        np.save(sources / f"brass_{note}.npy", synthetic_embedding(6, seed=10 + i))
    path = tmp_path / "spec.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    "text", [SOURCE_SPEC, INTERPOLATE_SPEC, T_SPEC], ids=["source", "weights", "t"]
)
def test_recipe_coords_inverts_point_at(tmp_path: Path, text: str):
    spec = load(write(tmp_path, text))
    points = grid.expand(spec, fingerprint="fp")
    assert len(points) > 4
    for point in points:
        coords = lookup.recipe_coords(spec, point.recipe)
        assert coords is not None
        assert grid.point_at(spec, coords, fingerprint="fp").key == point.key


def test_recipe_coords_of_the_test_grid(grid_dir: Path):
    spec = load(grid_dir / "spec" / "spec.toml")
    for point in grid.expand(spec, fingerprint="fp"):
        assert lookup.recipe_coords(spec, point.recipe) == dict(point.coords)


def test_recipe_coords_refuses_recipes_of_other_specs(grid_dir: Path, tmp_path: Path):
    spec = load(grid_dir / "spec" / "spec.toml")
    recipe = grid.expand(spec, fingerprint="fp")[0].recipe
    other = load(write(tmp_path, SOURCE_SPEC))
    assert lookup.recipe_coords(other, recipe) is None
    for change in (
        lambda r: r["render"].update(seed=99),
        lambda r: r["sources"].update({next(iter(r["sources"])): "0" * 16}),
        lambda r: r["steps"][0][1].update(components=[1]),
        lambda r: r["steps"].append(["flip", {}]),
        lambda r: r["base"].update(corners=list(reversed(r["base"]["corners"]))),
        lambda r: r.pop("base"),
    ):
        changed = grid.expand(spec, fingerprint="fp")[0].recipe
        change(changed)
        assert lookup.recipe_coords(spec, changed) is None


def test_recipe_space_scales_each_axis_to_its_grid_span(tmp_path: Path):
    spec = load(write(tmp_path, SOURCE_SPEC))
    space = RecipeSpace.from_spec(spec)
    kinds = {a.name: a.kind for a in space.axes}
    assert kinds == {"source": "category", "breath": "vector", "invert": "category",
                     "vibrato": "number"}  # fmt: skip
    base = {"source": "flute", "breath": [0.0], "invert": [0, 1], "vibrato": 2.0}

    def distance(a=base, **change):
        points = space.vector(a)[None, :]
        query = space.vector({**base, **change})
        return float(lookup.nearest(points, query, k=1, categorical=space.categorical)[1][0])

    assert distance() == 0.0
    assert distance(vibrato=6.0) == pytest.approx(1.0)  # one whole grid span
    assert distance(vibrato=3.0) == pytest.approx(0.25)
    assert distance(breath=[0.3]) == pytest.approx(1.0)  # add weights are magnitudes
    assert distance(breath=[0.15]) == pytest.approx(0.5)
    assert distance(source="brass") == 1.0  # another category
    assert distance(invert=[3]) == 1.0  # a value the grid lacks
    off_grid = {**base, "invert": [7, 8]}
    assert distance(off_grid, invert=[2, 3]) == 1.0  # two values the grid lacks differ
    assert distance(off_grid, invert=[7, 8]) == 0.0
    assert distance(source="brass", vibrato=6.0) == pytest.approx(math.sqrt(2))


def test_weights_axis_is_a_vector(tmp_path: Path):
    space = RecipeSpace.from_spec(load(write(tmp_path, INTERPOLATE_SPEC)))
    (weights, shift) = space.axes
    assert (weights.kind, weights.width, shift.kind) == ("vector", 3, "number")
    a = space.vector({"weights": [1.0, 0.0, 0.0], "shift": 0})
    b = space.vector({"weights": [0.5, 0.5, 0.0], "shift": 0})
    assert np.linalg.norm(a - b) == pytest.approx(math.sqrt(0.5))
    with pytest.raises(NeighbourError):
        space.vector({"weights": [1.0], "shift": 0})
    with pytest.raises(NeighbourError):
        space.vector({"shift": 0})


@pytest.mark.parametrize(
    ("available", "requested", "expected"),
    [
        ([60, 67], 60, 60),
        ([60, 67], 62, 60),
        ([60, 67], 64, 67),
        ([60, 64], 62, 64),  # a tie goes to the higher note (rate < 1)
        ([NO_PITCH], 62, NO_PITCH),
        ([NO_PITCH, 60], None, NO_PITCH),
        ([60, 67], None, 60),
    ],
)
def test_choose_pitch(available, requested, expected):
    assert lookup.choose_pitch(available, requested) == expected


def test_repitch_rate():
    assert lookup.repitch_rate(72, 60) == 2.0
    assert lookup.repitch_rate(60, 72) == 0.5
    assert lookup.repitch_rate(None, 60) == lookup.repitch_rate(60, None) == 1.0


def test_nearest_sorts_by_distance_then_index():
    points = np.array([[0.0], [2.0], [1.0], [1.0], [5.0]])
    index, d = lookup.nearest(points, np.array([1.0]), k=3)
    assert index.tolist() == [2, 3, 0]
    assert d.tolist() == [0.0, 0.0, 1.0]
    index, d = lookup.nearest(points, np.array([1.0]), k=10)
    assert index.tolist() == [2, 3, 0, 1, 4]
    with pytest.raises(NeighbourError):
        lookup.nearest(points, np.array([1.0, 2.0]), k=1)


@pytest.mark.parametrize(
    ("distances", "snap", "expected"),
    [
        ([0.0, 0.5], 0.75, [1.0, 0.0]),  # on a render: that render
        ([0.1, 0.4], 0.75, [1.0, 0.0]),  # w0 = 16/17 >= 0.75
        ([0.5, 0.5], 0.75, [0.5, 0.5]),
        ([0.5, 0.5, 0.5, 0.5], 0.75, [0.25] * 4),
        ([0.25, 0.25, 2.5], 0.75, [0.5, 0.5, 0.0]),  # 1/201 of the weight: left out
        ([0.1, 0.4], 1.0, [16 / 17, 1 / 17]),  # snap 1: always blend
        ([0.3], 0.75, [1.0]),
    ],
)
def test_blend_weights(distances, snap, expected):
    weights = lookup.blend_weights(np.array(distances), snap=snap)
    assert weights == pytest.approx(expected)
    assert weights.sum() == pytest.approx(1.0)


def test_blend_weights_refuses_bad_distances():
    for bad in ([], [-1.0], [[0.1]]):
        with pytest.raises(NeighbourError):
            lookup.blend_weights(np.array(bad))


def test_mix_is_rms_matched_and_padded():
    t = np.arange(1600) / 16000
    a = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    b = (0.2 * np.sin(2 * np.pi * 660 * t[:800])).astype(np.float32)
    out = lookup.mix([a, b], [0.75, 0.25])
    assert out.shape == (1600,) and out.dtype == np.float32

    def rms(x):
        return float(np.sqrt(np.mean(np.asarray(x, dtype=np.float64) ** 2)))

    assert rms(out) == pytest.approx(0.75 * rms(a) + 0.25 * rms(b), rel=1e-5)
    # The mix is the weighted sum, up to one gain.
    plain = 0.75 * a.astype(np.float64)
    plain[:800] += 0.25 * b
    gain = rms(out) / rms(plain)
    np.testing.assert_allclose(out, gain * plain, atol=1e-6)
    assert np.all(lookup.mix([np.zeros(4)], [1.0]) == 0)
    with pytest.raises(NeighbourError):
        lookup.mix([a], [0.5, 0.5])


def test_summarize_averages_runs_of_frames():
    z = np.repeat(np.arange(16, dtype=np.float32)[:, None], 16, axis=1)  # z[t, c] = t
    s = lookup.summarize(z, n_segments=4)
    assert s.shape == (64,)
    assert s[::16].tolist() == [1.5, 5.5, 9.5, 13.5]
    short = lookup.summarize(z[:2], n_segments=4)  # padded with the last frame
    assert short[::16].tolist() == [0.0, 1.0, 1.0, 1.0]


def test_neighbours_search_within_the_nearest_pitch_group():
    empty = lookup.Neighbours.empty(categorical=np.zeros(1, bool), summary_width=2)
    index = empty.extend(
        ["a", "b", "c"],
        [60, 60, 67],
        np.array([[0.0], [1.0], [0.1]]),
        np.array([[0.0, 0.0], [1.0, 1.0], [3.0, 3.0]], dtype=np.float32),
    )
    group, rows, d = index.query(np.array([0.2]), pitch=61, k=5, embedding=False)
    assert (group, rows.tolist()) == (60, [0, 1])  # "c" is nearer but at the other pitch
    assert d == pytest.approx([0.2, 0.8])
    group, rows, d = index.query(np.array([3.0, 1.0]), pitch=66, k=1, embedding=True)
    assert (group, rows.tolist()) == (67, [2])
    assert d == pytest.approx([math.sqrt((0 + 4) / 2)])  # RMS over summary elements
    more = index.extend(["d"], [60], np.array([[0.2]]), np.zeros((1, 2), dtype=np.float32))
    assert len(more) == 4 and len(index) == 3  # extend copies
    with pytest.raises(NeighbourError):
        empty.query(np.array([0.0]), pitch=60, k=1, embedding=False)


def test_summary_width_matches_the_model():
    assert lookup.summarize(np.zeros((3, TINY.n_z))).shape == (lookup.SUMMARY_SEGMENTS * TINY.n_z,)


def test_moved_closer_tells_which_searches_new_rows_change():
    index = lookup.Neighbours.empty(categorical=np.zeros(1, bool), summary_width=2).extend(
        ["a", "b"], [60, 67], np.array([[0.0], [1.0]]), np.zeros((2, 2), dtype=np.float32)
    )
    more = index.extend(
        ["c", "d"], [60, 67], np.array([[0.5], [5.0]]), np.ones((2, 2), dtype=np.float32)
    )
    queries = np.array([[0.4], [0.9], [1.0], [3.0]])
    moved = more.moved_closer(
        queries,
        groups=np.array([60, 60, 67, 67]),
        radii=np.array([0.4, 0.3, 1.0, math.inf]),
        since=len(index),
        embedding=False,
    )
    # c (0.5, pitch 60) is 0.1 from the first query and 0.4 from the second; d (5.0, pitch
    # 67) is 4 from the third and 2 from the fourth, which had found fewer than k.
    assert moved.tolist() == [True, False, False, True]
    summaries = more.moved_closer(
        np.zeros((1, 2)), groups=np.array([60]), radii=np.array([1.1]), since=2, embedding=True
    )
    assert summaries.tolist() == [True]  # RMS distance 1 < 1.1


def test_category_columns_count_one_when_the_values_differ():
    codes = [lookup.category_code(v) for v in ([0, 1], [7, 8], [2, 3])]
    assert len(set(codes)) == 3 and codes[0] == lookup.category_code([0, 1])
    empty = lookup.Neighbours.empty(categorical=np.array([False, True]), summary_width=2)
    index = empty.extend(
        ["a", "b"], [60, 60], np.array([[0.0, codes[0]], [0.5, codes[1]]]), np.zeros((2, 2))
    )
    # a: the same number in another category; b: half a span off in the same category.
    _, rows, d = index.query(np.array([0.0, codes[1]]), pitch=60, k=2, embedding=False)
    assert (rows.tolist(), d.tolist()) == ([1, 0], [0.5, 1.0])
    more = index.extend(["c"], [60], np.array([[0.0, codes[2]]]), np.zeros((1, 2)))
    moved = more.moved_closer(
        np.array([[0.0, codes[2]], [0.0, codes[1]]]),
        groups=np.array([60, 60]),
        radii=np.array([0.5, 0.9]),
        since=2,
        embedding=False,
    )
    assert moved.tolist() == [True, False]  # c is 0 from the first, 1 from the second
