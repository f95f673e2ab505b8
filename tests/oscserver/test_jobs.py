"""oscserver.jobs: the persistent, deduplicated, bounded, newest-first queue."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from oscserver import jobs
from oscserver.jobs import FULL, JOINED, SUBMITTED, JobQueue, JobStore, Waiter


def open_queue(path: Path, **kwargs) -> JobQueue:
    return JobQueue(JobStore(path / "jobs.sqlite"), **{"max_queued": 3, **kwargs})


A, B, C, D = "a" * 20, "b" * 20, "c" * 20, "d" * 20
ALICE = Waiter("127.0.0.1", 9000, req_id=1)
BOB = Waiter("127.0.0.1", 9001, note=60)


def test_submit_deduplicates_and_collects_waiters(tmp_path: Path):
    queue = open_queue(tmp_path)
    assert queue.submit(A, "{}", ALICE, now_s=1.0) == SUBMITTED
    assert queue.submit(A, "{}", BOB, now_s=2.0) == JOINED
    assert queue.submit(A, "{}", BOB, now_s=3.0) == JOINED  # the same waiter once
    assert queue.counts() == (1, 0, 0)
    job = queue.next_job()
    assert (job.key, job.attempts) == (A, 0)
    assert queue.counts() == (0, 1, 0)
    assert queue.finished(A) == [ALICE, BOB]
    assert queue.counts() == (0, 0, 1)
    assert queue.finished(A) == []


def test_newest_request_goes_first(tmp_path: Path):
    queue = open_queue(tmp_path)
    for t, key in enumerate((A, B, C)):
        queue.submit(key, "{}", ALICE, now_s=float(t))
    queue.submit(A, "{}", BOB, now_s=10.0)  # asked again: now the newest
    assert [queue.next_job().key for _ in range(3)] == [A, C, B]
    assert queue.next_job() is None


def test_full_queue_refuses_new_keys_but_not_known_ones(tmp_path: Path):
    queue = open_queue(tmp_path)
    for key in (A, B, C):
        assert queue.submit(key, "{}", ALICE, now_s=1.0) == SUBMITTED
    assert queue.submit(D, "{}", ALICE, now_s=2.0) == FULL
    assert queue.submit(B, "{}", BOB, now_s=2.0) == JOINED
    assert D not in queue.keys()
    queue.finished(A)
    assert queue.submit(D, "{}", ALICE, now_s=3.0) == SUBMITTED


def test_queue_survives_a_restart_and_reruns_running_jobs(tmp_path: Path):
    queue = open_queue(tmp_path)
    queue.submit(A, '{"r": 1}', ALICE, now_s=1.0)
    queue.submit(B, '{"r": 2}', BOB, now_s=2.0)
    queue.submit(C, '{"r": 3}', ALICE, now_s=3.0)
    assert queue.next_job().key == C  # running when the server stops
    queue.finished(C)
    assert queue.next_job().key == B
    queue.flush()
    again = open_queue(tmp_path)
    assert again.counts() == (2, 0, 1)
    job = again.next_job()
    assert (job.key, job.recipe_json) == (B, '{"r": 2}')
    assert again.finished(B) == [BOB]
    assert again.finished(A) == [ALICE]


def test_crashed_runs_are_retried_then_given_up(tmp_path: Path):
    queue = open_queue(tmp_path, max_attempts=2)
    queue.submit(A, "{}", ALICE, now_s=1.0)
    queue.next_job()
    assert queue.failed(A, "killed", retry=True) == []
    assert queue.next_job().attempts == 1
    assert queue.failed(A, "killed again", retry=True) == [ALICE]
    assert queue.counts() == (0, 0, 0)
    assert queue.next_job() is None
    assert queue.submit(A, "{}", BOB, now_s=2.0) == SUBMITTED  # asking again retries


def stored_rows(path: Path) -> tuple[int, int]:
    """(jobs, waiters) in the store at `path`."""
    with contextlib.closing(sqlite3.connect(path / "jobs.sqlite")) as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("jobs", "waiters"))  # fmt: skip


def test_failed_recipe_is_given_up_at_once_and_leaves_nothing(tmp_path: Path):
    queue = open_queue(tmp_path)
    queue.submit(A, "{}", ALICE, now_s=1.0)
    queue.submit(B, "{}", BOB, now_s=1.0)
    queue.flush()
    queue.next_job()
    assert queue.failed(B, "bad source", retry=False) == [BOB]
    assert queue.failed(B, "again", retry=False) == []
    queue.flush()
    assert stored_rows(tmp_path) == (1, 1)  # A and ALICE
    assert open_queue(tmp_path).counts() == (1, 0, 0)


def test_failed_rows_of_earlier_versions_are_dropped(tmp_path: Path):
    open_queue(tmp_path).flush()
    with contextlib.closing(sqlite3.connect(tmp_path / "jobs.sqlite")) as conn, conn:
        conn.execute("INSERT INTO jobs VALUES (?, '{}', 1.0, 'failed', 1, 'bad')", (A,))
    queue = open_queue(tmp_path)
    assert queue.counts() == (0, 0, 0) and queue.keys() == []
    queue.flush()
    assert stored_rows(tmp_path) == (0, 0)
    assert queue.submit(A, "{}", ALICE, now_s=2.0) == SUBMITTED


def test_waiters_per_job_are_bounded_in_memory_and_on_disk(tmp_path: Path):
    queue = open_queue(tmp_path)
    for i in range(jobs.MAX_WAITERS - 2):
        queue.submit(A, "{}", Waiter("h", 1, req_id=i), now_s=1.0)
    queue.flush()  # flushes in between write only what changed
    for i in range(jobs.MAX_WAITERS - 2, jobs.MAX_WAITERS + 5):
        queue.submit(A, "{}", Waiter("h", 1, req_id=i), now_s=1.0)
        if i % 3 == 0:
            queue.flush()
    queue.flush()
    expected = list(range(5, jobs.MAX_WAITERS + 5))  # the oldest were dropped
    assert [w.req_id for w in open_queue(tmp_path).finished(A)] == expected
    assert [w.req_id for w in queue.finished(A)] == expected


def test_unreadable_store_is_a_job_error(tmp_path: Path):
    (tmp_path / "jobs.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(jobs.JobError, match="jobs.sqlite"):
        open_queue(tmp_path)


def test_second_lock_on_a_bank_cache_is_refused(tmp_path: Path):
    held = jobs.lock_bank_cache(tmp_path / "cache")
    try:
        with pytest.raises(jobs.JobError, match="another nsynth-server"):
            jobs.lock_bank_cache(tmp_path / "cache")
    finally:
        held.close()
    jobs.lock_bank_cache(tmp_path / "cache").close()
