"""Properties of the sample bank (precompute.bank), including real crashes and concurrency."""

from __future__ import annotations

import inspect
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from precompute.bank import INDEX_NAME, Bank, BankError
from precompute.errors import PrecomputeError
from precompute.model.config import H512_BO16, TINY

from .conftest import REPO


def amplitude(i: int, writer: str) -> float:
    """Peak of clip `i` as writer `writer` renders it (writers differ on purpose)."""
    return 0.05 + 0.9 * ((37 * i + (11 if writer == "b" else 0)) % 97) / 97


def key_of(i: int) -> str:
    return f"{i:016x}"


# A real writer process: adds clips first..last-1 (forever when last < 0), printing each
# index once stored. With a stage it stops inside the 4th add and prints the stage name:
#   mid-write: half the WAV bytes are in the temp file;
#   renamed:   the WAV has its final name, the row is not committed.
WRITER = (
    inspect.getsource(amplitude)
    + inspect.getsource(key_of)
    + r"""
import sys, time
import numpy as np
import precompute.bank
from precompute.bank import Bank
from precompute.model.config import TINY

def clip(i, writer):
    t = np.arange(2 * TINY.sample_rate_hz) / TINY.sample_rate_hz
    return (amplitude(i, writer) * np.sin(2 * np.pi * 220 * t)).astype(np.float32)

def stop_mid_write():
    def write(path, data):
        with open(path, "xb") as file:
            file.write(data[: len(data) // 2])
            file.flush()
        print("mid-write", flush=True)
        time.sleep(60)
    precompute.bank._write_new = write

def stop_after_rename():
    real = precompute.bank._fsync_dir
    def fsync_dir(path):
        real(path)
        print("renamed", flush=True)
        time.sleep(60)
    precompute.bank._fsync_dir = fsync_dir

bank_dir, writer, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
stage = sys.argv[5] if len(sys.argv) > 5 else ""
bank = Bank.open(bank_dir, config=TINY, create=True)
i = first
while last < 0 or i < last:
    if i == first + 3 and stage:
        {"mid-write": stop_mid_write, "renamed": stop_after_rename}[stage]()
    bank.add(key_of(i), clip(i, writer), recipe={"i": i, "writer": writer}, sources={},
             embedding=np.full((4, 16), i, np.float32), fingerprint="fp")
    print(i, flush=True)
    i += 1
"""
)


def _start_writer(bank_dir: Path, writer: str, first: int, last: int, stage: str = ""):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    args = [sys.executable, "-c", WRITER, str(bank_dir), writer, str(first), str(last), stage]
    return subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _read_until(proc: subprocess.Popen, marker: bytes, *, timeout_s: float = 20.0) -> bytes:
    """Reads the writer's stdout until `marker` appears; fails on timeout or exit."""
    deadline, seen = time.monotonic() + timeout_s, b""
    while marker not in seen:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            proc.kill()
            pytest.fail(f"writer never printed {marker!r}; got {seen!r}")
        chunk = os.read(proc.stdout.fileno(), 4096)
        if not chunk:
            pytest.fail(f"writer exited early: {proc.wait()} {proc.stderr.read().decode()}")
        seen += chunk
    return seen


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    proc.stderr.close()


def _assert_consistent(bank: Bank) -> None:
    """Every ready row has a complete WAV whose content matches the row and its writer."""
    for key in bank.keys():
        entry = bank.get(key)
        audio, rate = sf.read(entry.path, dtype="float32")
        assert rate == TINY.sample_rate_hz
        assert len(audio) == entry.n_samples == 2 * TINY.sample_rate_hz
        assert float(np.abs(audio).max()) == pytest.approx(entry.peak, abs=1e-7)
        expected = amplitude(entry.recipe["i"], entry.recipe["writer"])
        assert entry.peak == pytest.approx(expected, rel=1e-3)
        np.testing.assert_array_equal(entry.embedding, np.full((4, 16), entry.recipe["i"]))


@pytest.fixture
def bank(tmp_path: Path):
    with Bank.open(tmp_path / "bank", config=TINY, create=True) as opened:
        yield opened


def _add(bank: Bank, i: int, *, n_samples: int = 1600, **kwargs):
    audio = (amplitude(i, "a") * np.sin(np.arange(n_samples) * 0.05)).astype(np.float32)
    kwargs = {
        "recipe": {"i": i},
        "sources": {"s": "d"},
        "fingerprint": "fp",
        "embedding": np.full((3, 16), i, np.float32),
        **kwargs,
    }
    return bank.add(key_of(i), audio, **kwargs), audio


# Single process -----------------------------------------------------------------------------


