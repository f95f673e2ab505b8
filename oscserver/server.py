"""`nsynth-server`: answers Max/MSP (Pd, SuperCollider, any OSC client) from a sample bank.

    nsynth-server --bank DIR --spec SPEC [--checkpoint CKPT] [--host 127.0.0.1 --port 7770]

The protocol is docs/protocol.md. This module alone owns sockets and threads:

- the receive loop (`serve_forever`, the caller's thread) decodes each datagram and
  answers what it knows (a recipe seen before, an exact hit, a remembered stand-in) at
  once; it hands everything slow to the threads below and never sleeps, renders, reads
  audio or waits for a lock held across I/O;
- the answer thread builds the recipes of requests not seen before (`grid.point_at`,
  milliseconds), searches neighbours, mixes blends into `<bank>/cache/blends/` and
  answers the requests that waited for that; when no client waits it refreshes
  remembered answers that new renders changed;
- the jobs thread mirrors the job queue to `<bank>/cache/jobs.sqlite`, feeds the worker
  process (`jobs.WorkerProcess`, which alone imports TensorFlow), restarts it when it dies
  and tells waiting clients when their sound is ready;
- the reload thread absorbs renders that appear in the bank (the worker's, or another
  process's: a precompute run, another shard), woken by watchdog and by a slow poll.

An answer is found in this order (docs/protocol.md has the details):

1. exact: the request's recipe key is a ready render -> its path, rate 1 (when the
   sources have no note at the requested pitch, the recipe is the nearest note's:
   `nearest`, distance 0, with the rate that repitches it);
2. otherwise the nearest render of the nearest rendered pitch (`lookup.Neighbours`), or a
   blend of the nearest renders, with the rate that repitches them; the exact recipe is
   queued for background synthesis and `/nsynth/ready` follows when it is in the bank.

Nothing is written outside the bank directory: the cache folder holds the job queue, the
blends and the lock that keeps a second server off the same bank.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import hashlib
import io
import ipaddress
import itertools
import json
import logging
import math
import os
import queue
import select
import signal
import socket
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
import soundfile as sf

from oscserver import lookup, protocol
from oscserver.clients import Client, Clients
from oscserver.config import ServerConfig, ServerError
from oscserver.jobs import (
    FULL,
    JOBS_NAME,
    NO_NOTE,
    SUBMITTED,
    JobError,
    JobQueue,
    JobStore,
    Waiter,
    lock_bank_cache,
)
from oscserver.memo import AnswerMemo, MemoKey, Probe
from oscserver.protocol import NO_REQ_ID, OscServerError, ProtocolError
from oscserver.reload import BankEvents, BankRows, Snapshot
from oscserver.worker import WorkerProcess
from precompute import grid
from precompute.bank import INDEX_NAME, Bank
from precompute.errors import PrecomputeError
from precompute.model.checkpoint import fingerprint as checkpoint_fingerprint
from precompute.model.checkpoint import resolve_checkpoint

logger = logging.getLogger(__name__)

#: The server's folder inside the bank, and its blends folder inside that.
CACHE_DIR = "cache"
BLEND_DIR = "blends"

#: Bytes read per datagram: enough to see that one is over MAX_DATAGRAM_BYTES.
RECV_BYTES = 65536

#: Kernel socket buffers asked for (bytes; the kernel may grant less).
SOCKET_BUFFER_BYTES = 4 << 20

#: Request recipes remembered (the exact-hit path skips key hashing for these).
MEMO_ENTRIES = 65536

#: Messages that may wait for the answer thread; more are answered `busy`.
MAX_DEFERRED = 1024

#: Answers remembered (exact ones, and stand-ins with what they searched for).
ANSWER_MEMO_ENTRIES = 8192

#: Audio samples of neighbours kept in memory for blending (float32: 4 bytes each).
AUDIO_CACHE_SAMPLES = 16_000_000

#: The jobs thread's idle wake-up, which also bounds how late the queue reaches the disk (s).
FLUSH_EVERY_S = 0.5

#: Worker restart delay after a crash: doubles from the first to the last (s).
WORKER_BACKOFF_S = (0.2, 30.0)

#: After a WAV appears, how often and how long to look for its index row (s).
RELOAD_RETRY_S = 0.05
RELOAD_RETRY_FOR_S = 2.0

#: How often a rate-limited client is told (s).
RATE_LIMIT_NOTICE_S = 1.0

#: Most of the answer thread's time that refreshing remembered answers (after renders
#: land) may take. While a thread computes, the receive loop waits for the GIL after each
#: receive and send (up to the switch interval each time): a render landing amid a fast
#: sweep made the answer thread refresh without a break, and the receive loop fell
#: behind at 5000 requests/s. A stale answer is still a sound; it is replaced a bit later.
REFRESH_SHARE = 0.25

#: Seconds `Server.close` waits for its threads in all (the worker gets 1 s more).
CLOSE_TIMEOUT_S = 10.0

#: A /nsynth/request whose req_id is an int (the fast path looks for this prefix).
_REQUEST_HEAD = protocol.encode_string(protocol.REQUEST) + b",i"

#: Tasks of the answer thread.
_RESOLVE, _SERVE, _BLEND, _CHECK_SET, _REFRESH = "resolve", "serve", "blend", "check", "refresh"

#: Task priorities: shutdown, then what a client waits for, then refreshing answers.
_STOP, _URGENT, _BACKGROUND = 0, 1, 2

#: Worker states reported by /nsynth/status and /nsynth/worker.
OFF, STARTING, IDLE, RENDERING, RESTARTING = "off", "starting", "idle", "rendering", "restarting"


def _settings_key(settings: Sequence[tuple[str, Any]]) -> tuple[Any, ...]:
    """A hashable form of request settings (lists become tuples)."""
    return tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in settings)


# Values the receive thread shares ------------------------------------------------------------


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
class Blend:
    """A mix of neighbours to write to the cache before it can be served."""

    name: str
    path: Path
    keys: tuple[str, ...]
    weights: tuple[float, ...]
    nearest_distance: float  # keys[0]'s, served instead when the mix cannot be written


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


# The server -----------------------------------------------------------------------------------


class Server:
    """One server on one bank. `start()` the threads, `serve_forever()`, then `close()`.

    Construction reads the bank, the spec and the checkpoint fingerprint (no TensorFlow),
    binds the socket and takes the bank's cache lock.

    Raises:
        ServerError: The bank, spec, checkpoint or address cannot be used.
        precompute.errors.PrecomputeError: The bank or spec is invalid.
        jobs.JobError: Another server holds the bank, or its job queue is unreadable.
    """

    def __init__(self, config: ServerConfig) -> None:
        started = time.perf_counter()
        self._bank = Bank.open(config.bank)
        self.root = self._bank.root
        self._cache = self.root / CACHE_DIR
        self._resources: list[Any] = [self._bank]
        try:
            self.config = dataclasses.replace(config, spec=self._recorded_spec(config.spec))
            self._lock: IO[str] = lock_bank_cache(self._cache)
            self._resources.append(self._lock)
            self._setup()
        except BaseException:
            self._release()
            raise
        logger.info(
            "serving %d renders of %s (spec %s, checkpoint %s) on %s:%d; started in %.0f ms",
            len(self._snapshot.paths),
            self.root,
            self.config.spec,
            self.fingerprint,
            *self.address,
            1e3 * (time.perf_counter() - started),
        )

    def _recorded_spec(self, spec: Path | None) -> Path:
        """`spec`, else the one `nsynth-precompute render` recorded in the bank."""
        if spec is not None:
            return spec
        recorded = self._bank.spec_path
        if recorded is None:
            raise ServerError(
                f"{self._bank.root}: the bank does not name the spec it was rendered from "
                "(rendered before nsynth-precompute recorded it); give --spec"
            )
        if not recorded.is_file():
            raise ServerError(
                f"{self._bank.root}: the bank was rendered from {recorded}, which is gone; "
                "give --spec"
            )
        return recorded

    def _setup(self) -> None:
        config = self.config
        spec = grid.load_spec(config.spec, config=self._bank.config)
        if config.temperature is not None:
            from precompute import render  # its progress bar import is not needed otherwise

            spec = render.with_temperature(spec, temperature=config.temperature)
        self._spec = spec
        self._reader = BankRows(self.root / INDEX_NAME)
        self._resources.append(self._reader)
        self._checkpoint, self.fingerprint = self._identify_checkpoint()
        self._vocab = protocol.vocabulary(spec)
        self._space = lookup.RecipeSpace.from_spec(spec)
        self._defaults = {axis.name: axis.values[0] for axis in spec.axes}
        self._sources = self._source_embeddings() if config.metric == "embedding" else {}
        self._replies_axes = [r.encode() for r in self._axis_replies()]
        names = [*spec.base_sources, *(n for n in spec.sources if n not in spec.base_sources)]
        self._replies_sources = [protocol.source(n).encode() for n in names]

        store = JobStore(self._cache / JOBS_NAME)
        self._resources.append(store)
        self._jobs = JobQueue(store, max_queued=config.queue_size, max_attempts=config.max_attempts)

        self._blend_dir = self._cache / BLEND_DIR
        self._blend_dir.mkdir(exist_ok=True)
        for old in self._blend_dir.iterdir():  # made again when asked for: never a torn file
            old.unlink()
        # Blend files by name -> size (bytes), least recently served first.
        self._blends: collections.OrderedDict[str, int] = collections.OrderedDict()
        self._blend_bytes = 0
        self._audio: collections.OrderedDict[str, np.ndarray] = collections.OrderedDict()
        self._audio_samples = 0

        self._stop = threading.Event()
        self._served = threading.Event()
        self._signal_source: tuple[str, int] | None = None
        self._served.set()
        self._clients = Clients(default_port=config.reply_port, rate=config.client_rate)
        self._resolved: dict[tuple[Any, ...], Resolved] = {}
        self._by_bytes: dict[bytes, Resolved] = {}
        self._answers = AnswerMemo(ANSWER_MEMO_ENTRIES)
        self._sock, self.address, self._wake_address = self._bind()
        self._resources.append(self._sock)
        self._wake_r, self._wake_w = socket.socketpair()
        self._resources += [self._wake_r, self._wake_w]
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)

        self._snapshot = Snapshot(
            0,
            {},
            {},
            lookup.Neighbours.empty(
                categorical=self._space.categorical,
                summary_width=lookup.SUMMARY_SEGMENTS * self._bank.config.n_z,
            ),
        )
        self._absorb_lock = threading.Lock()
        self._last_rowid = 0
        self._rows_seen = 0
        self._pending_lock = threading.Lock()
        self._pending_wavs: set[str] = set()
        self._reload = threading.Event()
        self._absorb()
        n_rows = self._reader.count()
        if n_rows and not self._snapshot.paths:
            raise ServerError(
                f"none of the {n_rows} renders in {self.root} is a point of {config.spec} "
                f"rendered with checkpoint {self.fingerprint} (the bank's checkpoints: "
                f"{', '.join(self._reader.fingerprints())}); check --spec, --checkpoint, "
                "--use-ema and --temperature"
            )
        if n_rows > len(self._snapshot.paths):
            logger.warning(
                "%d of the bank's %d renders are not points of this spec and checkpoint; "
                "they are not served",
                n_rows - len(self._snapshot.paths),
                n_rows,
            )

        self._tasks: queue.PriorityQueue[tuple[int, int, tuple[Any, ...] | None]] = (
            queue.PriorityQueue()
        )
        self._task_numbers = itertools.count()
        self._urgent = threading.Event()  # set with every task that is not a refresh
        self._deferred = self._answered = 0
        self._refreshing: set[MemoKey] = set()
        self._threads: list[threading.Thread] = []
        self._observer: Any = None
        self._worker: WorkerProcess | None = None
        self._current: str | None = None
        self._restarts = 0
        enabled = config.worker and self._checkpoint is not None
        self._worker_state = STARTING if enabled else OFF
        if config.worker and self._checkpoint is None:
            logger.warning("no checkpoint given: requests are queued but not synthesized")

    # Start-up helpers --------------------------------------------------------------------

    def _identify_checkpoint(self) -> tuple[Path | None, str]:
        """(checkpoint prefix or None, fingerprint) from the options, spec or bank."""
        given = self.config.checkpoint or self._spec.render.checkpoint
        if given is not None:
            try:
                prefix = resolve_checkpoint(given)
                return prefix, checkpoint_fingerprint(prefix, use_ema=self.config.use_ema)
            except (PrecomputeError, OSError) as e:
                raise ServerError(f"--checkpoint {given}: {e}") from e
        found = self._reader.fingerprints()
        if len(found) != 1:
            raise ServerError(
                f"no checkpoint given (--checkpoint or the spec's [render] checkpoint) and the "
                f"bank's renders come from {len(found)} checkpoints {found}: say which one"
            )
        return None, found[0]

    def _source_embeddings(self) -> dict[str, np.ndarray]:
        """Every source's embedding, for the embedding metric (.npy sources only)."""
        out = {}
        for ref, note in self._spec.notes().items():
            if note.path.suffix != grid.EMBEDDING_SUFFIX:
                raise ServerError(
                    f"--metric embedding needs .npy sources; {note.path} is audio (encoding it "
                    "needs the model): use --metric recipe"
                )
            out[ref] = grid.load_embedding(note.path)
        return out

    def _axis_replies(self) -> list[protocol.Reply]:
        replies = []
        for axis in self._spec.axes:
            values = axis.values
            if all(isinstance(v, int | float) for v in values):
                replies.append(protocol.axis(axis.name, min(values), max(values), len(values)))
            else:  # names or lists: the range of value indices
                replies.append(protocol.axis(axis.name, 0, len(values) - 1, len(values)))
        return replies

    def _bind(self) -> tuple[socket.socket, tuple[str, int], tuple[str, int]]:
        config = self.config
        try:
            info = socket.getaddrinfo(config.host, config.port, type=socket.SOCK_DGRAM)
            family, _, _, _, sockaddr = info[0]
            sock = socket.socket(family, socket.SOCK_DGRAM)
        except OSError as e:
            raise ServerError(f"--host {config.host}: {e}") from e
        try:
            for option in (socket.SO_RCVBUF, socket.SO_SNDBUF):
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, option, SOCKET_BUFFER_BYTES)
            sock.bind(sockaddr)
        except OSError as e:
            sock.close()
            raise ServerError(f"cannot listen on {config.host}:{config.port}: {e}") from e
        host, port = sock.getsockname()[:2]
        ip = ipaddress.ip_address(host)
        if ip.is_unspecified:
            wake = ("::1" if ip.version == 6 else "127.0.0.1", port)
        else:
            wake = (host, port)
        if not ip.is_loopback:
            logger.warning("listening on %s: reachable from other machines", host)
        return sock, (host, port), wake

    # Lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Starts the answer, jobs and reload threads, and the watchdog observer."""
        for target, name in (
            (self._jobs_loop, "nsynth-jobs"),
            (self._reload_loop, "nsynth-reload"),
            (self._answer_loop, "nsynth-answer"),
        ):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        if self.config.watch:
            from watchdog.observers import Observer

            observer = Observer()
            observer.schedule(
                BankEvents(self), str(self.root), recursive=False,
                event_filter=list(BankEvents.KINDS),
            )  # fmt: skip
            observer.daemon = True
            try:
                observer.start()
                self._observer = observer
            except OSError as e:  # e.g. inotify limits: the poll still finds new renders
                logger.warning("cannot watch %s (%s); polling every %g s", self.root, e,
                               self.config.poll_s)  # fmt: skip

    def serve_forever(self) -> None:
        """Receives and answers datagrams until `request_shutdown` (from any thread)."""
        self._served.clear()
        sock = self._sock
        try:
            while not self._stop.is_set():
                try:
                    data, source = sock.recvfrom(RECV_BYTES)
                except OSError as e:
                    if self._stop.is_set() or sock.fileno() < 0:
                        break
                    logger.warning("receive failed: %s", e)
                    continue
                if self._stop.is_set():
                    break
                if source[:2] == self._signal_source:  # a signal's byte (waking_on_signals)
                    continue
                try:
                    self._on_datagram(data, source)
                except Exception as e:  # a bug answers one client; it never stops the loop
                    logger.error(
                        "internal error on a datagram from %s: %s: %s",
                        source[0],
                        type(e).__name__,
                        e,
                        exc_info=logger.isEnabledFor(logging.DEBUG),
                    )
                    client = self._clients.of(source, time.monotonic())
                    self._send(
                        protocol.error(NO_REQ_ID, protocol.INTERNAL, f"{type(e).__name__}: {e}")
                        .encode(),
                        client.address,
                    )  # fmt: skip
        finally:
            self._served.set()

    @contextlib.contextmanager
    def waking_on_signals(self) -> Iterator[None]:
        """Inside it, a signal delivered to any thread wakes `serve_forever` (call from
        the main thread).

        CPython runs Python signal handlers in the main thread, the receive loop here,
        but the kernel may deliver a signal to any thread of the process: the handler
        would then wait, with the main thread blocked in recvfrom, for the next datagram.
        Python's own C handler writes the signal's number to the wakeup fd, whichever
        thread it runs in: here a socket that sends it to the server's.
        """
        sock = socket.socket(self._sock.family, socket.SOCK_DGRAM)
        try:
            sock.connect(self._wake_address)
            sock.setblocking(False)
            self._signal_source = sock.getsockname()[:2]
            previous = signal.set_wakeup_fd(sock.fileno(), warn_on_full_buffer=False)
            try:
                yield
            finally:
                signal.set_wakeup_fd(previous)
        finally:
            sock.close()

    def request_shutdown(self, why: str = "") -> None:
        """Makes serve_forever return soon; safe from any thread (a signal handler must
        call it from another thread: it takes locks the interrupted thread may hold)."""
        if not self._stop.is_set():
            logger.info("shutting down%s", f" ({why})" if why else "")
        self._stop.set()
        self._reload.set()
        self._tasks.put((_STOP, 0, None))
        self._urgent.set()
        self._wake_jobs()
        with contextlib.suppress(OSError):
            self._sock.sendto(b"", self._wake_address)

    def close(self) -> None:
        """Stops everything: threads, worker, observer; flushes the queue; frees the bank."""
        self.request_shutdown()
        # One deadline for all of it: a stuck thread must not multiply the wait.
        deadline = time.monotonic() + CLOSE_TIMEOUT_S

        def left() -> float:
            return max(0.0, deadline - time.monotonic())

        self._served.wait(left())
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(left())
        for thread in self._threads:
            thread.join(left())
        if self._worker is not None:
            status = self._worker.stop(timeout_s=1.0)
            logger.info("worker %d stopped (status %s)", self._worker.pid, status)
            self._worker = None
        try:
            self._jobs.flush()
        except JobError as e:
            logger.error("%s", e)
        self._release()

    def _release(self) -> None:
        for resource in reversed(self._resources):
            with contextlib.suppress(Exception):
                resource.close()
        self._resources.clear()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Receive thread -------------------------------------------------------------------------

    def _send(self, data: bytes, address: tuple[str, int]) -> None:
        try:
            self._sock.sendto(data, address)
        except OSError as e:
            logger.debug("cannot send to %s:%d: %s", *address, e)

    def _reject(self, client: Client, error: ProtocolError) -> None:
        """One /nsynth/error and one log line."""
        where = (
            error.address if error.address and not error.message.startswith(error.address) else ""
        )
        logger.warning("%s:%d %s%s: %s", *client.address, error.code, where and f" {where}",
                       error.message)  # fmt: skip
        self._send(protocol.error_for(error).encode(), client.address)

    def _limited(self, client: Client, now: float) -> None:
        """Tells a client over its rate, at most once per RATE_LIMIT_NOTICE_S."""
        if now - client.noticed >= RATE_LIMIT_NOTICE_S:
            client.noticed = now
            self._reject(
                client,
                ProtocolError(
                    protocol.RATE_LIMITED,
                    f"over {self.config.client_rate:g} messages/s: {client.dropped} dropped so far",
                ),
            )

    def _on_datagram(self, data: bytes, source: tuple[str, int]) -> None:
        now = time.monotonic()
        client = self._clients.of(source, now)
        if not self._clients.allow(client, now):
            self._limited(client, now)
            return
        memo_key = None
        if data.startswith(_REQUEST_HEAD):
            # The bytes after the req_id name the recipe: a request seen before skips
            # decoding and parsing (equal bytes are an equal, already validated message).
            end = data.find(b"\0", len(_REQUEST_HEAD))
            start = (end + 4) & ~3
            if end > 0 and len(data) >= start + 4:
                memo_key = data[len(_REQUEST_HEAD) : start] + data[start + 4 :]
                resolved = self._by_bytes.get(memo_key)
                if resolved is not None:
                    req_id = int.from_bytes(data[start : start + 4], "big", signed=True)
                    self._serve(client, resolved, Target(client.address, req_id))
                    return
        items = protocol.decode_packet(data)
        if len(items) > 1:
            memo_key = None  # a bundle: its bytes do not name one request
        for n, item in enumerate(items):
            if n and not self._clients.allow(client, now):  # a bundle's every message counts
                self._limited(client, now)
                return
            if isinstance(item, ProtocolError):
                self._reject(client, item)
                continue
            if item.address in protocol.REPLY_ONLY_ADDRESSES:
                logger.warning("%s:%d sent %s, a reply: ignored", *source[:2], item.address)
                continue
            try:
                client = self._dispatch(item, client, source, memo_key)
            except ProtocolError as e:
                if not e.address:
                    e = e.with_context(req_id=e.req_id, address=item.address)
                self._reject(client, e)

    def _dispatch(
        self,
        message: protocol.Message,
        client: Client,
        source: tuple[str, int],
        memo_key: bytes | None,
    ) -> Client:
        """Answers one message; returns the client (a hello changes who it is)."""
        request = protocol.parse_request(message, self._vocab)
        if isinstance(request, protocol.Request):
            target = Target(client.address, request.req_id)
            self._request(client, request.settings, target, memo_key)
        elif isinstance(request, protocol.Note):
            if request.velocity != protocol.NOTE_OFF_VELOCITY:
                settings = (*client.settings.items(), ("pitch", request.pitch))
                target = Target(client.address, note=request.pitch, velocity=request.velocity)
                self._request(client, settings, target, None)
        elif isinstance(request, protocol.Set):
            # Applied at once, so a note right after it plays it; checked by the answer
            # thread, which undoes a value the grid does not take and says why.
            before = client.settings
            client.settings = {**before, **dict(request.settings)}
            if any(_settings_key((pair,)) not in self._resolved for pair in request.settings):
                self._defer(client, None, _CHECK_SET, client, dict(request.settings), before)
        elif isinstance(request, protocol.Hello):
            host, port = self.address[:2]
            if request.reply_port == port and host in (source[0], "0.0.0.0", "::"):
                raise ProtocolError(
                    protocol.BAD_VALUE,
                    f"reply_port={port} is this server's own port: its replies would come "
                    "back to it; give the port your client listens on",
                )
            client = self._clients.register(source, request.reply_port, time.monotonic())
            self._send(protocol.welcome(len(self._snapshot.paths)).encode(), client.address)
        elif isinstance(request, protocol.Bye):
            self._send(protocol.BYE_REPLY.encode(), client.address)
            self._clients.forget(source, client)
        elif request.address == protocol.STATUS:
            queued, running, done = self._jobs.counts()
            reply = protocol.status(
                len(self._snapshot.paths), queued, running, done, self._worker_state
            )
            self._send(reply.encode(), client.address)
        elif request.address == protocol.SOURCES:
            for datagram in [*self._replies_sources, protocol.SOURCES_END.encode()]:
                self._send(datagram, client.address)
        elif request.address == protocol.AXES:
            for datagram in [*self._replies_axes, protocol.AXES_END.encode()]:
                self._send(datagram, client.address)
        else:  # WORKER
            worker = self._worker
            reply = protocol.worker(
                worker.pid if worker is not None else -1, self._worker_state, self._restarts
            )
            self._send(reply.encode(), client.address)
        return client

    def _request(
        self,
        client: Client,
        settings: protocol.Settings,
        target: Target,
        memo_key: bytes | None,
    ) -> None:
        """Serves a request or note now if its recipe is known, else via the answer thread."""
        resolved = self._resolved.get(_settings_key(settings))
        if resolved is None:  # grid.point_at takes milliseconds: not in this thread
            self._defer(client, target, _RESOLVE, client, settings, target, memo_key)
            return
        if memo_key is not None:
            self._remember(self._by_bytes, memo_key, resolved)
        self._serve(client, resolved, target)

    @staticmethod
    def _remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
        if len(memo) >= MEMO_ENTRIES:
            memo.clear()
        memo[key] = value

    def _resolve(self, settings: Sequence[tuple[str, Any]], *, req_id: int = NO_REQ_ID) -> Resolved:
        """The recipe of a request's settings (spec defaults for axes not given).

        Raises:
            ProtocolError: BAD_VALUE (carrying req_id) for a value the grid does not take.
        """
        settings_key = _settings_key(settings)
        resolved = self._resolved.get(settings_key)
        if resolved is not None:
            return resolved
        coords = {**self._defaults, **dict(settings)}
        try:
            point = grid.point_at(self._spec, coords, fingerprint=self.fingerprint)
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
        self._remember(self._resolved, settings_key, resolved)
        return resolved

    def _serve(
        self, client: Client, resolved: Resolved, target: Target, *, answering: bool = False
    ) -> None:
        """Sends the best answer; the exact recipe is queued first when it is not it.

        In the receive thread an answer that needs a search (a stand-in not remembered
        for this bank) or a blend file not yet made goes to the answer thread; there
        (`answering`) both are done at once.
        """
        answer = self._answer(resolved, search=answering)
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
            self._reject(
                client,
                ProtocolError(
                    protocol.NOT_AVAILABLE,
                    "the bank holds nothing to stand in yet; the sound is queued for synthesis"
                    if outcome != FULL
                    else "the bank holds nothing to stand in yet",
                    req_id=target.req_id,
                    address=target.request_address,
                ),
            )
        elif answer.blend is not None and not self._blend_used(answer.blend.name):
            if not answering:
                self._defer(client, target, _BLEND, answer, target)
            else:
                self._send(target.datagram(self._made(answer)), target.address)
        else:
            self._send(target.datagram(answer), target.address)
        if outcome == FULL:
            self._reject(
                client,
                ProtocolError(
                    protocol.QUEUE_FULL,
                    f"{self._jobs.max_queued} sounds are waiting for synthesis; this one "
                    "is not queued (ask again later)",
                    req_id=target.req_id,
                    address=target.request_address,
                ),
            )

    def _answer(self, resolved: Resolved, *, search: bool = True) -> Answer | None:
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
        snapshot = self._snapshot
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
                str(self.root / f"{resolved.key}.wav"),
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

    def _stand_in(self, resolved: Resolved, snapshot: Snapshot) -> tuple[Answer, Probe]:
        """The nearest render, or a blend of the nearest ones (lookup.py's rules), and
        what a later render must beat to change it."""
        embedding = self.config.metric == "embedding"
        if embedding:
            z = grid.recipe_embedding(
                json.loads(resolved.recipe_json), self._sources, config=self._bank.config
            )
            query = lookup.summarize(z)
        else:
            query = self._space.vector(resolved.coords)
        pitch = resolved.pitch if resolved.pitch is not None else resolved.rendered_pitch
        group, rows, distances = snapshot.neighbours.query(
            query, pitch=pitch, k=self.config.neighbours, embedding=embedding
        )
        rate = lookup.repitch_rate(resolved.pitch, None if group == lookup.NO_PITCH else group)
        if self.config.answer == "nearest":
            weights = np.eye(len(distances))[0]
        else:
            snap = self.config.snap if self.config.answer == "auto" else 1.0
            weights = lookup.blend_weights(distances, snap=snap)
        keys = [snapshot.neighbours.keys[i] for i in rows]
        kept = np.flatnonzero(weights > 0)
        radius = float(distances[-1]) if len(distances) == self.config.neighbours else math.inf
        probe = Probe(query, group, radius)
        if len(kept) == 1:
            key = keys[kept[0]]
            answer = Answer(
                str(self.root / f"{key}.wav"),
                snapshot.paths[key],
                "nearest",
                float(distances[kept[0]]),
                rate,
                queue=True,
            )
            return answer, probe
        parts = tuple(keys[i] for i in kept)
        shares = tuple(round(float(weights[i]), 6) for i in kept)
        text = "|".join(f"{k}:{w:.6f}" for k, w in zip(parts, shares, strict=True))
        name = hashlib.sha256(text.encode()).hexdigest()[:20]
        path = self._blend_dir / f"{name}.wav"
        answer = Answer(
            str(path),
            protocol.encode_string(str(path)),
            "blend",
            float(np.dot(weights, distances)),
            rate,
            queue=True,
            blend=Blend(name, path, parts, shares, float(distances[kept[0]])),
        )
        return answer, probe

    def _wake_jobs(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"!")

    # Answer thread ------------------------------------------------------------------------

    def _task(self, priority: int, *task: Any) -> None:
        """Hands a task to the answer thread (FIFO within a priority)."""
        self._tasks.put((priority, next(self._task_numbers), task))
        if priority != _BACKGROUND:
            self._urgent.set()

    def _defer(self, client: Client, target: Target | None, *task: Any) -> None:
        """Hands a client's message to the answer thread; answers `busy` instead when
        MAX_DEFERRED of them wait there already (a flood of new recipes)."""
        if self._deferred - self._answered >= MAX_DEFERRED:
            self._reject(
                client,
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

    def _answer_loop(self) -> None:
        """Resolves new recipes, finds stand-ins, makes blends and checks /nsynth/set
        values, in the order they were asked for; refreshes answers new renders changed
        when no client waits, in at most REFRESH_SHARE of its time."""
        rest_until = 0.0
        while True:
            priority, number, task = self._tasks.get()
            if task is None or self._stop.is_set():
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
                    _, client, settings, target, memo_key = task
                    if target.note != NO_NOTE:
                        # A /nsynth/set value refused since the note came is put back
                        # (`_check_set`, earlier in line): the note plays without it.
                        settings = self._as_refused(client, settings)
                    try:
                        resolved = self._resolve(settings, req_id=target.req_id)
                    except ProtocolError as e:
                        where = target.request_address
                        self._reject(client, e.with_context(req_id=e.req_id, address=where))
                        continue
                    if memo_key is not None:
                        self._remember(self._by_bytes, memo_key, resolved)
                    self._serve(client, resolved, target, answering=True)
                elif kind == _SERVE:
                    _, client, resolved, target = task
                    self._serve(client, resolved, target, answering=True)
                elif kind == _BLEND:
                    _, answer, target = task
                    self._send(target.datagram(self._made(answer)), target.address)
                elif kind == _REFRESH:
                    _, resolved = task
                    self._refreshing.discard((resolved.key, resolved.pitch))
                    start = time.monotonic()
                    self._answer(resolved)
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
        self._send(reply.encode(), address)

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
                self._reject(client, e.with_context(req_id=NO_REQ_ID, address=protocol.SET))

    def _made(self, answer: Answer) -> Answer:
        """The blend answer once its file exists; its nearest part if it cannot be made."""
        blend = answer.blend
        if blend is None or self._blend_used(blend.name):
            return answer
        try:
            self._make_blend(blend)
            return answer
        except (OSError, RuntimeError, ValueError, sf.LibsndfileError) as e:
            logger.warning("cannot blend %s: %s; serving its nearest part", blend.name, e)
            key = blend.keys[0]
            return dataclasses.replace(
                answer,
                path=str(self.root / f"{key}.wav"),
                path_osc=protocol.encode_string(str(self.root / f"{key}.wav")),
                match="nearest",
                distance=blend.nearest_distance,
                blend=None,
            )

    def _blend_used(self, name: str) -> bool:
        """Whether blend `name` has its file (and marks it as just served)."""
        try:
            self._blends.move_to_end(name)
            return True
        except KeyError:  # never made, or deleted to keep the cache in its budget
            return False

    def _make_blend(self, blend: Blend) -> None:
        """Mixes the blend's parts into its cache file (atomically) and registers it."""
        clips = [self._clip(key) for key in blend.keys]
        audio = lookup.mix(clips, blend.weights)  # [n_samples]
        wav = io.BytesIO()  # encoded in memory, written with one call
        sf.write(wav, audio, self._bank.config.sample_rate_hz, subtype="FLOAT", format="WAV")
        data = wav.getvalue()
        temp = blend.path.with_name(f".{blend.name}.{os.getpid()}.tmp")
        try:
            temp.write_bytes(data)
            os.replace(temp, blend.path)
        finally:
            temp.unlink(missing_ok=True)
        self._blends[blend.name] = len(data)
        self._blend_bytes += len(data)
        budget = self.config.blend_cache_mb * 1e6
        while self._blend_bytes > budget and len(self._blends) > 1:
            oldest, size = self._blends.popitem(last=False)
            self._blend_bytes -= size
            (self._blend_dir / f"{oldest}.wav").unlink(missing_ok=True)

    def _clip(self, key: str) -> np.ndarray:
        """A render's audio [n_samples] float32, from memory when read before."""
        clip = self._audio.get(key)
        if clip is None:
            clip = sf.read(self.root / f"{key}.wav", dtype="float32", always_2d=False)[0]
            self._audio[key] = clip
            self._audio_samples += len(clip)
            while self._audio_samples > AUDIO_CACHE_SAMPLES and len(self._audio) > 1:
                _, dropped = self._audio.popitem(last=False)
                self._audio_samples -= len(dropped)
        else:
            self._audio.move_to_end(key)
        return clip

    # Bank reload --------------------------------------------------------------------------

    def _bank_changed(self, name: str) -> None:
        """watchdog: `name` changed in the bank folder (watchdog's thread)."""
        stem = name.removesuffix(".wav")
        if stem != name and stem not in self._snapshot.paths:
            with self._pending_lock:
                self._pending_wavs.add(stem)
        self._reload.set()

    def _reload_loop(self) -> None:
        while not self._stop.is_set():
            self._reload.wait(self.config.poll_s)
            self._reload.clear()
            deadline = time.monotonic() + RELOAD_RETRY_FOR_S
            while not self._stop.is_set():
                try:
                    self._absorb()
                except (ServerError, OscServerError, PrecomputeError) as e:
                    logger.error("reading new renders failed: %s", e)
                with self._pending_lock:
                    self._pending_wavs.difference_update(self._snapshot.paths)
                    if time.monotonic() > deadline:
                        self._pending_wavs.clear()
                    if not self._pending_wavs:
                        break
                # A WAV is renamed into place before its row commits: look again shortly.
                self._stop.wait(RELOAD_RETRY_S)

    def _absorb(self) -> None:
        """Makes renders added to the index since the last look servable; tells waiters."""
        with self._absorb_lock:
            snapshot = self._snapshot
            if self._reader.count() < self._rows_seen:  # rows were deleted (verify --repair)
                logger.info("renders were removed from the bank; reloading it")
                self._last_rowid = self._rows_seen = 0
                snapshot = Snapshot(
                    snapshot.generation,
                    {},
                    {},
                    lookup.Neighbours.empty(
                        categorical=self._space.categorical,
                        summary_width=snapshot.neighbours.summaries.shape[1],
                    ),
                )
            rows = self._reader.after(self._last_rowid)
            if not rows and snapshot is self._snapshot:
                return
            paths = dict(snapshot.paths)
            pitches = dict(snapshot.pitches)
            keys, row_pitches, points, summaries = [], [], [], []
            n_z = self._bank.config.n_z
            for rowid, key, recipe_text, pitch, fp, n_frames, blob in rows:
                self._last_rowid = max(self._last_rowid, rowid)
                self._rows_seen += 1
                if fp != self.fingerprint or key in paths:
                    continue
                coords = lookup.recipe_coords(self._spec, json.loads(recipe_text))
                if coords is None:
                    continue
                z = np.frombuffer(blob, dtype="<f4").reshape(n_frames, n_z)
                keys.append(key)
                row_pitches.append(lookup.NO_PITCH if pitch is None else pitch)
                points.append(self._space.vector(coords))
                summaries.append(lookup.summarize(z))
                paths[key] = protocol.encode_string(str(self.root / f"{key}.wav"))
                pitches[key] = pitch
            neighbours = snapshot.neighbours
            if keys:
                neighbours = neighbours.extend(
                    keys,
                    row_pitches,
                    np.stack(points).reshape(len(keys), self._space.width),
                    np.stack(summaries),
                )
            generation = self._snapshot.generation + 1
            before = snapshot.neighbours
            if snapshot is not self._snapshot:  # renders were removed
                self._answers.invalidate(generation, forget=True)  # none may name one
            elif set(neighbours.groups) <= set(before.groups):  # keep what renders leave
                embedding = self.config.metric == "embedding"
                self._answers.landed(
                    neighbours, since=len(before), generation=generation, embedding=embedding
                )
            else:  # a new pitch: any pitch group chosen may change
                self._answers.invalidate(generation)
            self._snapshot = Snapshot(generation, paths, pitches, neighbours)
        if keys:
            logger.info("%d new renders servable (%d in all)", len(keys), len(paths))
        for key in keys:
            self._notify_ready(key, self._jobs.finished(key))

    def _notify_ready(self, key: str, waiters: Sequence[Waiter]) -> None:
        path = str(self.root / f"{key}.wav")
        pitch = self._snapshot.pitches.get(key)
        for waiter in waiters:
            if waiter.note == NO_NOTE:
                reply = protocol.ready(waiter.req_id, path)
            else:
                reply = protocol.voice_ready(
                    waiter.note, path, lookup.repitch_rate(waiter.note, pitch)
                )
            self._send(reply.encode(), (waiter.host, waiter.port))

    def _notify_failed(self, key: str, message: str, waiters: Sequence[Waiter]) -> None:
        for waiter in waiters:
            what = "" if waiter.note == NO_NOTE else f"note {waiter.note}: "
            reply = protocol.error(
                waiter.req_id, protocol.RENDER_FAILED, f"{what}synthesis of {key} failed: {message}"
            )
            self._send(reply.encode(), (waiter.host, waiter.port))
        if waiters:
            logger.warning("gave up %s: %s (%d clients told)", key, message, len(waiters))

    # Jobs thread --------------------------------------------------------------------------

    def _jobs_loop(self) -> None:
        backoff_s = WORKER_BACKOFF_S[0]
        restart_at = 0.0
        enabled = self._worker_state != OFF
        while not self._stop.is_set():
            try:
                restart_at, backoff_s = self._jobs_step(enabled, restart_at, backoff_s)
            except Exception as e:  # logged; the loop goes on (the bank may be back soon)
                if self._stop.is_set():  # sockets closed during shutdown
                    return
                logger.error("jobs thread: %s: %s", type(e).__name__, e,
                             exc_info=logger.isEnabledFor(logging.DEBUG))  # fmt: skip
                self._stop.wait(FLUSH_EVERY_S)

    def _jobs_step(self, enabled: bool, restart_at: float, backoff_s: float) -> tuple[float, float]:
        """One turn of the jobs thread: (re)start the worker, hand it a job, flush the
        queue, wait for an event. Returns the next restart time and restart delay."""
        now = time.monotonic()
        if enabled and self._worker is None and now >= restart_at:
            if not self._start_worker():
                return now + backoff_s, min(2 * backoff_s, WORKER_BACKOFF_S[1])
        if self._worker is not None and self._worker_state == IDLE:
            job = self._jobs.next_job()
            if job is not None:
                self._current = job.key
                self._worker_state = RENDERING
                self._worker.send({"op": "render", "key": job.key, "recipe": job.recipe_json})
        try:
            self._jobs.flush()
        except JobError as e:
            logger.error("%s", e)
        timeout = FLUSH_EVERY_S
        if enabled and self._worker is None:
            timeout = max(0.0, min(timeout, restart_at - now))
        waiting: list[Any] = [self._wake_r]
        if self._worker is not None:
            waiting.append(self._worker)
        readable, _, _ = select.select(waiting, [], [], timeout)
        if self._wake_r in readable:
            with contextlib.suppress(OSError):
                self._wake_r.recv(4096)
        if self._worker is None or self._worker not in readable:
            return restart_at, backoff_s
        events = self._worker.events()
        if events is None:
            self._worker_died(backoff_s)
            return time.monotonic() + backoff_s, min(2 * backoff_s, WORKER_BACKOFF_S[1])
        for event in events:
            if self._on_worker_event(event):
                backoff_s = WORKER_BACKOFF_S[0]
        return restart_at, backoff_s

    def _start_worker(self) -> bool:
        """Starts a worker process; False (logged) when it cannot be started."""
        assert self._checkpoint is not None  # enabled only with a checkpoint
        try:
            self._worker = WorkerProcess(
                bank=self.root,
                cache=self._cache,
                spec=self.config.spec,
                checkpoint=self._checkpoint,
                fingerprint=self.fingerprint,
                use_ema=self.config.use_ema,
                nice=self.config.worker_nice,
                idle=self.config.worker_idle,
                temperature=self.config.temperature,
            )
        except OSError as e:
            logger.error("cannot start the worker: %s", e)
            self._worker_state = RESTARTING
            return False
        self._worker_state = STARTING
        logger.info("worker %d starting", self._worker.pid)
        return True

    def _on_worker_event(self, event: Mapping[str, Any]) -> bool:
        """Handles one worker event; True when a render succeeded."""
        kind = event.get("event")
        if kind == "ready":
            self._worker_state = IDLE
            logger.info("worker %d ready", self._worker.pid if self._worker else -1)
        elif kind == "done":
            key = str(event.get("key"))
            self._current = None
            self._worker_state = IDLE
            self._absorb()
            waiters = self._jobs.finished(key)  # when the render was not new to the index
            self._notify_ready(key, waiters)
            return True
        elif kind == "failed":
            key, message = str(event.get("key")), str(event.get("message"))
            self._current = None
            self._worker_state = IDLE
            self._notify_failed(key, message, self._jobs.failed(key, message, retry=False))
        elif kind == "fatal":
            logger.error("worker cannot start: %s", event.get("message"))
        elif kind != "started":
            logger.warning("unknown worker event %r", event)
        return False

    def _worker_died(self, backoff_s: float) -> None:
        worker = self._worker
        assert worker is not None
        status = worker.stop(timeout_s=1.0)  # reaps it and closes its pipes
        self._worker = None
        self._restarts += 1
        self._worker_state = RESTARTING
        logger.warning(
            "worker %d exited (status %s)%s; restarting in %.1f s",
            worker.pid,
            status,
            f" while rendering {self._current}" if self._current else "",
            backoff_s,
        )
        if self._current is not None:
            key, self._current = self._current, None
            message = f"the worker exited with status {status} while rendering it"
            self._notify_failed(key, message, self._jobs.failed(key, message, retry=True))
