"""`nsynth-precompute` end to end: real subprocesses (SIGKILL mid-render, then resume),
shards into one bank, dry runs, encode's naming and overwrite rules, one-line errors."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from precompute import cli, grid
from precompute.audio_io import load_audio
from precompute.bank import INDEX_NAME, Bank
from precompute.model.checkpoint import fingerprint
from precompute.model.config import TINY

from .conftest import REPO, render_spec_text

ENV = {**os.environ, "PYTHONPATH": str(REPO), "TF_CPP_MIN_LOG_LEVEL": "2"}


def precompute(*args: object, timeout_s: float = 120) -> subprocess.CompletedProcess:
    """Runs `python -m precompute ARGS...` to completion."""
    return subprocess.run(
        [sys.executable, "-m", "precompute", *map(str, args)],
        cwd=REPO,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=timeout_s,
    )


def main(*args: object) -> int:
    """Runs the CLI in this process (TensorFlow is imported once per test session)."""
    return cli.main([str(a) for a in args])


@pytest.fixture
def spec_path(write_spec: Callable[..., Path], tiny_checkpoint: Path) -> Path:
    """8 points of 4 frames, batch size 2, naming the tiny checkpoint."""
    return write_spec(render_spec_text(gains=(0.5, 1.0, 1.5, 2.0), checkpoint=tiny_checkpoint))


def wav_names(bank: Path) -> set[str]:
    return {p.name for p in bank.iterdir() if p.suffix == ".wav"}


def ready_count(bank: Path) -> int:
    """Ready renders in the bank's index, read-only (0 while the index is being created)."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"file:{bank / INDEX_NAME}?mode=ro", uri=True)
        ) as conn:
            return conn.execute("SELECT COUNT(*) FROM renders WHERE status = 'ready'").fetchone()[0]
    except sqlite3.Error:
        return 0


# Arguments ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), [("0/1", (0, 1)), ("3/4", (3, 4)), (" 1/2 ", (1, 2)), ("0/10", (0, 10))]
)
def test_parse_shard_reads_i_of_n(text: str, expected: tuple[int, int]) -> None:
    assert cli.parse_shard(text) == expected


@pytest.mark.parametrize("text", ["2/2", "1/0", "-1/2", "1", "a/b", "1/2/3", "1.0/2", ""])
def test_parse_shard_rejects_anything_else(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="is not a shard i/n"):
        cli.parse_shard(text)


def test_help_and_argument_errors_do_not_import_tensorflow(spec_path: Path) -> None:
    probe = (
        "import sys\nfrom precompute import cli\n"
        "for argv in (['--help'], ['render', '--help'], ['render', sys.argv[1], '--bank', 'b',"
        " '--shard', '9/2'], ['render', sys.argv[1], '--bank', sys.argv[1] + '/sub'],"
        " ['estimate', sys.argv[1], '--bank', sys.argv[1]]):\n"
        "    try:\n        cli.main(argv)\n    except SystemExit:\n        pass\n"
        "print('tensorflow' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(spec_path)], cwd=REPO, env=ENV, capture_output=True,
        text=True, timeout=60,
    )  # fmt: skip
    assert done.stderr.strip().endswith("False")
    assert "usage: nsynth-precompute render" in done.stdout