@pytest.mark.parametrize(("sample_format", "atol"), [("float32", 0.0), ("pcm16", 1 / 32768)])
def test_add_then_get_round_trips(bank: Bank, sample_format: str, atol: float) -> None:
    entry, audio = _add(bank, 7, pitch=62, sample_format=sample_format)
    assert entry == bank.get(key_of(7))
    assert entry.status == "ready" and bank.has(key_of(7))
    assert entry.path == bank.root / f"{key_of(7)}.wav" and entry.path.is_absolute()
    stored, rate = sf.read(entry.path, dtype="float32")
    assert rate == TINY.sample_rate_hz
    assert (
        sf.info(str(entry.path)).subtype == {"float32": "FLOAT", "pcm16": "PCM_16"}[sample_format]
    )
    np.testing.assert_allclose(stored, audio, atol=atol, rtol=0)
    assert entry.n_samples == 1600 and entry.duration_s == pytest.approx(0.1)
    assert entry.peak == pytest.approx(float(np.abs(stored).max()), abs=1e-7)
    assert entry.rms == pytest.approx(float(np.sqrt(np.mean(stored.astype(np.float64) ** 2))))
    assert (entry.recipe, entry.sources, entry.pitch) == ({"i": 7}, {"s": "d"}, 62)
    assert entry.fingerprint == "fp" and entry.sample_format == sample_format
    np.testing.assert_array_equal(entry.embedding, np.full((3, 16), 7, np.float32))
    assert abs(entry.created_s - time.time()) < 60


def test_pcm16_clips_instead_of_wrapping(bank: Bank) -> None:
    audio = np.array([1.5, -1.5, 0.5, 1.0], np.float32)
    entry = bank.add(
        key_of(1),
        audio,
        recipe={},
        sources={},
        fingerprint="fp",
        embedding=np.zeros((1, 16)),
        sample_format="pcm16",
    )
    stored, _ = sf.read(entry.path, dtype="float32")
    np.testing.assert_allclose(stored, [32767 / 32768, -1.0, 0.5, 32767 / 32768])
    assert entry.peak == 1.0


def test_adding_existing_key_keeps_first_render(bank: Bank) -> None:
    first, audio = _add(bank, 3)
    again = bank.add(
        key_of(3),
        audio * 0.1,
        recipe={"i": "other"},
        sources={},
        fingerprint="x",
        embedding=np.zeros((3, 16)),
    )
    assert again == first
    np.testing.assert_array_equal(sf.read(first.path, dtype="float32")[0], audio)
    assert not list(bank.root.glob("*.tmp"))


def test_keys_len_and_all_embeddings_in_one_query(bank: Bank) -> None:
    for i in (5, 1, 9):
        _add(bank, i, embedding=np.full((i, 16), i, np.float32))
    bank.record_failure(key_of(4), recipe={}, sources={}, fingerprint="fp", message="NaN")
    assert bank.keys() == [key_of(1), key_of(5), key_of(9)]
    assert len(bank) == 3
    keys, embeddings = bank.all_embeddings()
    assert keys == bank.keys()
    for key, z in zip(keys, embeddings, strict=True):
        i = int(key, 16)
        assert z.dtype == np.float32 and z.shape == (i, 16)
        np.testing.assert_array_equal(z, i)


def test_key_lookup_uses_the_primary_key_index(bank: Bank) -> None:
    with sqlite3.connect(bank.root / INDEX_NAME) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM renders WHERE key = ?", ("0",)
        ).fetchall()
    assert "INDEX" in str(plan) and "SCAN" not in str(plan)


def test_record_failure_then_add_replaces_it(bank: Bank) -> None:
    bank.record_failure(key_of(2), recipe={"i": 2}, sources={}, fingerprint="fp", message="NaN out")
    failed = bank.get(key_of(2))
    assert (failed.status, failed.message, failed.path) == ("failed", "NaN out", None)
    assert not bank.has(key_of(2)) and bank.keys() == []
    entry, _ = _add(bank, 2)
    assert entry.status == "ready" and entry.message is None
    bank.record_failure(key_of(2), recipe={}, sources={}, fingerprint="fp", message="late")
    assert bank.get(key_of(2)).status == "ready"  # a failure never hides a render
    assert bank.verify(repair=False).ok


def test_counts_rows_by_status(bank: Bank) -> None:
    assert bank.counts() == {"ready": 0, "failed": 0}
    _add(bank, 1)
    _add(bank, 2)
    bank.record_failure(key_of(3), recipe={}, sources={}, fingerprint="fp", message="bad")
    assert bank.counts() == {"ready": 2, "failed": 1}


