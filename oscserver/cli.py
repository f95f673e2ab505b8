"""`nsynth-server`'s command line: parses the options, starts the server, stops it on a signal."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from oscserver.collector import Collector
from oscserver.config import (
    ANSWERS,
    DEFAULT_HOST,
    DEFAULT_PORT,
    DEFAULT_REPLY_PORT,
    METRICS,
    ServerConfig,
    ServerError,
)
from oscserver.protocol import OscServerError
from oscserver.server import Server
from precompute.errors import PrecomputeError
from precompute.model.backends import BACKENDS, DEFAULT_BACKEND

logger = logging.getLogger(__name__)

PROG = "nsynth-server"

#: Seconds a thread may hold the GIL while another waits (Python's default: 0.005). The
#: receive loop must not wait behind the answer, jobs and reload threads for that long.
SWITCH_INTERVAL_S = 0.0002


# Command line ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The `nsynth-server` argument parser."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Serve a precomputed NSynth sample bank to Max/MSP (and any OSC client) "
        "over UDP; synthesize what the bank lacks in a background worker.",
        epilog="Protocol: docs/protocol.md.",
    )
    parser.add_argument("--bank", type=Path, required=True, metavar="DIR", help="bank folder")
    parser.add_argument(
        "--spec",
        type=Path,
        metavar="SPEC",
        help="the grid spec (TOML) the bank was rendered from; it maps request keys to "
        "recipes (default: the one nsynth-precompute render last recorded in the bank)",
    )
    parser.add_argument(
        "--checkpoint",
        type=Path,
        metavar="CKPT",
        help="checkpoint prefix, file or directory (default: the spec's [render] checkpoint, "
        "else the one checkpoint all renders share, with background synthesis off)",
    )
    parser.add_argument(
        "--use-ema",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="the renders used the checkpoint's EMA weights (default: raw weights)",
    )
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default=DEFAULT_BACKEND,
        help="framework the background worker runs the model on: jax or tf (TensorFlow); "
        f"both render the same sound (default: {DEFAULT_BACKEND}, the faster)",
    )
    parser.add_argument(
        "--temperature",
        type=float,
        metavar="T",
        help="sampling temperature the bank was rendered at, > 0 (default: the spec's)",
    )
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default: {DEFAULT_HOST}, this machine only; 0.0.0.0 "
        "opens the server to the network)",
    )
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"UDP port (default: {DEFAULT_PORT}; 0: any)"
    )
    parser.add_argument(
        "--reply-port",
        type=int,
        default=DEFAULT_REPLY_PORT,
        help="UDP port replies go to for clients that did not send /nsynth/hello "
        f"(default: {DEFAULT_REPLY_PORT})",
    )
    parser.add_argument(
        "--metric",
        choices=METRICS,
        default="recipe",
        help="neighbour distance: grid coordinates, or embeddings (.npy sources only) "
        "(default: recipe)",
    )
    parser.add_argument(
        "--answer",
        choices=ANSWERS,
        default="auto",
        help="stand-in for a missing sound: nearest render, blend of the nearest, or auto "
        "(blend unless one neighbour has at least --snap of the weight) (default: auto)",
    )
    parser.add_argument(
        "--neighbours", type=int, default=4, metavar="K", help="renders a blend mixes (default: 4)"
    )
    parser.add_argument(
        "--snap",
        type=float,
        default=0.75,
        metavar="W",
        help="inverse-square weight, in (0, 1], from which the nearest render is served "
        "alone (default: 0.75)",
    )
    parser.add_argument(
        "--queue-size",
        type=int,
        default=256,
        metavar="N",
        help="most sounds waiting for background synthesis (default: 256)",
    )
    parser.add_argument(
        "--worker",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="synthesize queued sounds in a background process (default: on)",
    )
    parser.add_argument(
        "--worker-nice",
        type=int,
        default=10,
        metavar="N",
        help="niceness added to the worker process, 0-19 (default: 10)",
    )
    parser.add_argument(
        "--worker-idle",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="run the worker under Linux's SCHED_IDLE policy: it only takes CPU time "
        "nothing else wants, and a request preempts a render at once (default: on)",
    )
    parser.add_argument(
        "--max-attempts",
        type=int,
        default=3,
        metavar="N",
        help="starts of one job before a crashing worker gives it up (default: 3)",
    )
    parser.add_argument(
        "--client-rate",
        type=float,
        default=20000.0,
        metavar="R",
        help="messages per second one client may send; more are dropped (default: 20000)",
    )
    parser.add_argument(
        "--watch",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="watch the bank folder for new renders (default: on; a poll runs anyway)",
    )
    parser.add_argument(
        "--poll-s",
        type=float,
        default=2.0,
        metavar="S",
        help="seconds between polls of the bank index (default: 2)",
    )
    parser.add_argument(
        "--blend-cache-mb",
        type=float,
        default=512.0,
        metavar="MB",
        help="disk the blend files in <bank>/cache/blends may take, in MB; the least "
        "recently served are deleted beyond it (default: 512)",
    )
    parser.add_argument(
        "--gc-every-s",
        type=float,
        default=0.25,
        metavar="S",
        help="collect garbage cycles every S seconds from a thread of their own, so that no "
        "collection lands inside an answer; 0: Python's own collection (default: 0.25)",
    )
    parser.add_argument(
        "--knob-map",
        type=Path,
        metavar="FILE",
        help="knobs.json (written by nsynth-precompute analyze) that /nsynth/knobmap answers "
        "from: what each embedding component does, for the knobs patches' labels (default: "
        "the bank's knobs.json, else the one beside the spec, else none)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="debug logs, and tracebacks on errors"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """`nsynth-server`: serve until SIGINT or SIGTERM; returns the exit status.

    0 after a clean shutdown, 1 when the server cannot start (one line on stderr; the
    traceback with --verbose), 2 for bad arguments.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        config = ServerConfig(
            bank=args.bank,
            spec=args.spec,
            checkpoint=args.checkpoint,
            use_ema=args.use_ema,
            backend=args.backend,
            temperature=args.temperature,
            host=args.host,
            port=args.port,
            reply_port=args.reply_port,
            metric=args.metric,
            answer=args.answer,
            neighbours=args.neighbours,
            snap=args.snap,
            queue_size=args.queue_size,
            worker=args.worker,
            worker_nice=args.worker_nice,
            worker_idle=args.worker_idle,
            max_attempts=args.max_attempts,
            client_rate=args.client_rate,
            watch=args.watch,
            poll_s=args.poll_s,
            blend_cache_mb=args.blend_cache_mb,
            gc_every_s=args.gc_every_s,
            knob_map=args.knob_map,
        )
    except ServerError as e:
        parser.error(str(e))
    try:
        server = Server(config)
    except (OscServerError, PrecomputeError, OSError) as e:
        logger.error("%s", e, exc_info=args.verbose)
        return 1

    def on_signal(signum: int, frame: Any) -> None:
        # The handler runs on the main thread, which is the receive loop: it may be
        # interrupted inside a non-reentrant lock (the task queue's) that shutdown takes
        # too. Another thread takes those locks once the main thread lets them go.
        threading.Thread(
            target=server.request_shutdown, args=(signal.Signals(signum).name,), daemon=True
        ).start()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    try:
        with server.waking_on_signals():
            server.start()
            with Collector(config.gc_every_s):  # after start: the threads' setup is frozen too
                server.serve_forever()
    finally:
        server.close()
    logger.info("stopped")
    return 0