@pytest.mark.parametrize(
    ("args", "code", "named"),
    [
        (["render", "{tmp}/nope.toml", "--bank", "{tmp}/bank"], 1, "{tmp}/nope.toml"),
        (["render", "{spec}", "--bank", "{tmp}/bank", "--shard", "2/2"], 2, "--shard"),
        (["render", "{spec}", "--bank", "{tmp}/bank", "--shard", "x"], 2, "'x'"),
        (["render", "{spec}", "--bank", "{tmp}/bank", "--batch-size", "0"], 2, "--batch-size"),
        (["render", "{spec}", "--bank", "{tmp}/bank", "--checkpoint", "{tmp}/no.ckpt"], 1,
         "--checkpoint: no checkpoint at {tmp}/no.ckpt"),
        (["render", "{gone}", "--bank", "{tmp}/bank"], 1,
         "{gone}: [render.checkpoint]: no checkpoint at {tmp}/gone.ckpt"),
        (["render", "{spec}", "--bank", "{spec}/sub"], 1,
         "--bank {spec}/sub: cannot create the bank folder: Not a directory"),
        (["estimate", "{spec}", "--bank", "{spec}"], 1, "--bank {spec} is a file, not a folder"),
        (["render", "{bare}", "--bank", "{tmp}/bank"], 1, "--checkpoint"),
        (["estimate", "{spec}", "--temperature", "0"], 2, "--temperature"),
        (["encode", "{tmp}/missing.wav", "--checkpoint", "{tmp}/c", "--out", "{tmp}"], 1,
         "{tmp}/missing.wav"),
        (["status", "--bank", "{tmp}"], 1, "no sample bank here"),
        (["verify", "--bank", "{tmp}/none"], 1, "{tmp}/none"),
        (["frobnicate"], 2, "frobnicate"),
        (["notes", "{tmp}/notes", "--note-s", "nan"], 2, "--note-s: nan must be finite and > 0"),
        (["notes", "{tmp}/notes", "--note-s", "-1"], 2, "--note-s: -1 must be finite and > 0"),
        (["notes", "{tmp}/notes", "--velocities", "90", "200"], 2,
         "--velocities: 200 must be <= 127"),
    ],
)  # fmt: skip
def test_bad_input_exits_nonzero_with_one_line_naming_it(
    write_spec: Callable[..., Path], spec_path: Path, tmp_path: Path, args, code, named
) -> None:
    bare = write_spec(render_spec_text(), name="bare.toml")  # names no checkpoint
    gone = write_spec(render_spec_text(checkpoint=tmp_path / "gone.ckpt"), name="gone.toml")
    values = {"tmp": tmp_path, "spec": spec_path, "bare": bare, "gone": gone}
    done = precompute(*(a.format(**values) for a in args))
    assert done.returncode == code, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert named.format(**values) in last and "error" in last
    if code == 1:  # our own errors: one line, no traceback
        assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "bank").exists() and not (tmp_path / "notes").exists()


def test_cli_module_runs_as_a_script() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "precompute.cli", "render", "--bogus"],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and "usage: nsynth-precompute render" in done.stderr


def test_verbose_shows_the_traceback(tmp_path: Path, capsys) -> None:
    assert main("status", "--bank", tmp_path, "--verbose") == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and err.strip().splitlines()[-1].endswith("(no index.sqlite)")


# Render, kill, resume ----------------------------------------------------------------------