def test_get_unknown_key_is_none(bank: Bank) -> None:
    assert bank.get("deadbeefdeadbeef") is None
    assert not bank.has("deadbeefdeadbeef")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"key": "../../etc/passwd"}, "lowercase hex"),
        ({"key": "ABCDEF0123"}, "lowercase hex"),
        ({"audio": np.zeros((2, 10))}, r"shape \[n_samples\]"),
        ({"audio": np.array([0.0, np.nan])}, "non-finite"),
        ({"embedding": np.zeros((3, 15))}, r"embedding must have shape \[n_frames, 16\]"),
        ({"sample_format": "pcm24"}, r"known: \['float32', 'pcm16'\]"),
        ({"recipe": {"x": object()}}, "recipe is not JSON"),
        ({"sources": {"x": float("nan")}}, "sources is not JSON"),
        ({"pitch": 60.0}, "pitch=60.0"),
    ],
)
def test_add_rejects_invalid_arguments(bank: Bank, changes: dict, message: str) -> None:
    args = {
        "key": key_of(1),
        "audio": np.zeros(10, np.float32),
        "recipe": {},
        "sources": {},
        "embedding": np.zeros((3, 16)),
        "fingerprint": "fp",
        **changes,
    }
    key, audio = args.pop("key"), args.pop("audio")
    with pytest.raises(BankError, match=message):
        bank.add(key, audio, **args)
    assert not list(bank.root.glob("*.wav")) and not list(bank.root.glob("*.tmp"))


def test_bank_error_is_a_precompute_error() -> None:
    assert issubclass(BankError, PrecomputeError)


def test_open_needs_create_and_config(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="no sample bank here"):
        Bank.open(tmp_path / "none")
    assert not (tmp_path / "none").exists()
    with pytest.raises(BankError, match="needs the model config"):
        Bank.open(tmp_path / "none", create=True)


def test_reopen_reads_stored_config_and_refuses_another(tmp_path: Path) -> None:
    with Bank.open(tmp_path / "b", config=TINY, create=True) as bank:
        _add(bank, 1)
    with Bank.open(tmp_path / "b") as bank:
        assert bank.config == TINY and bank.keys() == [key_of(1)]
    with pytest.raises(BankError, match="holds renders of model"):
        Bank.open(tmp_path / "b", config=H512_BO16)


def test_open_refuses_other_schema_version(tmp_path: Path) -> None:
    Bank.open(tmp_path / "b", config=TINY, create=True).close()
    with sqlite3.connect(tmp_path / "b" / INDEX_NAME) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE name = 'schema_version'")
    with pytest.raises(BankError, match="schema version 99, expected 1"):
        Bank.open(tmp_path / "b")


def _snapshot(folder: Path) -> dict[str, int]:
    """Name -> mtime (ns) of the folder ("." ) and of everything in it."""
    return {p.name: p.stat().st_mtime_ns for p in [folder, *folder.iterdir()]}


def test_read_only_open_changes_nothing_and_reads_an_unwritable_copy(tmp_path: Path) -> None:
    with Bank.open(tmp_path / "b", config=TINY, create=True) as bank:
        for i in range(2):
            _add(bank, i)
    copy = shutil.copytree(tmp_path / "b", tmp_path / "copy")
    for path in [*copy.iterdir(), copy]:
        os.utime(path, ns=(10**18, 10**18))  # any change would show as a newer mtime
    (copy / INDEX_NAME).chmod(0o444)
    copy.chmod(0o555)
    try:
        before = _snapshot(copy)
        with Bank.open(copy, config=TINY, read_only=True) as bank:
            assert bank.keys() == [key_of(0), key_of(1)] and bank.counts()["ready"] == 2
            assert bank.verify(repair=False).ok
            with pytest.raises(BankError, match="read-only, so it cannot be repaired"):
                bank.verify(repair=True)
            with pytest.raises(BankError, match="read-only, so it cannot store a render"):
                _add(bank, 2)
        assert _snapshot(copy) == before
        if os.geteuid() != 0:  # root may write anyway; others cannot open it for writing
            with pytest.raises(BankError, match="readonly database"):
                Bank.open(copy)
    finally:
        copy.chmod(0o755)
        (copy / INDEX_NAME).chmod(0o644)
    with pytest.raises(BankError, match="cannot be created"):
        Bank.open(copy, config=TINY, create=True, read_only=True)


def test_read_only_open_sees_an_open_writers_rows(bank: Bank) -> None:
    _add(bank, 1)  # committed in the writer's -wal, not yet in the main file
    before = _snapshot(bank.root)
    with Bank.open(bank.root, read_only=True) as reader:
        assert reader.keys() == [key_of(1)]
    assert _snapshot(bank.root) == before


def test_uncreatable_bank_folder_is_a_bank_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(BankError, match="/file/sub: cannot create the bank folder: Not a dir"):
        Bank.open(tmp_path / "file" / "sub", config=TINY, create=True)


def _dead_pid() -> int:
    """The id of a process that has exited."""
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait()
    return child.pid


