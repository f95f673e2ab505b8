"""oscserver.worker: one-recipe rendering that matches the batch renderer."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from oscserver import jobs, worker

from .conftest import load, point_at


def test_render_recipe_equals_the_batch_renderer(tmp_path: Path, tiny_checkpoint: Path):
    """The worker's one-recipe render writes the very WAV `nsynth-precompute render` does."""
    from precompute import render
    from precompute.bank import Bank
    from precompute.model.nsynth import NSynth

    from .conftest import write_spec

    spec_path = write_spec(tmp_path / "spec", checkpoint=tiny_checkpoint)
    spec = load(spec_path)
    model = NSynth.from_checkpoint(tiny_checkpoint)
    wanted = [
        point_at(spec_path, model.fingerprint, x=0.0, y=0.0, pitch=67, gain=1.5),
        point_at(spec_path, model.fingerprint, x=0.0, y=0.0, pitch=60, gain=1.0),
    ]
    with Bank.open(tmp_path / "batch", config=model.config, create=True) as batch:
        config = render.RenderConfig(progress=False, limit=4)  # the grid's first 4 points
        report = render.render(spec, model, batch, config)
        assert set(p.key for p in wanted) <= set(report.rendered)
        with Bank.open(tmp_path / "one", config=model.config, create=True) as one:
            sources: dict[str, np.ndarray] = {}
            for point in wanted:
                entry = worker.render_recipe(
                    spec, model, one, point.key, json.loads(point.recipe_json), sources=sources
                )
                expected = batch.get(point.key)
                assert entry.recipe == expected.recipe
                np.testing.assert_array_equal(entry.embedding, expected.embedding)
                np.testing.assert_array_equal(sf.read(entry.path)[0], sf.read(expected.path)[0])
            with pytest.raises(jobs.JobError, match="not the key"):
                worker.render_recipe(spec, model, one, "0" * 20, wanted[0].recipe, sources=sources)