def test_sigkilled_render_resumes_to_a_complete_clean_bank(
    write_spec: Callable[..., Path], tiny_checkpoint: Path, tmp_path: Path
) -> None:
    spec_path = write_spec(render_spec_text(n_frames=8, checkpoint=tiny_checkpoint))
    bank = tmp_path / "bank"
    args = [sys.executable, "-m", "precompute", "render", spec_path, "--bank", bank]
    proc = subprocess.Popen(
        args, cwd=REPO, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while ready_count(bank) < 2:  # one batch of two is in
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "no batch reached the bank in 60 s"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    stored = ready_count(bank)
    assert 2 <= stored < 12, "the render finished before it could be killed"

    done = precompute("render", spec_path, "--bank", bank)
    assert done.returncode == 0, done.stderr
    assert f"rendered {12 - stored}, failed 0 in " in done.stdout
    assert f"shard 0/1: 12 points, {stored} already in the bank (12 in the grid)" in done.stdout

    spec = grid.load_spec(spec_path, config=TINY)
    with Bank.open(bank) as opened:
        fingerprint = opened.get(opened.keys()[0]).fingerprint
        keys = [p.key for p in grid.expand(spec, fingerprint=fingerprint)]
        assert opened.keys() == sorted(keys) and opened.counts() == {"ready": 12, "failed": 0}
        for key in keys:
            audio, _ = sf.read(opened.path_of(key), dtype="float32")
            assert audio.shape == (TINY.frames_to_samples(8),)
    assert wav_names(bank) == {f"{k}.wav" for k in keys}  # each exactly once
    assert not [p for p in bank.iterdir() if p.suffix == ".tmp" or p.name.startswith(".")]
    verify = precompute("verify", "--bank", bank)
    assert verify.returncode == 0 and verify.stdout.strip().endswith(": ok")


# Render in this process ----------------------------------------------------------------------


def test_two_shards_fill_one_bank_like_a_full_render(
    spec_path: Path, tmp_path: Path, capsys
) -> None:
    shared, full = tmp_path / "shared", tmp_path / "full"
    assert main("render", spec_path, "--bank", shared, "--shard", "0/2") == 0
    assert main("render", spec_path, "--bank", shared, "--shard", "1/2") == 0
    assert main("render", spec_path, "--bank", full, "--batch-size", "5") == 0
    out = capsys.readouterr().out
    assert "rendered 8, failed 0 in " in out and "; shard 0/1: 8 points, 0 already" in out
    assert wav_names(shared) == wav_names(full) and len(wav_names(full)) == 8
    for name in wav_names(full):  # other batch companions, same sound
        np.testing.assert_array_equal(sf.read(shared / name)[0], sf.read(full / name)[0])
    with Bank.open(shared) as bank:  # nsynth-server finds the spec there
        assert bank.spec_path == spec_path.resolve()


def test_ctrl_c_keeps_finished_batches_and_exits_130(
    spec_path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    from precompute.model.autoencoder import Autoencoder

    real_decode, calls = Autoencoder.decode, []

    def decode(self, z, **kwargs):
        calls.append(len(z))
        if len(calls) == 2:  # Ctrl-C during the second batch
            raise KeyboardInterrupt
        return real_decode(self, z, **kwargs)

    monkeypatch.setattr(Autoencoder, "decode", decode)  # whichever backend runs
    bank = tmp_path / "bank"
    assert main("render", spec_path, "--bank", bank) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == (
        "nsynth-precompute render: interrupted (finished renders are in the bank; "
        "run again to resume)"
    )
    assert ready_count(bank) == 2
    monkeypatch.undo()
    assert main("render", spec_path, "--bank", bank) == 0
    out = capsys.readouterr().out
    assert "rendered 6, failed 0" in out and "shard 0/1: 8 points, 2 already in the bank" in out
    assert main("verify", "--bank", bank) == 0


def test_dry_run_lists_points_and_writes_nothing(
    spec_path: Path, tiny_checkpoint: Path, tmp_path: Path, capsys
) -> None:
    points = grid.expand(
        grid.load_spec(spec_path, config=TINY), fingerprint=fingerprint(tiny_checkpoint)
    )
    expected = grid.shard(points, index=1, count=2)
    assert 0 < len(expected) < len(points)
    bank = tmp_path / "bank"
    assert main("render", spec_path, "--bank", bank, "--dry-run", "--shard", "1/2") == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert not bank.exists()
    n = len(expected)
    assert (
        lines[-1]
        == f"would render {n}; shard 1/2: {n} points, 0 already in the bank (8 in the grid)"
    )
    assert [line.split(" ", 1) for line in lines[:-1]] == [
        [p.key, json.dumps(dict(p.coords))] for p in expected
    ]


def test_failed_points_are_reported_and_exit_1(
    write_spec: Callable[..., Path], spec_dir: Path, tiny_checkpoint: Path, capsys
) -> None:
    sf.write(spec_dir / "sources" / "tone.wav", np.zeros(2048), 16000)  # silent: refused
    text = render_spec_text(sources=("tone", "flute"), gains=(1.0,), checkpoint=tiny_checkpoint)
    bank = spec_dir / "bank"
    assert main("render", write_spec(text), "--bank", bank) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("rendered 1, failed 1 in ")
    assert captured.err.strip().splitlines()[-1] == (
        "nsynth-precompute render: 1 renders failed (logged above); run again to retry them"
    )
    assert main("status", "--bank", bank) == 0
    assert "failed       1" in capsys.readouterr().out


def test_limit_temperature_status_and_verify(spec_path: Path, tmp_path: Path, capsys) -> None:
    bank = tmp_path / "bank"
    assert main("render", spec_path, "--bank", bank, "--limit", "2") == 0
    assert main("render", spec_path, "--bank", bank, "--limit", "2", "--temperature", "0.5") == 0
    assert main("status", "--bank", bank) == 0
    out = capsys.readouterr().out
    assert "ready        4" in out and "failed       0" in out and '"dec_width": 16' in out
    assert main("verify", "--bank", bank) == 0
    victim = sorted(bank.glob("*.wav"))[0]
    victim.unlink()
    capsys.readouterr()
    assert main("verify", "--bank", bank) == 1
    out = capsys.readouterr().out
    assert f"ready row, no WAV: {victim.stem}" in out and out.strip().endswith("1 problems")
    assert main("verify", "--bank", bank, "--repair") == 0
    assert main("verify", "--bank", bank) == 0
    assert main("status", "--bank", bank) == 0
    assert "ready        3" in capsys.readouterr().out


def test_read_only_commands_change_nothing_in_the_bank(
    spec_path: Path, tmp_path: Path, capsys
) -> None:
    bank = tmp_path / "bank"
    assert main("render", spec_path, "--bank", bank, "--limit", "2") == 0
    for path in [*bank.iterdir(), bank]:
        os.utime(path, ns=(10**18, 10**18))  # any change would show as a newer mtime
    (bank / INDEX_NAME).chmod(0o444)
    bank.chmod(0o555)  # unwritable, except for root: then the mtimes tell
    snapshot = {p.name: p.stat().st_mtime_ns for p in [bank, *bank.iterdir()]}
    capsys.readouterr()
    try:
        assert main("status", "--bank", bank) == 0
        assert "in 3 files" in capsys.readouterr().out  # the index and two WAVs
        assert main("verify", "--bank", bank) == 0
        assert main("render", spec_path, "--bank", bank, "--dry-run") == 0
        assert "would render 6; shard 0/1: 8 points, 2 already" in capsys.readouterr().out
        assert main("estimate", spec_path, "--bank", bank) == 0
        assert {p.name: p.stat().st_mtime_ns for p in [bank, *bank.iterdir()]} == snapshot
    finally:
        bank.chmod(0o755)
        (bank / INDEX_NAME).chmod(0o644)


def test_export_without_ema_copies_says_to_pass_no_use_ema(tmp_path: Path, capsys) -> None:
    source = REPO / "samples" / "models" / "tiny-random"
    out = tmp_path / "x" / "model.ckpt-1"
    assert main("export", source, out) == 1  # --use-ema is export's default
    assert capsys.readouterr().err.strip() == (
        f"nsynth-precompute export: error: {source}/model.ckpt-0: has no "
        "ExponentialMovingAverage weights; pass --no-use-ema"
    )
    assert main("export", source, out, "--no-use-ema") == 0
    assert capsys.readouterr().out.strip() == str(out)


def test_estimate_prints_a_table(spec_path: Path, tmp_path: Path, capsys) -> None:
    assert main("estimate", spec_path, "--bank", tmp_path / "none", "--shard", "0/1") == 0
    rows = dict(line.split("  ", 1) for line in capsys.readouterr().out.strip().splitlines())
    assert rows["points in grid"].strip() == "8" and rows["to render"].strip() == "8"
    assert rows["audio"].strip() == "1.0 s" and rows["batches"].strip().startswith("4 of up to 2")
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(("backend", "cpu"), [("tf", "/CPU:0"), ("jax", "cpu:0")])
def test_device_option_places_the_model_or_names_the_devices(
    spec_path: Path, tmp_path: Path, capsys, backend: str, cpu: str
) -> None:
    args = ["render", spec_path, "--bank", tmp_path / "b", "--limit", "1", "--backend", backend]
    assert main(*args, "--device", "/CPU:0") == 0
    assert main(*args, "--device", "/GPU:7") == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"--device '/GPU:7': no such device here; available: {cpu}" in err


# Encode ------------------------------------------------------------------------------------


def test_encode_writes_stem_npy_and_never_overwrites_another(
    tiny_checkpoint: Path, tiny_model, tmp_path: Path, capsys
) -> None:
    # Names that str.strip(".wav") would mangle: "viola" -> "iol", "wave" -> "e".
    t = np.arange(3000) / 44100
    sf.write(tmp_path / "viola.wav", 0.4 * np.sin(2 * np.pi * 330 * t), 44100)
    sf.write(tmp_path / "wave.flac", np.stack([np.sin(2 * np.pi * 200 * t)] * 2, 1) / 3, 44100)
    out = tmp_path / "emb"
    args = ["encode", tmp_path / "viola.wav", tmp_path / "wave.flac"]
    args += ["--checkpoint", tiny_checkpoint, "--out", out]
    assert main(*args) == 0
    assert capsys.readouterr().out.split() == [str(out / "viola.npy"), str(out / "wave.npy")]
    for name in ("viola.wav", "wave.flac"):
        z = np.load(out / f"{Path(name).stem}.npy")
        audio = load_audio(tmp_path / name, sample_rate_hz=16000, min_samples=512)
        assert z.shape == (audio.size // 512, 16) and z.dtype == np.float32
        np.testing.assert_allclose(z, tiny_model.encode(audio), atol=1e-6)
    assert main(*args) == 0  # same content again: fine
    np.save(out / "viola.npy", np.zeros((1, 16), np.float32))
    assert main(*args) == 1
    assert "viola.npy exists and holds another embedding" in capsys.readouterr().err
    assert np.load(out / "viola.npy").shape == (1, 16)
    assert main(*args, "--force") == 0
    assert np.load(out / "viola.npy").shape == (2, 16)


def test_encode_refuses_two_inputs_with_one_stem(tmp_path: Path, capsys) -> None:
    for name in ("a/flute.wav", "b/flute.aiff"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        sf.write(tmp_path / name, np.ones(1024) / 4, 16000)
    code = main("encode", tmp_path / "a/flute.wav", tmp_path / "b/flute.aiff",
                "--checkpoint", tmp_path, "--out", tmp_path)  # fmt: skip
    assert code == 1 and "-> flute.npy" in capsys.readouterr().err