def test_verify_finds_and_repairs_mismatches(bank: Bank) -> None:
    for i in range(5):
        _add(bank, i)
    bank.path_of(key_of(0)).unlink()  # row without file
    path = bank.path_of(key_of(1))
    path.write_bytes(path.read_bytes()[:-400])  # truncated: wrong length
    sf.write(bank.root / f"{key_of(99)}.wav", np.zeros(10), TINY.sample_rate_hz)  # no row
    stale = bank.root / f".{key_of(98)}.{_dead_pid()}.0a0b.tmp"
    live = bank.root / f".{key_of(97)}.{os.getpid()}.0c0d.tmp"
    stale.write_bytes(b"half")
    live.write_bytes(b"in progress")
    (bank.root / "notes.txt").write_text("not ours")

    report = bank.verify(repair=False)
    assert report.missing_files == (key_of(0),)
    assert report.bad_files == (key_of(1),)
    assert report.orphan_files == (bank.root / f"{key_of(99)}.wav",)
    assert report.temp_files == (stale,)
    assert not report.ok and not report.repaired
    assert stale.exists() and bank.has(key_of(0))  # reporting changes nothing

    repaired = bank.verify(repair=True)
    assert repaired.repaired and repaired.missing_files == report.missing_files
    assert bank.keys() == [key_of(i) for i in (2, 3, 4)]
    assert not path.exists() and not stale.exists()
    assert not (bank.root / f"{key_of(99)}.wav").exists()
    assert live.exists() and (bank.root / "notes.txt").exists()
    assert bank.verify(repair=False).ok
    _add(bank, 1)  # a resumed render fills the repaired gap
    assert bank.verify(repair=False).ok


# Real processes ---------------------------------------------------------------------------


def test_sigkill_mid_write_leaves_no_partial_file(tmp_path: Path) -> None:
    proc = _start_writer(tmp_path / "bank", "a", 0, 10, stage="mid-write")
    _read_until(proc, b"mid-write")
    _kill(proc)
    with Bank.open(tmp_path / "bank") as bank:
        assert bank.keys() == [key_of(i) for i in range(3)]
        assert not bank.path_of(key_of(3)).exists()  # the half file never got its name
        assert sorted(p.name for p in bank.root.glob("*.wav")) == [
            f"{key_of(i)}.wav" for i in range(3)
        ]
        _assert_consistent(bank)
        report = bank.verify(repair=True)
        assert [p.name.split(".")[1] for p in report.temp_files] == [key_of(3)]
        assert not (report.missing_files or report.bad_files or report.orphan_files)
        assert not list(bank.root.glob("*.tmp"))
        assert bank.verify(repair=False).ok


def test_sigkill_between_rename_and_commit_leaves_only_an_orphan(tmp_path: Path) -> None:
    proc = _start_writer(tmp_path / "bank", "a", 0, 10, stage="renamed")
    _read_until(proc, b"renamed")
    _kill(proc)
    with Bank.open(tmp_path / "bank") as bank:
        orphan = bank.path_of(key_of(3))
        assert orphan.exists() and not bank.has(key_of(3))  # file complete, row rolled back
        assert sf.info(str(orphan)).frames == 2 * TINY.sample_rate_hz
        _assert_consistent(bank)
        report = bank.verify(repair=False)
        assert report.orphan_files == (orphan,) and not report.missing_files
        bank.verify(repair=True)
        assert not orphan.exists() and bank.verify(repair=False).ok
        assert bank.keys() == [key_of(i) for i in range(3)]


def test_sigkill_in_write_loop_keeps_index_consistent(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    for round_ in range(3):
        proc = _start_writer(tmp_path / "bank", "a", 1000 * round_, -1)
        _read_until(proc, b"\n")
        time.sleep(float(rng.uniform(0.0, 0.05)))
        _kill(proc)
    with Bank.open(tmp_path / "bank") as bank:
        assert len(bank) >= 3
        _assert_consistent(bank)
        report = bank.verify(repair=True)
        assert not (report.missing_files or report.bad_files)  # never a row without its file
        assert bank.verify(repair=False).ok
        assert not list(bank.root.glob("*.tmp"))


def test_two_processes_write_concurrently(tmp_path: Path) -> None:
    writers = [
        _start_writer(tmp_path / "bank", "a", 0, 40),
        _start_writer(tmp_path / "bank", "b", 20, 60),
    ]
    for proc in writers:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()
    with Bank.open(tmp_path / "bank") as bank:
        assert bank.keys() == [key_of(i) for i in range(60)]
        _assert_consistent(bank)  # shared keys: file and row from the same writer
        writers_of = {bank.get(key_of(i)).recipe["writer"] for i in range(20, 40)}
        assert writers_of <= {"a", "b"}
        assert bank.verify(repair=False).ok
