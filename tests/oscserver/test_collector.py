"""The server's own garbage collection (oscserver/collector.py), in this process."""

from __future__ import annotations

import gc
import logging
import time
import weakref

import pytest

from oscserver.collector import Collector


class Node:
    """An object that can sit in a reference cycle and be watched through a weakref."""

    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> weakref.ref[Node]:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def wait_dead(ref: weakref.ref[Node], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while ref() is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    return ref() is None


@pytest.fixture
def python_gc_on():
    """Python's automatic collection on during the test, as it was after."""
    enabled = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if enabled else gc.disable)()


def test_collector_frees_new_cycles_on_its_own_turns_and_restores_python_gc(
    python_gc_on, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO, logger="oscserver.collector")
    with Collector(0.05) as collector:
        assert not gc.isenabled()  # no collection inside an answer
        assert gc.get_freeze_count() > 0  # the heap as it stood is never walked again
        assert wait_dead(cycle(), timeout_s=5.0)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert collector.collections >= 1  # turns (the one before freezing is not counted)
    assert 0 < collector.longest_s <= collector.total_s
    assert f"every 0.05 s): {collector.collections} collections" in caplog.text


def test_collector_turn_frees_what_python_would_have_freed(python_gc_on):
    with Collector(60.0) as collector:  # no timed turn during the test
        ref = cycle()
        for _ in range(10_000):  # allocations that would have set off Python's collection
            cycle()
        assert ref() is not None  # automatic collection is off
        assert collector.turn() >= 2 * 10_001
        assert ref() is None


def test_collector_at_zero_leaves_collection_to_python_and_times_it(
    python_gc_on, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO, logger="oscserver.collector")
    with Collector(0) as collector:
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
        ref = cycle()
        for _ in range(10_000):
            cycle()
        assert ref() is None  # Python's own collection ran
    assert collector.collections >= 1
    assert "(Python's own): " in caplog.text
    assert collector._timed not in gc.callbacks


def test_collector_leaves_python_gc_off_when_it_was_off():
    enabled = gc.isenabled()
    gc.disable()
    try:
        with Collector(60.0):
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if enabled else gc.disable)()


def test_collector_refuses_a_negative_period():
    with pytest.raises(ValueError, match="every_s=-1"):
        Collector(-1)
