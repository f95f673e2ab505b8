"""maxpatches/generate.py: the committed patches are exactly what the generator writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from maxpatches import generate
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
