"""The server's memo of answers: which stay current when renders land."""

import numpy as np

from oscserver import lookup
from oscserver.answers import Answer as _Answer
from oscserver.memo import AnswerMemo as _AnswerMemo
from oscserver.memo import Probe as _Probe


def answer(name: str) -> _Answer:
    return _Answer(f"/bank/{name}.wav", b"", "blend", 0.1, 1.0, queue=True)


def probe(x: float, radius: float, group: int = 60) -> _Probe:
    return _Probe(np.array([x]), group, radius)


def rows(xs: list[float], pitch: int = 60, index: lookup.Neighbours | None = None):
    index = index or lookup.Neighbours.empty(categorical=np.zeros(1, bool), summary_width=2)
    keys = [f"r{len(index) + i}" for i in range(len(xs))]
    points = np.array(xs, dtype=np.float64)[:, None]
    return index.extend(keys, [pitch] * len(xs), points, np.zeros((len(xs), 2), np.float32))


def is_current(memo: _AnswerMemo, key) -> bool:
    entry = memo.get(key)
    return entry is not None and memo.current(entry)


def test_a_landing_makes_stale_only_the_stand_ins_it_changes():
    memo = _AnswerMemo(capacity=100)
    memo.put(("a", 60), 1, answer("a"), probe(0.0, radius=0.2))
    memo.put(("b", 60), 1, answer("b"), probe(1.0, radius=0.2))
    memo.put(("c", 67), 1, answer("c"), probe(0.05, radius=0.2, group=67))
    memo.put(("exact", 60), 1, answer("exact"), None)
    before = rows([0.5, 2.0])
    after = rows([0.1], index=before)  # near a; c searched another pitch group
    memo.landed(after, since=len(before), generation=2, embedding=False)
    assert not is_current(memo, ("a", 60))
    assert memo.get(("a", 60))[1] == answer("a")  # still there to serve while refreshed
    assert all(is_current(memo, k) for k in [("b", 60), ("c", 67), ("exact", 60)])
    memo.put(("a", 60), 2, answer("a2"), probe(0.0, radius=0.1))
    memo.landed(rows([0.15], index=after), since=len(after), generation=3, embedding=False)
    assert is_current(memo, ("a", 60))  # 0.15 is not nearer than its new radius 0.1


def test_an_answer_found_before_a_landing_it_missed_is_stale():
    memo = _AnswerMemo(capacity=100)
    index = rows([0.0])
    memo.landed(rows([5.0], index=index), since=1, generation=4, embedding=False)
    memo.put(("a", 60), 3, answer("a"), probe(9.0, radius=0.1))  # searched snapshot 3
    assert not is_current(memo, ("a", 60))
    memo.put(("a", 60), 4, answer("a"), probe(9.0, radius=0.1))
    assert is_current(memo, ("a", 60))


def test_invalidate_makes_all_stale_and_forget_drops_them():
    memo = _AnswerMemo(capacity=100)
    memo.put(("a", 60), 1, answer("a"), probe(0.0, radius=0.2))
    memo.put(("e", 60), 1, answer("e"), None)
    memo.invalidate(2)
    assert not is_current(memo, ("a", 60)) and not is_current(memo, ("e", 60))
    assert len(memo) == 2
    memo.put(("a", 60), 2, answer("a"), probe(0.0, radius=0.2))
    assert is_current(memo, ("a", 60))
    memo.invalidate(3, forget=True)
    assert memo.get(("a", 60)) is None and len(memo) == 0


def test_rows_of_replaced_answers_are_dropped_and_the_rest_still_checked():
    memo = _AnswerMemo(capacity=100_000)
    index = rows([-100.0])
    for generation in range(1, 6):  # every answer found again at each generation
        for i in range(3000):
            memo.put((f"k{i}", 60), generation, answer(f"k{i}"), probe(float(i), radius=0.5))
        after = rows([-100.0 - generation], index=index)  # far from all
        memo.landed(after, since=len(index), generation=generation, embedding=False)
        index = after
    assert all(is_current(memo, (f"k{i}", 60)) for i in range(3000))
    # 4 of every 5 rows were dead and dropped (at 15000 rows); the 3000 left still map
    # to their answers.
    after = rows([7.1, 2999.0], index=index)
    memo.landed(after, since=len(index), generation=6, embedding=False)
    stale = [i for i in range(3000) if not is_current(memo, (f"k{i}", 60))]
    assert stale == [7, 2999]


def test_a_full_memo_starts_over():
    memo = _AnswerMemo(capacity=3)
    for i in range(3):
        memo.put((f"k{i}", 60), 1, answer(f"k{i}"), probe(float(i), radius=0.5))
    memo.put(("k3", 60), 1, answer("k3"), probe(3.0, radius=0.5))
    assert len(memo) == 1 and is_current(memo, ("k3", 60))
    memo.landed(rows([3.1]), since=0, generation=1, embedding=False)
    assert not is_current(memo, ("k3", 60))
