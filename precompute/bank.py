"""The sample bank: one directory of WAV files plus a SQLite index.

Layout (see docs/bank.md for the schema):

    <bank>/index.sqlite      index, WAL mode, one row per render
    <bank>/<key>.wav         mono WAV at the model's sample rate, float32 or PCM-16
    <bank>/.<key>.<pid>.<token>.tmp   a write in progress (never a visible name)

Writes are atomic: the WAV goes to a temp file in the bank directory and is fsynced; then,
holding SQLite's write lock, it is renamed to `<key>.wav`, the directory is fsynced and the
row is committed. A crash at any point leaves at most a stray temp file or a WAV without a
row (both found and removed by `Bank.verify(repair=True)`), never a half-written `<key>.wav`
and never a ready row without its file. Several processes may write one bank: they take
turns for the short rename-and-commit step (SQLite busy timeout BUSY_TIMEOUT_S).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from precompute import audio_post, perturb
from precompute.audio_io import encode_wav
from precompute.errors import PrecomputeError
from precompute.model.config import ConfigError, ModelConfig

logger = logging.getLogger(__name__)

#: Name of the index inside the bank directory.
INDEX_NAME = "index.sqlite"

#: Version of the index schema; a bank with another version is refused.
SCHEMA_VERSION = 1

#: How long a writer waits for another process's write lock (s).
BUSY_TIMEOUT_S = 60.0

#: Sample formats a render may be stored in -> libsndfile WAV subtype.
SAMPLE_FORMATS: dict[str, str] = {"float32": "FLOAT", "pcm16": "PCM_16"}

#: Full-scale value of a PCM-16 sample (what libsndfile divides by when reading).
PCM16_FULL_SCALE = 32768

_KEY_RE = re.compile(r"[0-9a-f]{8,64}")
_TEMP_RE = re.compile(r"\.(?P<key>[0-9a-f]{8,64})\.(?P<pid>\d+)\.[0-9a-f]+\.tmp")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS renders (
    key           TEXT PRIMARY KEY,
    status        TEXT NOT NULL CHECK (status IN ('ready', 'failed')),
    recipe        TEXT NOT NULL,
    sources       TEXT NOT NULL,
    pitch         INTEGER,
    n_samples     INTEGER,
    duration_s    REAL,
    peak          REAL,
    rms           REAL,
    sample_format TEXT,
    n_frames      INTEGER,
    embedding     BLOB,
    fingerprint   TEXT NOT NULL,
    created_s     REAL NOT NULL,
    message       TEXT
);
CREATE INDEX IF NOT EXISTS renders_status ON renders (status);
"""

_ENTRY_COLUMNS = (
    "key, status, recipe, sources, pitch, n_samples, duration_s, peak, rms, sample_format, "
    "n_frames, embedding, fingerprint, created_s, message"
)
_ENTRY_PLACEHOLDERS = ", ".join("?" * len(_ENTRY_COLUMNS.split(",")))


class BankError(PrecomputeError):
    """The bank directory, its index, or a value given to the bank is invalid."""


@dataclasses.dataclass(frozen=True)
class Entry:
    """One row of the index.

    Attributes:
        key: The render's content key (lowercase hex).
        status: "ready" (the WAV exists) or "failed" (rendering failed; no WAV).
        path: Absolute path of the WAV for a ready entry, else None.
        recipe: The canonical recipe the render was made from.
        sources: What the caller recorded about the sources (grid: ref -> file digest).
        pitch: MIDI pitch of the render, None when unpitched.
        n_samples: Audio samples in the WAV (None when failed).
        duration_s: n_samples at the bank's sample rate (s).
        peak: Peak level of the stored audio (full-scale units).
        rms: RMS level of the stored audio (full-scale units).
        sample_format: "float32" or "pcm16".
        embedding: The decoded embedding, shape [n_frames, N_Z] float32 (read-only).
        fingerprint: Checkpoint fingerprint given by the renderer.
        created_s: When the row was written (Unix time, s).
        message: Why rendering failed (failed entries only).
    """

    key: str
    status: str
    path: Path | None
    recipe: dict[str, Any]
    sources: dict[str, Any]
    pitch: int | None
    n_samples: int | None
    duration_s: float | None
    peak: float | None
    rms: float | None
    sample_format: str | None
    embedding: np.ndarray | None = dataclasses.field(compare=False, repr=False)
    fingerprint: str
    created_s: float
    message: str | None


