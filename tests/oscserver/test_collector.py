"""The server's own garbage collection (oscserver/collector.py), in this process."""

from __future__ import annotations

import gc
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


def test_collector_frees_new_cycles_on_its_own_turns_and_restores_python_gc():
    enabled = gc.isenabled()
    gc.enable()
    try:
        with Collector(0.05) as collector:
            assert not gc.isenabled()  # no collection inside an answer
            assert gc.get_freeze_count() > 0  # the heap as it stood is never walked again
            assert wait_dead(cycle(), timeout_s=5.0)
            assert collector.turns >= 1
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        (gc.enable if enabled else gc.disable)()


def test_collector_turn_reports_what_it_freed():
    with Collector(60.0) as collector:  # no timed turn during the test
        ref = cycle()
        for _ in range(10_000):  # allocations that would have set off Python's collection
            cycle()
        assert ref() is not None  # automatic collection is off
        found, seconds = collector.turn()
        assert ref() is None
        assert found >= 2 * 10_001
        assert seconds >= 0


def test_collector_leaves_python_gc_off_when_it_was_off():
    enabled = gc.isenabled()
    gc.disable()
    try:
        with Collector(60.0):
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if enabled else gc.disable)()


@pytest.mark.parametrize("every_s", [0.0, -1.0])
def test_collector_needs_a_positive_period(every_s: float):
    with pytest.raises(ValueError, match="every_s"):
        Collector(every_s)
