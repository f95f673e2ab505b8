"""`nsynth-precompute analyze` as a user runs it: real subprocesses."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from precompute.bank import Bank

from ..conftest import REPO
from ..test_cli import ENV, precompute

TINY_MODEL = REPO / "samples" / "models" / "tiny-random"


@pytest.fixture
def note(tmp_path: Path) -> Path:
    t = np.arange(8000) / 16000
    path = tmp_path / "tone_A4.wav"
    sf.write(path, 0.3 * np.sin(2 * np.pi * 440 * t), 16000)
    return path


def test_help_and_input_errors_do_not_import_tensorflow(tmp_path: Path) -> None:
    probe = (
        "import sys\nfrom precompute import cli\n"
        "for argv in (['analyze', '--help'], ['analyze', '--out', sys.argv[1], 'missing.wav'],"
        " ['analyze', '--out', sys.argv[1], '--report-only']):\n"
        "    try:\n        cli.main(argv)\n    except SystemExit:\n        pass\n"
        "print('tensorflow' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "out")], cwd=REPO, env=ENV,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.stderr.strip().endswith("False")
    assert "usage: nsynth-precompute analyze" in done.stdout


@pytest.mark.parametrize(
    ("args", "code", "named"),
    [
        (["{tmp}/missing.wav"], 1, "{tmp}/missing.wav: no such file or folder"),
        (["{note}", "--pitch-series", "{note}"], 1, "needs an instrument with >= 3 pitches"),
        (["{note}", "--pitch-series", "{tmp}/unpitched.wav"], 1, "unpitched.wav: no pitch at"),
        (["{note}", "--seeds", "2"], 2, "--seeds: 2 must be >= 3"),
        (["{note}", "--length-s", "0"], 2, "--length-s"),
        (["{note}", "--checkpoint", "{tmp}/none"], 1, "--checkpoint: no checkpoint at"),
        (["--report-only"], 1, "no analysis.json"),
        (["{note}", "--report-only"], 1, "--report-only reads DIR alone"),
    ],
)
def test_bad_input_exits_nonzero_with_one_line_naming_it(
    tmp_path: Path, note: Path, args, code, named
) -> None:
    shutil.copy(note, tmp_path / "unpitched.wav")
    values = {"tmp": tmp_path, "note": note}
    done = precompute("analyze", "--out", tmp_path / "out", *(a.format(**values) for a in args))
    assert done.returncode == code, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert named.format(**values) in last and "error" in last
    assert not (tmp_path / "out" / "bank").exists()
    if code == 1:  # our own errors: one line, no traceback, before TensorFlow loads
        assert len(done.stderr.strip().splitlines()) == 1


def test_estimate_prints_the_cost_and_renders_nothing(tmp_path: Path, note: Path) -> None:
    out = tmp_path / "out"
    done = precompute(
        "analyze", note, "--out", out, "--checkpoint", TINY_MODEL, "--pitch-series",
        "--estimate", timeout_s=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].split() == ["spec", "points", "to", "render", "audio", "s", "time", "s"]
    total = lines[-1].split()
    assert total[0] == "total" and int(total[1]) == int(total[2]) > 0
    assert (out / "specs" / "zero.toml").is_file() and (out / "analysis.json").is_file()
    assert not list((out / "bank").glob("*.wav"))


@pytest.mark.slow
def test_report_only_rewrites_the_report_from_the_folder(planted, tmp_path: Path) -> None:
    # A bank with renders missing (another shard's, or lost): the report says so and
    # leaves them out; nothing is rendered.
    out = tmp_path / "analysis"
    shutil.copytree(planted.folder, out)
    with Bank.open(out / "bank") as bank:
        lost = [k for k in bank.keys()][::40]
        for key in lost:
            bank.path_of(key).unlink()
        bank.verify(repair=True)
        left = set(bank.keys())
    done = precompute("analyze", "--out", out, "--report-only", "--jobs", "1", timeout_s=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].split()[:3] == ["c0", "pitch", "up"]
    assert lines[-1] == f"report: {out / 'report' / 'index.html'}"
    page = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert f"<b>{len(lost)} renders of the specs are not in the bank</b>" in page
    with Bank.open(out / "bank") as bank:
        assert set(bank.keys()) == left
