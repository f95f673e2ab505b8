"""From a parsed request to the sound that answers it: exact, nearest or blend.

An answer is found in this order (docs/protocol.md has the details):

1. exact: the request's recipe key is a ready render -> its path, rate 1 (when the
   sources have no note at the requested pitch, the recipe is the nearest note's:
   `nearest`, distance 0, with the rate that repitches it);
2. otherwise the nearest render of the nearest rendered pitch (`lookup.Neighbours`), or a
   blend of the nearest renders (`blends.py`), with the rate that repitches them; the
   exact recipe is queued for background synthesis (`jobs.JobQueue`) and `/nsynth/ready`
   follows when it is in the bank.

Threads. The receive loop calls `request`, `serve` and `set` and answers at once what is
known: a recipe seen before, an exact hit, a remembered stand-in. Everything slow goes to
the answer thread (`Answerer.start`), in the order it was asked for: building the recipe
of a request not seen before (`grid.point_at`, milliseconds), searching neighbours,
mixing a blend file, checking a `/nsynth/set` value. When no client waits, the answer
thread refreshes remembered answers that new renders changed, in at most REFRESH_SHARE of
its time. The memos of recipes are written by the answer thread and read by the receive
loop without a lock (dict reads and writes are atomic under the GIL).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
import math
import queue
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import soundfile as sf

from oscserver import lookup, protocol
from oscserver.blends import Blend, BlendFiles
from oscserver.clients import Client
from oscserver.config import ServerConfig
from oscserver.jobs import FULL, NO_NOTE, SUBMITTED, JobQueue, Waiter
from oscserver.memo import AnswerMemo, MemoKey, Probe
from oscserver.protocol import NO_REQ_ID, ProtocolError
from oscserver.reload import NEW_PITCH, REMOVED, Landing, Reloader, Snapshot
from oscserver.replies import Outbox
from precompute import grid
from precompute.model.config import ModelConfig

logger = logging.getLogger(__name__)

#: Request recipes remembered (the exact-hit path skips key hashing for these).
MEMO_ENTRIES = 65536

#: Messages that may wait for the answer thread; more are answered `busy`.
MAX_DEFERRED = 1024

#: Answers remembered (exact ones, and stand-ins with what they searched for).
ANSWER_MEMO_ENTRIES = 8192

#: Most of the answer thread's time that refreshing remembered answers (after renders
#: land) may take. While a thread computes, the receive loop waits for the GIL after each
#: receive and send (up to the switch interval each time): a render landing amid a fast
#: sweep made the answer thread refresh without a break, and the receive loop fell
#: behind at 5000 requests/s. A stale answer is still a sound; it is replaced a bit later.
REFRESH_SHARE = 0.25

#: Tasks of the answer thread.
_RESOLVE, _SERVE, _BLEND, _CHECK_SET, _REFRESH = "resolve", "serve", "blend", "check", "refresh"

#: Task priorities: shutdown, then what a client waits for, then refreshing answers.
_STOP, _URGENT, _BACKGROUND = 0, 1, 2


def settings_key(settings: Sequence[tuple[str, Any]]) -> tuple[Any, ...]:
    """A hashable form of request settings (lists become tuples)."""
    return tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in settings)


@dataclasses.dataclass(frozen=True)
class Resolved:
    """A request's recipe (remembered per distinct request).

    Attributes:
        key: Bank key of the recipe.
        recipe_json: The canonical recipe.
        pitch: Requested MIDI pitch (None when the spec has no pitch axis).
        rendered_pitch: The recipe's pitch: the note its sources play (grid pitch rule).
        coords: Canonical value of every axis.
    """

    key: str
    recipe_json: str
    pitch: int | None
    rendered_pitch: int | None
    coords: Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class Answer:
    """What a request is answered with.

    Attributes:
        path: Absolute path of the WAV to play.
        path_osc: The same as an OSC string.
        match: "exact", "nearest" or "blend".
        distance: 0 for exact; lookup.py's distance to the nearest, or the weighted mean
            distance of a blend's parts.
        rate: Playback-rate factor to the requested pitch.
        queue: Whether the exact recipe should be synthesized.
        blend: The mix to make first (blends only).
    """

    path: str
    path_osc: bytes
    match: str
    distance: float
    rate: float
    queue: bool
    blend: Blend | None = None


@dataclasses.dataclass(frozen=True)
class Target:
    """Where and how to send an answer: a /nsynth/sample (request) or /nsynth/voice (note)."""

    address: tuple[str, int]
    req_id: int = NO_REQ_ID
    note: int = NO_NOTE
    velocity: int = 0

    @property
    def request_address(self) -> str:
        """The address that asked: /nsynth/request or /nsynth/note."""
        return protocol.REQUEST if self.note == NO_NOTE else protocol.NOTE

    def datagram(self, answer: Answer) -> bytes:
        if self.note == NO_NOTE:
            return protocol.sample_datagram(
                self.req_id, answer.path_osc, answer.match, answer.distance, answer.rate
            )
        return protocol.voice(
            self.note, self.velocity, answer.path, answer.match, answer.distance, answer.rate
        ).encode()


def _remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
    if len(memo) >= MEMO_ENTRIES:
        memo.clear()
    memo[key] = value


class Answerer:
    """Answers requests and notes from the bank as served, and runs the answer thread.

    Args:
        config: The server's options (metric, answer policy, neighbours, snap).
        spec: The grid spec requests are points of.
        fingerprint: The checkpoint's (part of every recipe key).
        space: The spec's recipe space.
        sources: Source embeddings by ref, for the embedding metric (else empty).
        model_config: The bank's model (embedding shapes).
        reloader: The bank as served.
        blends: The blend files.
        jobs: The job queue non-exact answers submit to.
        wake_jobs: Tells the jobs thread that a job was submitted.
        outbox: Where answers go.
    """

    def __init__(
        self,
        *,
        config: ServerConfig,
        spec: grid.GridSpec,
        fingerprint: str,
        space: lookup.RecipeSpace,
        sources: Mapping[str, np.ndarray],
        model_config: ModelConfig,
        reloader: Reloader,
        blends: BlendFiles,
        jobs: JobQueue,
        wake_jobs: Callable[[], None],
        outbox: Outbox,
    ) -> None:
        self._config = config
        self._spec = spec
        self._fingerprint = fingerprint
        self._space = space
        self._sources = sources
        self._model_config = model_config
        self._embedding = config.metric == "embedding"
        self._defaults = {axis.name: axis.values[0] for axis in spec.axes}
        self._reloader = reloader
        self._blends = blends
        self._jobs = jobs
        self._wake_jobs = wake_jobs
        self._outbox = outbox
        self._resolved: dict[tuple[Any, ...], Resolved] = {}
        self._by_bytes: dict[bytes, Resolved] = {}
        self._answers: AnswerMemo[Answer] = AnswerMemo(ANSWER_MEMO_ENTRIES)
        self._tasks: queue.PriorityQueue[tuple[int, int, tuple[Any, ...] | None]] = (
            queue.PriorityQueue()
        )
        self._task_numbers = itertools.count()
        self._urgent = threading.Event()  # set with every task that is not a refresh
        self._deferred = self._answered = 0
        self._refreshing: set[MemoKey] = set()
        self._stopped = False
        self._thread: threading.Thread | None = None

    # Receive thread -----------------------------------------------------------------------

    def known(self, request_bytes: bytes) -> Resolved | None:
        """The recipe of a /nsynth/request seen before, by its bytes after the req_id."""
        return self._by_bytes.get(request_bytes)

    def request(
        self,
        client: Client,
        settings: protocol.Settings,
        target: Target,
        request_bytes: bytes | None,
    ) -> None:
        """Serves a request or note now if its recipe is known, else via the answer thread.

        Args:
            client: Who asked.
            settings: The recipe's key/value pairs.
            target: Where the answer goes.
            request_bytes: The request's bytes after the req_id (remembered with its
                recipe, for `known`); None for a note or a message of a bundle.
        """
        resolved = self._resolved.get(settings_key(settings))
        if resolved is None:  # grid.point_at takes milliseconds: not in this thread
            self._defer(client, target, _RESOLVE, client, settings, target, request_bytes)
            return
        if request_bytes is not None:
            _remember(self._by_bytes, request_bytes, resolved)
        self.serve(client, resolved, target)

    def set(self, client: Client, settings: protocol.Settings) -> None:
        """Applies /nsynth/set values to the client's note settings at once, so a note
        right after plays them; the answer thread checks values it has not seen before,
        and undoes (and names) one the grid does not take."""
        before = client.settings
        client.settings = {**before, **dict(settings)}
        if any(settings_key((pair,)) not in self._resolved for pair in settings):
            self._defer(client, None, _CHECK_SET, client, dict(settings), before)

    def serve(
        self, client: Client, resolved: Resolved, target: Target, *, answering: bool = False
    ) -> None:
        """Sends the best answer; the exact recipe is queued first when it is not it.

        In the receive thread an answer that needs a search (a stand-in not remembered
        for this bank) or a blend file not yet made goes to the answer thread; there
        (`answering`) both are done at once.
        """
        answer = self.answer(resolved, search=answering)
        if answer is None and not answering:
            self._defer(client, target, _SERVE, client, resolved, target)
            return
        outcome = None
        if answer is None or answer.queue:
            waiter = Waiter(*target.address, req_id=target.req_id, note=target.note)
            outcome = self._jobs.submit(
                resolved.key, resolved.recipe_json, waiter, now_s=time.time()
            )
            if outcome == SUBMITTED:
                self._wake_jobs()
        if answer is None:
            self._outbox.reject(
                client.address,
                ProtocolError(
                    protocol.NOT_AVAILABLE,
                    "the bank holds nothing to stand in yet; the sound is queued for synthesis"
                    if outcome != FULL
                    else "the bank holds nothing to stand in yet",
                    req_id=target.req_id,
                    address=target.request_address,
                ),
            )
        elif answer.blend is not None and not self._blends.used(answer.blend.name):
            if not answering:
                self._defer(client, target, _BLEND, answer, target)
            else:
                self._outbox.send(target.datagram(self._made(answer)), target.address)
        else:
            self._outbox.send(target.datagram(answer), target.address)
        if outcome == FULL:
            self._outbox.reject(
                client.address,
                ProtocolError(
                    protocol.QUEUE_FULL,
                    f"{self._jobs.max_queued} sounds are waiting for synthesis; this one "
                    "is not queued (ask again later)",
                    req_id=target.req_id,
                    address=target.request_address,
                ),
            )

    # Finding answers ----------------------------------------------------------------------

    def answer(self, resolved: Resolved, *, search: bool = True) -> Answer | None:
        """The best answer the bank holds now.

        A stand-in found before renders were added that changed it is still given (its
        file exists) while the answer thread finds the new one, so a render landing
        never makes clients wait.

        Args:
            resolved: The request's recipe.
            search: Find a stand-in when none is known (a search and maybe a blend file:
                milliseconds); False returns None instead.

        Returns:
            The answer; None when the bank holds nothing at all (or see `search`).
        """
        snapshot = self._reloader.snapshot
        memo_key = (resolved.key, resolved.pitch)
        remembered = self._answers.get(memo_key)
        if (
            remembered is not None
            and self._answers.current(remembered)
            and (remembered[2] is None or resolved.key not in snapshot.paths)
        ):  # (a stand-in is never current once its own recipe is rendered)
            return remembered[1]
        path_osc = snapshot.paths.get(resolved.key)
        if path_osc is not None:
            rate = lookup.repitch_rate(resolved.pitch, resolved.rendered_pitch)
            answer = Answer(
                str(self._reloader.path(resolved.key)),
                path_osc,
                "exact" if rate == 1.0 else "nearest",
                0.0,
                rate,
                queue=False,
            )
            probe = None
        elif not search:
            if remembered is None:
                return None
            if memo_key not in self._refreshing:
                self._refreshing.add(memo_key)
                self._task(_BACKGROUND, _REFRESH, resolved)
            return remembered[1]
        elif not len(snapshot.neighbours):
            return None
        else:
            answer, probe = self._stand_in(resolved, snapshot)
            answer = self._made(answer)  # remembered only once its file exists
        self._answers.put(memo_key, snapshot.generation, answer, probe)
        return answer

    def landed(self, landing: Landing) -> None:
        """Renders landed (`Reloader.listen`): marks the answers they change as stale."""
        if landing.kind == REMOVED:
            self._answers.invalidate(landing.generation, forget=True)  # none may name one
        elif landing.kind == NEW_PITCH:  # any pitch group chosen may change
            self._answers.invalidate(landing.generation)
        else:  # keep what renders leave
            self._answers.landed(
                landing.neighbours,
                since=landing.since,
                generation=landing.generation,
                embedding=self._embedding,
            )

    def _stand_in(self, resolved: Resolved, snapshot: Snapshot) -> tuple[Answer, Probe]:
        """The nearest render, or a blend of the nearest ones (lookup.py's rules), and
        what a later render must beat to change it."""
        config = self._config
        if self._embedding:
            z = grid.recipe_embedding(
                json.loads(resolved.recipe_json), self._sources, config=self._model_config
            )
            query = lookup.summarize(z)
        else:
            query = self._space.vector(resolved.coords)
        pitch = resolved.pitch if resolved.pitch is not None else resolved.rendered_pitch
        group, rows, distances = snapshot.neighbours.query(
            query, pitch=pitch, k=config.neighbours, embedding=self._embedding
        )
        rate = lookup.repitch_rate(resolved.pitch, None if group == lookup.NO_PITCH else group)
        if config.answer == "nearest":
            weights = np.eye(len(distances))[0]
        else:
            snap = config.snap if config.answer == "auto" else 1.0
            weights = lookup.blend_weights(distances, snap=snap)
        keys = [snapshot.neighbours.keys[i] for i in rows]
        kept = np.flatnonzero(weights > 0)
        radius = float(distances[-1]) if len(distances) == config.neighbours else math.inf
        probe = Probe(query, group, radius)
        if len(kept) == 1:
            key = keys[kept[0]]
            answer = Answer(
                str(self._reloader.path(key)),
                snapshot.paths[key],
                "nearest",
                float(distances[kept[0]]),
                rate,
                queue=True,
            )
            return answer, probe
        blend = self._blends.blend(
            [keys[i] for i in kept],
            [round(float(weights[i]), 6) for i in kept],
            nearest_distance=float(distances[kept[0]]),
        )
        answer = Answer(
            str(blend.path),
            protocol.encode_string(str(blend.path)),
            "blend",
            float(np.dot(weights, distances)),
            rate,
            queue=True,
            blend=blend,
        )
        return answer, probe

    def _made(self, answer: Answer) -> Answer:
        """The blend answer once its file exists; its nearest part if it cannot be made."""
        blend = answer.blend
        if blend is None or self._blends.used(blend.name):
            return answer
        try:
            self._blends.make(blend)
            return answer
        except (OSError, RuntimeError, ValueError, sf.LibsndfileError) as e:
            logger.warning("cannot blend %s: %s; serving its nearest part", blend.name, e)
            path = self._reloader.path(blend.keys[0])
            return dataclasses.replace(
                answer,
                path=str(path),
                path_osc=protocol.encode_string(str(path)),
                match="nearest",
                distance=blend.nearest_distance,
                blend=None,
            )

    def _resolve(self, settings: Sequence[tuple[str, Any]], *, req_id: int = NO_REQ_ID) -> Resolved:
        """The recipe of a request's settings (spec defaults for axes not given).

        Raises:
            ProtocolError: BAD_VALUE (carrying req_id) for a value the grid does not take.
        """
        key = settings_key(settings)
        resolved = self._resolved.get(key)
        if resolved is not None:
            return resolved
        given = dict(settings)
        try:
            if "source" in given and self._spec.mode == "bilinear":
                # A corner by name overrides x and y (a player's pad sliders send them too).
                given.update(grid.corner_at(self._spec, given.pop("source")))
            coords = {**self._defaults, **given}
            point = grid.point_at(self._spec, coords, fingerprint=self._fingerprint)
        except grid.GridError as e:
            raise ProtocolError(protocol.BAD_VALUE, str(e), req_id=req_id) from e
        canonical = grid.canonical(coords)
        resolved = Resolved(
            key=point.key,
            recipe_json=point.recipe_json,
            pitch=canonical.get("pitch"),
            rendered_pitch=point.pitch,
            coords=canonical,
        )
        _remember(self._resolved, key, resolved)
        return resolved

    # The answer thread --------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="nsynth-answer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Makes the answer thread end soon (any thread: the queue is thread-safe)."""
        self._stopped = True
        self._tasks.put((_STOP, 0, None))
        self._urgent.set()

    def join(self, timeout_s: float) -> None:
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _task(self, priority: int, *task: Any) -> None:
        """Hands a task to the answer thread (FIFO within a priority)."""
        self._tasks.put((priority, next(self._task_numbers), task))
        if priority != _BACKGROUND:
            self._urgent.set()

    def _defer(self, client: Client, target: Target | None, *task: Any) -> None:
        """Hands a client's message to the answer thread; answers `busy` instead when
        MAX_DEFERRED of them wait there already (a flood of new recipes)."""
        if self._deferred - self._answered >= MAX_DEFERRED:
            self._outbox.reject(
                client.address,
                ProtocolError(
                    protocol.BUSY,
                    f"{MAX_DEFERRED} messages wait for new recipes, searches or blends; "
                    "this one is dropped (ask again)",
                    req_id=target.req_id if target is not None else NO_REQ_ID,
                    address=target.request_address if target is not None else protocol.SET,
                ),
            )
            return
        self._deferred += 1  # written by the receive thread only
        self._task(_URGENT, *task)

    def _loop(self) -> None:
        """Resolves new recipes, finds stand-ins, makes blends and checks /nsynth/set
        values, in the order they were asked for; refreshes answers new renders changed
        when no client waits, in at most REFRESH_SHARE of its time."""
        rest_until = 0.0
        while True:
            priority, number, task = self._tasks.get()
            if task is None or self._stopped:
                return
            if priority == _BACKGROUND and (rest := rest_until - time.monotonic()) > 0:
                self._tasks.put((priority, number, task))  # keeps its place in line
                self._urgent.wait(rest)
                self._urgent.clear()
                continue
            if priority == _URGENT:
                self._answered += 1  # written by this thread only
            try:
                kind = task[0]
                if kind == _RESOLVE:
                    _, client, settings, target, request_bytes = task
                    if target.note != NO_NOTE:
                        # A /nsynth/set value refused since the note came is put back
                        # (`_check_set`, earlier in line): the note plays without it.
                        settings = self._as_refused(client, settings)
                    try:
                        resolved = self._resolve(settings, req_id=target.req_id)
                    except ProtocolError as e:
                        where = target.request_address
                        self._outbox.reject(
                            client.address, e.with_context(req_id=e.req_id, address=where)
                        )
                        continue
                    if request_bytes is not None:
                        _remember(self._by_bytes, request_bytes, resolved)
                    self.serve(client, resolved, target, answering=True)
                elif kind == _SERVE:
                    _, client, resolved, target = task
                    self.serve(client, resolved, target, answering=True)
                elif kind == _BLEND:
                    _, answer, target = task
                    self._outbox.send(target.datagram(self._made(answer)), target.address)
                elif kind == _REFRESH:
                    _, resolved = task
                    self._refreshing.discard((resolved.key, resolved.pitch))
                    start = time.monotonic()
                    self.answer(resolved)
                    spent = time.monotonic() - start
                    rest_until = start + spent / REFRESH_SHARE
                else:
                    _, client, values, before = task
                    self._check_set(client, values, before)
            except Exception as e:  # a bug answers `internal`; the thread goes on
                logger.error("internal error in the answer thread: %s: %s", type(e).__name__, e,
                             exc_info=logger.isEnabledFor(logging.DEBUG))  # fmt: skip
                self._tell_internal(task, e)

    def _tell_internal(self, task: tuple[Any, ...], e: Exception) -> None:
        """Answers the client a failed task was for (if any) with `internal`."""
        if task[0] == _CHECK_SET:
            address, req_id, where = task[1].address, NO_REQ_ID, protocol.SET
        else:
            target = next((t for t in task if isinstance(t, Target)), None)
            if target is None:  # a refresh: nobody waits
                return
            address, req_id, where = target.address, target.req_id, target.request_address
        reply = protocol.error(req_id, protocol.INTERNAL, f"{where}: {type(e).__name__}: {e}")
        self._outbox.send(reply.encode(), address)

    @staticmethod
    def _as_refused(client: Client, settings: protocol.Settings) -> protocol.Settings:
        """A note's settings with each value `_check_set` refused since replaced by what
        the client has now (the value put back, or none)."""
        if not client.refused:
            return settings
        out = []
        for key, value in settings:
            if key in client.refused and client.refused[key] == value:
                if key not in client.settings:
                    continue
                value = client.settings[key]
            out.append((key, value))
        return tuple(out)

    def _check_set(
        self, client: Client, values: Mapping[str, Any], before: Mapping[str, Any]
    ) -> None:
        """Puts back the settings `before` for /nsynth/set values the grid does not take
        (unless set again since), each named in an error."""
        for key, value in values.items():
            try:
                self._resolve(((key, value),))
            except ProtocolError as e:
                client.refused[key] = value
                if client.settings.get(key) == value:
                    settings = {k: v for k, v in client.settings.items() if k != key}
                    if key in before:
                        settings[key] = before[key]
                    client.settings = settings
                self._outbox.reject(
                    client.address, e.with_context(req_id=NO_REQ_ID, address=protocol.SET)
                )