@dataclasses.dataclass(frozen=True)
class VerifyReport:
    """What `Bank.verify` found (and removed, when `repaired`).

    Attributes:
        missing_files: Keys of ready rows whose WAV is gone (repair: row deleted).
        bad_files: Keys of ready rows whose WAV is unreadable or of another length or sample
            rate than recorded (repair: row and WAV deleted).
        orphan_files: WAVs with no ready row, e.g. a crash between rename and commit
            (repair: deleted; the recipe is not in the WAV, so they cannot be re-indexed,
            and a resumed render writes them again).
        temp_files: Temp files left by writers that are no longer running on this host
            (repair: deleted).
        repaired: Whether the problems above were removed.
    """

    missing_files: tuple[str, ...]
    bad_files: tuple[str, ...]
    orphan_files: tuple[Path, ...]
    temp_files: tuple[Path, ...]
    repaired: bool

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not (self.missing_files or self.bad_files or self.orphan_files or self.temp_files)


def _check_key(key: Any) -> str:
    if not isinstance(key, str) or not _KEY_RE.fullmatch(key):
        raise BankError(f"key={key!r} must be 8 to 64 lowercase hex digits")
    return key


def _to_json(name: str, value: Any) -> str:
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as e:
        raise BankError(f"{name} is not JSON-serialisable: {e}") from e


def _encode(audio: np.ndarray, sample_format: str) -> tuple[np.ndarray, np.ndarray]:
    """Audio [n_samples] -> (array to write, float32 audio a reader will get back)."""
    if sample_format == "pcm16":
        full = PCM16_FULL_SCALE
        pcm = np.clip(np.round(audio.astype(np.float64) * full), -full, full - 1)
        return pcm.astype(np.int16), (pcm / full).astype(np.float32)
    return audio, audio


def create_folder(path: str | os.PathLike[str]) -> None:
    """Creates the bank folder `path` and its parents unless the folder exists.

    Raises:
        BankError: The folder cannot be created; the message names `path` as given and
            says why ("Not a directory", "Permission denied").
    """
    try:
        Path(path).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BankError(f"{path}: cannot create the bank folder: {e.strerror or e}") from e


def _read_only_uri(index: Path) -> str:
    """The SQLite URI that opens `index` (absolute) read-only without creating any file.

    `mode=ro` alone makes SQLite create the `-wal` and `-shm` files of a WAL database (or
    fail where it cannot). Without a `-wal` file no writer has the index open, so it is
    opened `immutable=1`, which needs neither; a writer that starts meanwhile appends to its
    own `-wal` and leaves the main file alone until a checkpoint (1000 pages of renders).
    """
    idle = not index.with_name(f"{index.name}-wal").exists()
    return f"{index.as_uri()}?mode=ro" + ("&immutable=1" if idle else "")


