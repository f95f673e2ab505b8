"""The OSC server: its socket, the receive loop, and who answers what.

    nsynth-server --bank DIR --spec SPEC [--checkpoint CKPT] [--host 127.0.0.1 --port 7770]

The protocol is docs/protocol.md; the command line is `cli.py`. A datagram's way through:

    socket (here) -> protocol.py (decode, parse) -> answers.py (recipe, exact / nearest /
    blend) -> lookup.py, blends.py, the bank -> replies.py (socket)

This module owns the socket and the receive loop (`serve_forever`, the caller's thread),
and starts the server's other threads, each in the module of its concern:

- the receive loop decodes each datagram and answers what it knows at once (a request
  seen before by its bytes, an exact hit, a remembered stand-in, status, sources, axes);
  it hands everything slow to the threads below and never sleeps, renders, reads audio
  or waits for a lock held across I/O;
- the answer thread (`answers.Answerer`) builds new recipes, searches neighbours, makes
  blends and checks `/nsynth/set` values;
- the jobs thread (`synthesis.Synthesis`) runs the worker process and tells waiting
  clients when their sound is ready;
- the reload thread (`reload.Reloader`) absorbs renders that appear in the bank (the
  worker's, or another process's: a precompute run, another shard).

Nothing is written outside the bank directory: the cache folder holds the job queue, the
blends and the lock that keeps a second server off the same bank.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import ipaddress
import logging
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import numpy as np

from oscserver import lookup, protocol
from oscserver.answers import Answerer, Target
from oscserver.blends import BlendFiles
from oscserver.clients import Client, Clients
from oscserver.config import ServerConfig, ServerError
from oscserver.jobs import JOBS_NAME, JobQueue, JobStore, lock_bank_cache
from oscserver.protocol import NO_REQ_ID, ProtocolError
from oscserver.reload import BankRows, Reloader
from oscserver.replies import Outbox
from oscserver.synthesis import Synthesis
from oscserver.worker import WorkerProcess
from precompute import grid
from precompute.analysis.knobs_file import KNOBS_NAME, KnobsFileError, read_knobs
from precompute.bank import INDEX_NAME, Bank
from precompute.errors import PrecomputeError
from precompute.model.checkpoint import fingerprint as checkpoint_fingerprint
from precompute.model.checkpoint import resolve_checkpoint

logger = logging.getLogger(__name__)

#: The server's folder inside the bank.
CACHE_DIR = "cache"

#: Bytes read per datagram: enough to see that one is over MAX_DATAGRAM_BYTES.
RECV_BYTES = 65536

#: Kernel socket buffers asked for (bytes; the kernel may grant less).
SOCKET_BUFFER_BYTES = 4 << 20

#: Linux's SO_RCVBUFFORCE (asm-generic/socket.h), which Python's socket module does not name.
_SO_RCVBUFFORCE = 33

#: How often a rate-limited client is told (s).
RATE_LIMIT_NOTICE_S = 1.0

#: Seconds `Server.close` waits for its threads in all (the worker gets 1 s more).
CLOSE_TIMEOUT_S = 10.0

#: A /nsynth/request whose req_id is an int (the fast path looks for this prefix).
_REQUEST_HEAD = protocol.encode_string(protocol.REQUEST) + b",i"


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
            len(self._reloader.snapshot.paths),
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
        model_config = self._bank.config
        spec = grid.load_spec(config.spec, config=model_config)
        if config.temperature is not None:
            from precompute import render  # its progress bar import is not needed otherwise

            spec = render.with_temperature(spec, temperature=config.temperature)
        self._spec = spec
        reader = BankRows(self.root / INDEX_NAME)
        self._resources.append(reader)
        checkpoint, self.fingerprint = self._identify_checkpoint(reader)
        self._vocab = protocol.vocabulary(spec)
        space = lookup.RecipeSpace.from_spec(spec)
        sources = self._source_embeddings() if config.metric == "embedding" else {}
        names = [*spec.base_sources, *(n for n in spec.sources if n not in spec.base_sources)]
        # The list replies, each ended by its <address>/end, encoded once.
        self._lists = {
            address: [r.encode() for r in (*replies, end)]
            for address, replies, end in (
                (protocol.SOURCES, map(protocol.source, names), protocol.SOURCES_END),
                (protocol.AXES, self._axis_replies(), protocol.AXES_END),
                (protocol.KNOBMAP, self._knob_replies(), protocol.KNOBMAP_END),
            )
        }

        store = JobStore(self._cache / JOBS_NAME)
        self._resources.append(store)
        self._jobs = JobQueue(store, max_queued=config.queue_size, max_attempts=config.max_attempts)

        self._stop = threading.Event()
        self._served = threading.Event()
        self._signal_source: tuple[str, int] | None = None
        self._served.set()
        self._clients = Clients(default_port=config.reply_port, rate=config.client_rate)
        # The source last found over its rate, and until when (receive thread only).
        self._muted_source: tuple[Any, ...] | None = None
        self._muted_client: Client | None = None
        self._muted_until = 0.0
        self._sock, self.address, self._wake_address = self._bind()
        self._resources.append(self._sock)
        self._outbox = Outbox(self._sock)

        self._reloader = Reloader(
            root=self.root,
            reader=reader,
            spec=spec,
            space=space,
            fingerprint=self.fingerprint,
            n_z=model_config.n_z,
            poll_s=config.poll_s,
        )
        start_worker = None
        if config.worker and checkpoint is not None:
            start_worker = functools.partial(
                WorkerProcess,
                bank=self.root,
                cache=self._cache,
                spec=config.spec,
                checkpoint=checkpoint,
                fingerprint=self.fingerprint,
                use_ema=config.use_ema,
                backend=config.backend,
                nice=config.worker_nice,
                idle=config.worker_idle,
                temperature=config.temperature,
            )
        elif config.worker:
            logger.warning("no checkpoint given: requests are queued but not synthesized")
        self._synthesis = Synthesis(
            jobs=self._jobs, outbox=self._outbox, reloader=self._reloader,
            start_worker=start_worker,
        )  # fmt: skip
        self._resources.append(self._synthesis)
        self._answers = Answerer(
            config=config,
            spec=spec,
            fingerprint=self.fingerprint,
            space=space,
            sources=sources,
            model_config=model_config,
            reloader=self._reloader,
            blends=BlendFiles(
                self._cache,
                bank=self.root,
                sample_rate_hz=model_config.sample_rate_hz,
                budget_bytes=config.blend_cache_mb * 1e6,
            ),
            jobs=self._jobs,
            wake_jobs=self._synthesis.wake,
            outbox=self._outbox,
        )
        self._reloader.listen(landing=self._answers.landed, rendered=self._synthesis.rendered)
        self._reloader.absorb()
        n_rows, n_served = reader.count(), len(self._reloader.snapshot.paths)
        if n_rows and not n_served:
            raise ServerError(
                f"none of the {n_rows} renders in {self.root} is a point of {config.spec} "
                f"rendered with checkpoint {self.fingerprint} (the bank's checkpoints: "
                f"{', '.join(reader.fingerprints())}); check --spec, --checkpoint, "
                "--use-ema and --temperature"
            )
        if n_rows > n_served:
            logger.warning(
                "%d of the bank's %d renders are not points of this spec and checkpoint; "
                "they are not served",
                n_rows - n_served,
                n_rows,
            )

    # Start-up helpers --------------------------------------------------------------------

    def _identify_checkpoint(self, reader: BankRows) -> tuple[Path | None, str]:
        """(checkpoint prefix or None, fingerprint) from the options, spec or bank."""
        given = self.config.checkpoint or self._spec.render.checkpoint
        if given is not None:
            try:
                prefix = resolve_checkpoint(given)
                return prefix, checkpoint_fingerprint(prefix, use_ema=self.config.use_ema)
            except (PrecomputeError, OSError) as e:
                raise ServerError(f"--checkpoint {given}: {e}") from e
        found = reader.fingerprints()
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

    def _knob_replies(self) -> list[protocol.Reply]:
        """One /nsynth/knob per component from the knob map (`ServerConfig.knob_map`);
        none without one, or when it describes another checkpoint (logged)."""
        given = self.config.knob_map
        found = [given] if given is not None else [
            path for path in (self.root / KNOBS_NAME, self.config.spec.parent / KNOBS_NAME)
            if path.is_file()
        ]  # fmt: skip
        if not found:
            return []
        try:
            knob_map = read_knobs(found[0])
        except KnobsFileError as e:
            if given is not None:
                raise ServerError(f"--knob-map: {e}") from e
            logger.warning("%s; /nsynth/knobmap answers no knobs", e)
            return []
        if knob_map.fingerprint not in (None, self.fingerprint):
            logger.warning(
                "%s describes checkpoint %s, the bank's renders come from %s: "
                "/nsynth/knobmap answers no knobs", knob_map.path, knob_map.fingerprint,
                self.fingerprint,
            )  # fmt: skip
            return []
        logger.info("knob map: %s", knob_map.path)
        return [protocol.knob(k.component, k.short, k.strength) for k in knob_map.knobs]

    def _bind(self) -> tuple[socket.socket, tuple[str, int], tuple[str, int]]:
        config = self.config
        try:
            info = socket.getaddrinfo(config.host, config.port, type=socket.SOCK_DGRAM)
            family, _, _, _, sockaddr = info[0]
            sock = socket.socket(family, socket.SOCK_DGRAM)
        except OSError as e:
            raise ServerError(f"--host {config.host}: {e}") from e
        try:
            # The receive buffer absorbs bursts (a flood while the loop is descheduled).
            # Linux caps SO_RCVBUF at net.core.rmem_max (often 208 KiB: about 200
            # datagrams); SO_RCVBUFFORCE, allowed to root, is not capped.
            options = [socket.SO_RCVBUF, socket.SO_SNDBUF]
            if sys.platform.startswith("linux"):
                options.insert(1, _SO_RCVBUFFORCE)
            for option in options:
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
        self._synthesis.start()
        self._reloader.start(watch=self.config.watch)
        self._answers.start()

    def serve_forever(self) -> None:
        """Receives and answers datagrams until `request_shutdown` (from any thread)."""
        self._served.clear()
        sock = self._sock
        buffer = bytearray(RECV_BYTES)  # one buffer: no 64 KiB allocation per datagram
        view = memoryview(buffer)
        monotonic = time.monotonic
        try:
            while not self._stop.is_set():
                try:
                    size, source = sock.recvfrom_into(buffer)
                except OSError as e:
                    if self._stop.is_set() or sock.fileno() < 0:
                        break
                    logger.warning("receive failed: %s", e)
                    continue
                if source == self._muted_source and monotonic() < self._muted_until:
                    # A client over its rate: dropped for the cost of the receive alone,
                    # faster than any one sender can send, so the socket's buffer never
                    # fills with a flood and the other clients' requests are not lost.
                    self._muted_client.dropped += 1
                    continue
                if self._stop.is_set():
                    break
                if source[:2] == self._signal_source:  # a signal's byte (waking_on_signals)
                    continue
                data = bytes(view[:size])
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
                    self._outbox.send(
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
        self._reloader.stop()
        self._answers.stop()
        self._synthesis.stop()
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
        self._reloader.join(left)
        self._answers.join(left())
        self._synthesis.close(left())
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

    def _limited(self, client: Client, source: tuple[str, int], now: float) -> None:
        """Mutes a client's source until its rate budget refills (the receive loop drops
        what it sends meanwhile at once); tells it at most once per RATE_LIMIT_NOTICE_S."""
        self._muted_source, self._muted_client = source, client
        self._muted_until = now + self._clients.refill_s(client)
        if now - client.noticed >= RATE_LIMIT_NOTICE_S:
            client.noticed = now
            self._outbox.reject(
                client.address,
                ProtocolError(
                    protocol.RATE_LIMITED,
                    f"over {self.config.client_rate:g} messages/s: {client.dropped} dropped so far",
                ),
            )

    def _on_datagram(self, data: bytes, source: tuple[str, int]) -> None:
        now = time.monotonic()
        client = self._clients.of(source, now)
        if not self._clients.allow(client, now):
            self._limited(client, source, now)
            return
        request_bytes = None
        if data.startswith(_REQUEST_HEAD):
            # The bytes after the req_id name the recipe: a request seen before skips
            # decoding and parsing (equal bytes are an equal, already validated message).
            end = data.find(b"\0", len(_REQUEST_HEAD))
            start = (end + 4) & ~3
            if end > 0 and len(data) >= start + 4:
                request_bytes = data[len(_REQUEST_HEAD) : start] + data[start + 4 :]
                resolved = self._answers.known(request_bytes)
                if resolved is not None:
                    req_id = int.from_bytes(data[start : start + 4], "big", signed=True)
                    self._answers.serve(client, resolved, Target(client.address, req_id))
                    return
        items = protocol.decode_packet(data)
        if len(items) > 1:
            request_bytes = None  # a bundle: its bytes do not name one request
        for n, item in enumerate(items):
            if n and not self._clients.allow(client, now):  # a bundle's every message counts
                self._limited(client, source, now)
                return
            if isinstance(item, ProtocolError):
                self._outbox.reject(client.address, item)
                continue
            if item.address in protocol.REPLY_ONLY_ADDRESSES:
                logger.warning("%s:%d sent %s, a reply: ignored", *source[:2], item.address)
                continue
            try:
                client = self._dispatch(item, client, source, request_bytes)
            except ProtocolError as e:
                if not e.address:
                    e = e.with_context(req_id=e.req_id, address=item.address)
                self._outbox.reject(client.address, e)

    def _dispatch(
        self,
        message: protocol.Message,
        client: Client,
        source: tuple[str, int],
        request_bytes: bytes | None,
    ) -> Client:
        """Answers one message; returns the client (a hello changes who it is)."""
        request = protocol.parse_request(message, self._vocab)
        send = self._outbox.send
        if isinstance(request, protocol.Request):
            target = Target(client.address, request.req_id)
            self._answers.request(client, request.settings, target, request_bytes)
        elif isinstance(request, protocol.Note):
            if request.velocity != protocol.NOTE_OFF_VELOCITY:
                settings = (*client.settings.items(), ("pitch", request.pitch))
                target = Target(client.address, note=request.pitch, velocity=request.velocity)
                self._answers.request(client, settings, target, None)
        elif isinstance(request, protocol.Set):
            self._answers.set(client, request.settings)
        elif isinstance(request, protocol.Hello):
            host, port = self.address[:2]
            if request.reply_port == port and host in (source[0], "0.0.0.0", "::"):
                raise ProtocolError(
                    protocol.BAD_VALUE,
                    f"reply_port={port} is this server's own port: its replies would come "
                    "back to it; give the port your client listens on",
                )
            client = self._clients.register(source, request.reply_port, time.monotonic())
            send(protocol.welcome(len(self._reloader.snapshot.paths)).encode(), client.address)
        elif isinstance(request, protocol.Bye):
            send(protocol.BYE_REPLY.encode(), client.address)
            self._clients.forget(source, client)
        elif request.address == protocol.STATUS:
            queued, running, done = self._jobs.counts()
            reply = protocol.status(
                len(self._reloader.snapshot.paths), queued, running, done, self._synthesis.state
            )
            send(reply.encode(), client.address)
        elif request.address in self._lists:  # sources, axes, knobmap
            for datagram in self._lists[request.address]:
                send(datagram, client.address)
        else:  # WORKER
            synthesis = self._synthesis
            reply = protocol.worker(synthesis.worker_pid, synthesis.state, synthesis.restarts)
            send(reply.encode(), client.address)
        return client
