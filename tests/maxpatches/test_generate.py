"""maxpatches/generate.py: the committed patches are exactly what the generator writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from maxpatches import generate, settings
from oscserver import protocol
from precompute import grid
from precompute.model.config import TINY
from tests.oscserver.conftest import ENV, REPO, synthetic_embedding


def test_committed_patches_are_what_the_generator_writes() -> None:
    assert generate.stale() == [], "patches are stale: run python -m maxpatches.generate"


def test_every_patch_file_is_generated() -> None:
    folder = generate.HERE
    on_disk = {p.relative_to(folder).as_posix() for p in folder.glob("*.maxpat")}
    on_disk |= {p.relative_to(folder).as_posix() for p in folder.glob("pd/*.pd")}
    assert on_disk == set(generate.PATCHES)


def test_generating_twice_gives_the_same_text() -> None:
    assert generate.render_all() == generate.render_all()


def test_stale_names_an_edited_and_a_missing_patch(tmp_path: Path) -> None:
    assert sorted(generate.write_all(tmp_path)) == sorted(generate.PATCHES)
    assert generate.stale(tmp_path) == []
    assert generate.write_all(tmp_path) == []  # nothing changed: nothing rewritten
    edited = tmp_path / "nsynth_player.maxpat"
    edited.write_text(edited.read_text().replace("7771", "7779"))
    (tmp_path / "pd" / "nsynth_live.pd").unlink()
    assert sorted(generate.stale(tmp_path)) == ["nsynth_player.maxpat", "pd/nsynth_live.pd"]


def test_check_command_passes_on_the_repository() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "maxpatches.generate", "--check"],
        cwd=REPO,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_knobs_axes_make_a_spec_that_takes_every_knobs_key(tmp_path: Path) -> None:
    """The [[axes]] of --knobs-axes, in a spec with two sources, accept the knobs' keys."""
    (tmp_path / "sources").mkdir()
    for seed, name in enumerate(("flute", "organ")):
        np.save(tmp_path / "sources" / f"{name}.npy", synthetic_embedding(8, seed=seed))
    spec_path = tmp_path / "knobs.toml"
    spec_path.write_text(
        '[sources]\nflute = "sources/flute.npy"\norgan = "sources/organ.npy"\n\n'
        + generate.knobs_axes_toml()
    )
    spec = grid.load_spec(spec_path, config=TINY)
    vocab = protocol.vocabulary(spec)
    keys = generate.knobs_keys()
    assert len(keys) == 2 * generate.N_COMPONENTS
    assert all(vocab.kinds[key] == protocol.NUMBER for key in keys)
    assert vocab.kinds["source"] == protocol.STRING
    # Every knob at neutral is the unedited source: one grid point per source.
    assert len(grid.expand(spec, fingerprint="f")) == 2
    settings = protocol.parse_settings(
        ["source", "organ", *[v for k in keys for v in (k, 0.5)]], vocab
    )
    point = grid.point_at(spec, dict(settings), fingerprint="f")
    assert point.key not in {p.key for p in grid.expand(spec, fingerprint="f")}


def test_knobs_axes_command_prints_the_axes() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "maxpatches.generate", "--knobs-axes"],
        cwd=REPO,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == generate.knobs_axes_toml()


def test_knobs_ends_are_rendered_one_knob_at_a_time(tmp_path: Path) -> None:
    """--knobs-ends adds each dial's ends as alone axes: 64 renders, not a product."""
    (tmp_path / "sources").mkdir()
    np.save(tmp_path / "sources" / "organ.npy", synthetic_embedding(8, seed=0))
    spec_path = tmp_path / "knobs.toml"
    spec_path.write_text(
        '[sources]\norgan = "sources/organ.npy"\n\n' + generate.knobs_axes_toml(ends=True)
    )
    spec = grid.load_spec(spec_path, config=TINY)
    points = grid.expand(spec, fingerprint="f")
    assert len(points) == 1 + 2 * 2 * generate.N_COMPONENTS
    ends = {dict(p.coords)["gain7"] for p in points} | {dict(p.coords)["offset7"] for p in points}
    assert ends == {*settings.GAIN_RANGE, 1.0, *settings.OFFSET_RANGE, 0.0}
    # The neutral axes' keys are the keys of the same knobs without their ends.
    neutral = spec_path.with_name("neutral.toml")
    neutral.write_text(spec_path.read_text().split("[[axes]]")[0] + generate.knobs_axes_toml())
    (plain,) = grid.expand(grid.load_spec(neutral, config=TINY), fingerprint="f")
    assert plain.key == points[0].key
    done = subprocess.run(
        [sys.executable, "-m", "maxpatches.generate", "--knobs-axes", "--knobs-ends"],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout == generate.knobs_axes_toml(ends=True)


def test_the_demo_spec_answers_every_patch() -> None:
    """samples/demo/demo.toml: the pad of the player and live patches, and the knobs'
    axes with their ends, so the README's bank answers all three."""
    path = REPO / "samples" / "demo" / "demo.toml"
    assert generate.knobs_axes_toml(ends=True) in path.read_text()
    spec = grid.load_spec(path, config=TINY)
    vocab = protocol.vocabulary(spec)
    keys = ["x", "y", "pitch", "source", *generate.knobs_keys()]
    assert all(vocab.resolve(key) == key for key in keys)
    points = grid.expand(spec, fingerprint="f")
    assert len(points) == 3 * 3 * 2 * 2 + 2 * 2 * generate.N_COMPONENTS
    # The knobs patch's first request (no source chosen, every knob neutral, its default
    # pitch) is a rendered point: the organ corner.
    first = {**{a.name: a.values[0] for a in spec.axes}, "pitch": settings.DEFAULT_PITCH}
    assert grid.point_at(spec, first, fingerprint="f").key == points[0].key
    assert grid.corner_at(spec, "organ") == {"x": first["x"], "y": first["y"]}