def _write_new(path: Path, data: bytes) -> None:
    """Writes a file that must not exist yet, and flushes it to the disk."""
    with open(path, "xb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error): takes the write lock at once."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # also when COMMIT itself failed
            conn.execute("ROLLBACK")
        raise


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


class Bank:
    """An open sample bank. Use `Bank.open`; close it (or use `with`) when done.

    Methods are safe to call from several threads; each process opens its own Bank.
    """

    def __init__(
        self, root: Path, conn: sqlite3.Connection, config: ModelConfig, *, read_only: bool
    ) -> None:
        self._root = root
        self._conn = conn
        self._config = config
        self._read_only = read_only
        self._lock = threading.Lock()

    # Opening --------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        config: ModelConfig | None = None,
        create: bool = False,
        read_only: bool = False,
    ) -> Bank:
        """Opens the bank in directory `path`.

        Args:
            path: The bank directory.
            config: Model configuration the bank's renders come from. Required to create a
                bank; when opening an existing one it must equal the stored configuration
                (None accepts whatever is stored).
            create: Create the directory and index if they do not exist.
            read_only: Open the index read-only, creating and changing nothing in the folder
                (see `_read_only_uri`), so a bank the caller cannot write can be read.
                Methods that write then raise BankError.

        Returns:
            The open bank.

        Raises:
            BankError: No bank there and `create` is false, `create` with `read_only`, a
                configuration mismatch, an unknown schema version, an unreadable index, or
                a bank folder that cannot be created.
        """
        root = Path(path).resolve()
        index = root / INDEX_NAME
        if create and read_only:
            raise BankError(f"{root}: a bank opened read-only cannot be created")
        if not index.is_file():
            if not create:
                raise BankError(f"{root}: no sample bank here (no {INDEX_NAME})")
            if config is None:
                raise BankError(f"{root}: creating a bank needs the model config")
            create_folder(root)
        conn = None
        try:
            conn = sqlite3.connect(
                _read_only_uri(index) if read_only else index,
                uri=read_only,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
            if not read_only:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                with _immediate(conn):
                    for statement in filter(str.strip, _SCHEMA.split(";")):
                        conn.execute(statement)
                    conn.executemany(
                        "INSERT OR IGNORE INTO meta (name, value) VALUES (?, ?)",
                        [("schema_version", str(SCHEMA_VERSION))]
                        + ([("model_config", config.to_json())] if config else []),
                    )
            # INSERT OR IGNORE: meta rows never change once written, so reading them after
            # the commit reads what was just stored.
            meta = dict(conn.execute("SELECT name, value FROM meta").fetchall())
            if meta.get("schema_version") != str(SCHEMA_VERSION):
                raise BankError(
                    f"{index}: schema version {meta.get('schema_version')}, "
                    f"expected {SCHEMA_VERSION}"
                )
            try:
                stored = ModelConfig.from_dict(json.loads(meta["model_config"]))
            except (KeyError, ValueError, ConfigError) as e:
                raise BankError(f"{index}: no valid model config stored: {e}") from e
            if config is not None and config != stored:
                raise BankError(f"{root}: bank holds renders of model {stored}, not {config}")
        except BankError:
            conn.close()
            raise
        except sqlite3.Error as e:
            if conn is not None:
                conn.close()
            raise BankError(f"{index}: cannot open the index: {e}") from e
        return cls(root, conn, stored, read_only=read_only)

    def close(self) -> None:
        """Closes the index connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Bank:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that holds the database's write lock from its start."""
        with self._lock, _immediate(self._conn):
            yield self._conn

    def _refuse_if_read_only(self, what: str) -> None:
        """Raises BankError before a write that touches the folder, not only the index."""
        if self._read_only:
            raise BankError(f"{self._root}: opened read-only, so it cannot {what}")

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, args).fetchall()
            except sqlite3.Error as e:
                raise BankError(f"{self._root / INDEX_NAME}: {e}") from e

    # Reading --------------------------------------------------------------------------

    @property
    def root(self) -> Path:
        """Absolute path of the bank directory."""
        return self._root

    @property
    def config(self) -> ModelConfig:
        """Model configuration of every render in the bank."""
        return self._config

    @property
    def spec_path(self) -> Path | None:
        """The grid spec last rendered into the bank (absolute; None when none was named)."""
        rows = self._query("SELECT value FROM meta WHERE name = 'spec'")
        return Path(rows[0][0]) if rows else None

    def record_spec(self, spec: Path) -> None:
        """Names `spec` as the grid spec the bank is rendered from (the server's default).

        Raises:
            BankError: The index cannot be written.
        """
        try:
            with self._transaction() as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO meta (name, value) VALUES ('spec', ?)",
                    (str(Path(spec).resolve()),),
                )
        except sqlite3.Error as e:
            raise BankError(f"{self._root / INDEX_NAME}: cannot record the spec: {e}") from e

    def path_of(self, key: str) -> Path:
        """Absolute path where the WAV of `key` lives (whether or not it exists yet)."""
        return self._root / f"{_check_key(key)}.wav"

    def has(self, key: str) -> bool:
        """Whether `key` has a ready render (row and WAV)."""
        _check_key(key)
        return bool(self._query("SELECT 1 FROM renders WHERE key = ? AND status = 'ready'", (key,)))

    def __len__(self) -> int:
        """Number of ready renders."""
        return self._query("SELECT COUNT(*) FROM renders WHERE status = 'ready'")[0][0]

    def counts(self) -> dict[str, int]:
        """Rows by status: {"ready": n, "failed": m}, both always present."""
        rows = self._query("SELECT status, COUNT(*) FROM renders GROUP BY status")
        return {"ready": 0, "failed": 0, **dict(rows)}

    def keys(self) -> list[str]:
        """Keys of every ready render, sorted."""
        rows = self._query("SELECT key FROM renders WHERE status = 'ready' ORDER BY key")
        return [key for (key,) in rows]

    def get(self, key: str) -> Entry | None:
        """The index row of `key` (ready or failed), or None when there is none."""
        _check_key(key)
        rows = self._query(f"SELECT {_ENTRY_COLUMNS} FROM renders WHERE key = ?", (key,))
        return self._entry(rows[0]) if rows else None

    def _entry(self, row: tuple[Any, ...]) -> Entry:
        (
            key,
            status,
            recipe,
            sources,
            pitch,
            n_samples,
            duration_s,
            peak,
            rms,
            sample_format,
            n_frames,
            embedding,
            fingerprint,
            created_s,
            message,
        ) = row
        z = None
        if embedding is not None:
            z = np.frombuffer(embedding, dtype="<f4").reshape(n_frames, self._config.n_z)
        return Entry(
            key=key,
            status=status,
            path=self.path_of(key) if status == "ready" else None,
            recipe=json.loads(recipe),
            sources=json.loads(sources),
            pitch=pitch,
            n_samples=n_samples,
            duration_s=duration_s,
            peak=peak,
            rms=rms,
            sample_format=sample_format,
            embedding=z,
            fingerprint=fingerprint,
            created_s=created_s,
            message=message,
        )

    def all_embeddings(self) -> tuple[list[str], list[np.ndarray]]:
        """Every ready render's key and embedding, in one query.

        Returns:
            (keys sorted, embeddings) with embeddings[i] of shape [n_frames_i, N_Z], float32,
            read-only; stack them (`np.stack`, or `perturb.fit_frames` first when lengths
            differ) for a [n, n_frames, N_Z] array.
        """
        rows = self._query(
            "SELECT key, n_frames, embedding FROM renders WHERE status = 'ready' ORDER BY key"
        )
        n_z = self._config.n_z
        return (
            [key for key, _, _ in rows],
            [np.frombuffer(blob, dtype="<f4").reshape(n, n_z) for _, n, blob in rows],
        )

    # Writing --------------------------------------------------------------------------

    def add(
        self,
        key: str,
        audio: np.ndarray,
        *,
        recipe: Mapping[str, Any],
        sources: Mapping[str, Any],
        embedding: np.ndarray,
        fingerprint: str,
        pitch: int | None = None,
        sample_format: str = "float32",
    ) -> Entry:
        """Stores one render atomically (see the module docstring).

        If `key` already has a ready render, nothing is written and the stored entry is
        returned: a key names one content, and the bank never overwrites it.

        Args:
            key: Content key, 8 to 64 lowercase hex digits (the WAV is `<key>.wav`).
            audio: Decoded audio, shape [n_samples], finite, full-scale units; PCM-16 clips
                it to [-1, 1).
            recipe: The canonical recipe (JSON-serialisable).
            sources: What to record about the sources (JSON-serialisable).
            embedding: The embedding that was decoded, shape [n_frames, N_Z].
            fingerprint: Checkpoint fingerprint.
            pitch: MIDI pitch of the render, or None.
            sample_format: A key of SAMPLE_FORMATS.

        Returns:
            The ready entry of `key`.

        Raises:
            BankError: An invalid argument, a bank opened read-only, or the file or the
                index cannot be written.
        """
        _check_key(key)
        self._refuse_if_read_only("store a render")
        if sample_format not in SAMPLE_FORMATS:
            raise BankError(f"sample_format={sample_format!r}; known: {sorted(SAMPLE_FORMATS)}")
        if pitch is not None and (isinstance(pitch, bool) or not isinstance(pitch, int)):
            raise BankError(f"pitch={pitch!r} must be an integer or None")
        if not isinstance(fingerprint, str):
            raise BankError(f"fingerprint={fingerprint!r} must be a string")
        try:
            audio = audio_post.as_audio(audio)
            z = perturb.as_embedding(embedding, name="embedding")
        except PrecomputeError as e:
            raise BankError(f"{key}: {e}") from e
        data, stored = _encode(audio, sample_format)
        row = (
            key,
            "ready",
            _to_json("recipe", recipe),
            _to_json("sources", sources),
            pitch,
            stored.size,
            self._config.samples_to_seconds(stored.size),
            audio_post.peak(stored),
            audio_post.rms(stored),
            sample_format,
            len(z),
            z.astype("<f4").tobytes(),
            fingerprint,
            time.time(),
            None,
        )
        if self.has(key):
            return self._existing(key)
        final = self.path_of(key)
        temp = self._root / f".{key}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        renamed = False
        try:
            wav = encode_wav(
                data, sample_rate_hz=self._config.sample_rate_hz,
                subtype=SAMPLE_FORMATS[sample_format],
            )  # fmt: skip
            _write_new(temp, wav)
            with self._transaction() as conn:
                if conn.execute(
                    "SELECT 1 FROM renders WHERE key = ? AND status = 'ready'", (key,)
                ).fetchone():
                    logger.info("%s was added by another writer; keeping that one", key)
                else:
                    os.replace(temp, final)
                    renamed = True
                    _fsync_dir(self._root)
                    conn.execute(
                        f"INSERT OR REPLACE INTO renders ({_ENTRY_COLUMNS}) "
                        f"VALUES ({_ENTRY_PLACEHOLDERS})",
                        row,
                    )
        except (OSError, sqlite3.Error, sf.LibsndfileError) as e:
            if renamed:  # the row was rolled back: take the file away again
                final.unlink(missing_ok=True)
            raise BankError(f"{final}: cannot store the render: {e}") from e
        finally:
            temp.unlink(missing_ok=True)
        return self._existing(key)

    def _existing(self, key: str) -> Entry:
        entry = self.get(key)
        if entry is None:
            raise BankError(f"{key} vanished from the index while being added")
        return entry

    def record_failure(
        self,
        key: str,
        *,
        recipe: Mapping[str, Any],
        sources: Mapping[str, Any],
        fingerprint: str,
        message: str,
    ) -> None:
        """Records that rendering `key` failed (a row with status "failed" and no WAV).

        A ready render of `key` is left as it is; a later `add` replaces the failure.

        Raises:
            BankError: An invalid argument or an unwritable index.
        """
        _check_key(key)
        recipe_json, sources_json = _to_json("recipe", recipe), _to_json("sources", sources)
        try:
            with self._transaction() as conn:
                conn.execute(
                    "INSERT INTO renders (key, status, recipe, sources, fingerprint, created_s, "
                    "message) VALUES (?, 'failed', ?, ?, ?, ?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET message = excluded.message, "
                    "created_s = excluded.created_s WHERE status = 'failed'",
                    (key, recipe_json, sources_json, fingerprint, time.time(), str(message)),
                )
        except sqlite3.Error as e:
            raise BankError(f"{self._root / INDEX_NAME}: {e}") from e

    # Checking -------------------------------------------------------------------------

    def verify(self, *, repair: bool) -> VerifyReport:
        """Compares the index with the directory and optionally removes what is wrong.

        Holds the write lock while it runs, so no writer is between rename and commit.
        Temp files of writers still running on this host are skipped (a writer on another
        host sharing the directory cannot be seen: repair only when none is running).

        Args:
            repair: Delete rows without (valid) files, orphan WAVs and stale temp files.

        Returns:
            What was found; see VerifyReport for what repair does with each kind.

        Raises:
            BankError: The index cannot be read or written, or `repair` on a bank opened
                read-only.
        """
        if repair:
            self._refuse_if_read_only("be repaired")
        try:
            with self._transaction() as conn:
                ready = dict(
                    conn.execute("SELECT key, n_samples FROM renders WHERE status = 'ready'")
                )
                report = self._scan(ready, repair=repair)
                if repair:
                    conn.executemany(
                        "DELETE FROM renders WHERE key = ?",
                        [(k,) for k in report.missing_files + report.bad_files],
                    )
        except sqlite3.Error as e:
            raise BankError(f"{self._root / INDEX_NAME}: {e}") from e
        if not report.ok:
            logger.warning(
                "%s: %d rows without file, %d bad files, %d orphan WAVs, %d temp files%s",
                self._root,
                len(report.missing_files),
                len(report.bad_files),
                len(report.orphan_files),
                len(report.temp_files),
                " (repaired)" if repair else "",
            )
        return report

    def _scan(self, ready: dict[str, int], *, repair: bool) -> VerifyReport:
        wavs, temps = {}, []
        with os.scandir(self._root) as entries:
            files = [Path(e.path) for e in entries if e.is_file(follow_symlinks=False)]
        for path in files:
            if path.suffix == ".wav" and _KEY_RE.fullmatch(path.stem):
                wavs[path.stem] = path
            elif (match := _TEMP_RE.fullmatch(path.name)) and not _pid_alive(int(match["pid"])):
                temps.append(path)
        missing, bad = [], []
        for key, n_samples in sorted(ready.items()):
            if key not in wavs:
                missing.append(key)
                continue
            try:
                info = sf.info(str(wavs[key]))
            except (sf.LibsndfileError, RuntimeError):
                bad.append(key)
                continue
            if info.frames != n_samples or info.samplerate != self._config.sample_rate_hz:
                bad.append(key)
        orphans = sorted(path for key, path in wavs.items() if key not in ready)
        if repair:
            for path in [*(wavs[k] for k in bad), *orphans, *temps]:
                path.unlink(missing_ok=True)
        return VerifyReport(
            missing_files=tuple(missing),
            bad_files=tuple(bad),
            orphan_files=tuple(orphans),
            temp_files=tuple(sorted(temps)),
            repaired=repair,
        )
