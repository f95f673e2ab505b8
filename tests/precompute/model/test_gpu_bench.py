"""bench/gpu.py, the GPU machine's one prepared run, exercised end to end at tiny sizes."""

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("jax")

from tests.precompute.conftest import REPO  # noqa: E402


@pytest.mark.slow
def test_smoke_run_writes_every_section(tmp_path):
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "gpu.py"), "--smoke", "--out", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads((out / "gpu.json").read_text())
    sections = figures["sections"]
    assert figures["environment"]["platform"] == "cpu"

    speed = sections["speed tiny"]
    assert "error" not in speed and speed["batch1"]["samples_per_s_per_stream"] > 0
    assert [row["batch"] for row in speed["aggregate"]] == [2, 4]
    assert all(row["fits"] and row["aggregate_samples_per_s"] > 0 for row in speed["aggregate"])

    precision = sections["precision tiny"]
    assert "error" not in precision and precision["seed_to_seed_distance"] > 0
    assert "needs an NVIDIA GPU" in precision["tensorfloat32"]["skipped"]  # a CPU here
    assert 0 <= precision["bfloat16"]["distance_to_float32_same_seeds"]
    assert precision["bfloat16"]["batch1_samples_per_s"] > 0

    render = sections["render"]
    assert render["points"] == 16 and render["render_cli"]["returncode"] == 0
    assert render["verified"] is True

    osc = sections["osc"]
    # The bench exits 1 when a latency target fails on this loaded machine; it ran if it
    # wrote its results and verdicts.
    assert osc["osc_no_worker"]["results"] and osc["osc_no_worker"]["verdicts"]
    assert "skipped" in osc["osc_worker"] or osc["osc_worker"]["results"]

    text = (out / "gpu.txt").read_text()
    assert "[speed tiny]" in text and "render: 16 points" in text
    assert "blocked" not in result.stderr and "without TensorFlow" not in result.stderr
