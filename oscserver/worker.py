"""The background worker: a separate process that alone loads the model and renders jobs.

The worker (`python -m oscserver.worker ...`, started by `WorkerProcess`) loads the
checkpoint once and renders one job at a time into the bank (`render_recipe`), so the
server's socket loop never waits for the model. Server and worker talk in JSON lines
over the worker's stdin and stdout:

    server -> worker   {"op": "render", "key": K, "recipe": R}   {"op": "stop"}
    worker -> server   {"event": "ready", "pid": P, "fingerprint": F}
                       {"event": "started", "key": K}
                       {"event": "done", "key": K}
                       {"event": "failed", "key": K, "message": M}
                       {"event": "fatal", "message": M}   (then it exits)

`WorkerProcess` is the server's handle on it (no threads); the jobs thread
(`synthesis.py`) starts, feeds and restarts it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from oscserver.jobs import JobError
from oscserver.protocol import OscServerError
from precompute.model.backends import BACKENDS, DEFAULT_BACKEND

if TYPE_CHECKING:
    import numpy as np

    from precompute.bank import Bank, Entry
    from precompute.grid import GridSpec
    from precompute.model.autoencoder import Autoencoder

logger = logging.getLogger(__name__)


# The worker process -----------------------------------------------------------------------------


class WorkerProcess:
    """A running worker (`python -m oscserver.worker`); a handle, no threads.

    Args:
        bank: The bank directory.
        cache: The server's folder in the bank: the worker's home and temporary folders
            are made there.
        spec: The grid spec file.
        checkpoint: The checkpoint to load.
        fingerprint: What the checkpoint's fingerprint must be (the server's keys use it).
        use_ema: Load the EMA weights.
        backend: Framework to run the model on (`precompute.model.backends.BACKENDS`).
        nice: Niceness added to the worker (it yields the CPU to the socket loop).
        idle: Run the worker's threads under Linux's SCHED_IDLE policy: a datagram for
            the socket loop then preempts a render at once.
        temperature: Sampling temperature override (None: the spec's).
    """

    def __init__(
        self,
        *,
        bank: Path,
        cache: Path,
        spec: Path,
        checkpoint: Path,
        fingerprint: str,
        use_ema: bool = False,
        backend: str = DEFAULT_BACKEND,
        nice: int = 10,
        idle: bool = True,
        temperature: float | None = None,
    ) -> None:
        argv = [
            sys.executable, "-m", "oscserver.worker",
            "--bank", str(bank), "--spec", str(spec), "--checkpoint", str(checkpoint),
            "--fingerprint", fingerprint, "--backend", backend, "--nice", str(nice),
        ]  # fmt: skip
        if use_ema:
            argv.append("--use-ema")
        if idle:
            argv.append("--idle")
        if temperature is not None:
            argv += ["--temperature", repr(temperature)]
        # Importing TensorFlow writes to the home folder (Keras's config, matplotlib's font
        # cache through Keras) and to TMPDIR (autograph's generated code, left there by a
        # killed worker). The worker's home and temporary folders are inside the bank,
        # where everything the server writes goes; an earlier worker's temporary files are
        # removed.
        home, scratch = cache / "home", cache / "tmp"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        home.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "TF_CPP_MIN_LOG_LEVEL": os.environ.get("TF_CPP_MIN_LOG_LEVEL", "2"),
            "HOME": str(home),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "KERAS_HOME": str(home / ".keras"),
            "MPLCONFIGDIR": str(home / ".config" / "matplotlib"),
            "TMPDIR": str(scratch),
        }
        package_root = str(Path(__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, os.environ.get("PYTHONPATH")) if p
        )
        # A process group of its own: Ctrl-C in a terminal reaches the server, which
        # stops it. Not a session of its own: Linux's autogroup scheduling would then
        # weigh the worker against the server as an equal group, whatever its niceness.
        self._proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, process_group=0
        )
        self._out = self._proc.stdout.fileno()
        os.set_blocking(self._out, False)
        self._buffer = b""

    @property
    def pid(self) -> int:
        return self._proc.pid

    def fileno(self) -> int:
        """The worker's stdout (readable when events or EOF arrive)."""
        return self._out

    def send(self, message: Mapping[str, Any]) -> bool:
        """Writes one command; False when the worker is gone."""
        try:
            self._proc.stdin.write((json.dumps(message) + "\n").encode())
            self._proc.stdin.flush()
            return True
        except (BrokenPipeError, OSError, ValueError):
            return False

    def events(self) -> list[dict[str, Any]] | None:
        """Events that arrived (non-blocking); None once the worker has exited."""
        try:
            while chunk := os.read(self._out, 65536):
                self._buffer += chunk
            eof = True
        except BlockingIOError:
            eof = False
        *lines, self._buffer = self._buffer.split(b"\n")
        events = []
        for line in lines:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                logger.warning("worker %d wrote a line that is not an event: %r", self.pid, line)
                continue
            if isinstance(event, dict):
                events.append(event)
        if eof and not events:
            return None
        return events

    def wait(self, timeout_s: float) -> int | None:
        """Exit status, waiting at most timeout_s; None if still running."""
        try:
            return self._proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            return None

    def stop(self, *, timeout_s: float = 3.0) -> int:
        """Asks the worker to stop (after its current render), then kills it if needed."""
        self.send({"op": "stop"})
        with contextlib.suppress(OSError):
            self._proc.stdin.close()
        status = self.wait(timeout_s)
        if status is None:
            self._proc.terminate()
            status = self.wait(timeout_s)
        if status is None:
            self._proc.kill()
            status = self._proc.wait()
        with contextlib.suppress(OSError):
            self._proc.stdout.close()
        return status


# Rendering one recipe (runs in the worker) -------------------------------------------------------


def render_recipe(
    spec: GridSpec,
    model: Autoencoder,
    bank: Bank,
    key: str,
    recipe: Mapping[str, Any],
    *,
    sources: dict[str, np.ndarray],
) -> Entry:
    """Renders one recipe into the bank exactly as the batch renderer would.

    Same embedding (`grid.recipe_embedding`), same sampler seed (`render.point_seed` of
    the key and the recipe's seed), same post-processing (`render.post_process`), so the
    WAV equals the one `nsynth-precompute render` stores for that point (decoding does
    not depend on the batch). `render.render` renders a spec's grid; this renders one
    recipe the grid need not hold.

    Args:
        spec: The spec the recipe is a point of, loaded with the model's config.
        model: The loaded autoencoder.
        bank: The bank to store into.
        key: The recipe's bank key.
        recipe: The canonical recipe.
        sources: Source embeddings already computed, by ref ([n_frames, n_z] each);
            the ones this recipe adds are stored into it.

    Returns:
        The bank entry of `key`.

    Raises:
        JobError: The key does not belong to the recipe, or a source file changed.
        precompute.errors.PrecomputeError: Encoding, editing, decoding or storing failed.
    """
    from precompute import grid, render

    expected = grid.recipe_key(recipe, config=model.config, fingerprint=model.fingerprint)
    if expected != key:
        raise JobError(f"{key} is not the key of its recipe ({expected}) for this checkpoint")
    notes = spec.notes()
    for ref, digest in recipe["sources"].items():
        if ref not in notes or notes[ref].digest != digest:
            raise JobError(f"{key}: source {ref} is not in {spec.path} as recorded ({digest})")
    missing = [ref for ref in recipe["sources"] if ref not in sources]
    if missing:
        found, errors = render.source_embeddings(spec, model, refs=missing, batch_size=8)
        if errors:
            raise JobError(f"{key}: source failed: {next(iter(errors.values()))}")
        sources.update(found)
    z = grid.recipe_embedding(recipe, sources, config=model.config)  # [n_frames, n_z]
    settings = recipe["render"]
    seed = render.point_seed(key, seed=settings["seed"])
    audio = model.decode(z[None], seeds=[seed], temperature=settings["temperature"])[0]
    audio = render.post_process(audio, settings, sample_rate_hz=model.config.sample_rate_hz)
    return bank.add(
        key,
        audio,
        recipe=recipe,
        sources=recipe["sources"],
        embedding=z,
        fingerprint=model.fingerprint,
        pitch=recipe["pitch"],
        sample_format=settings["sample_format"],
    )


def _emit(out: IO[str], **event: Any) -> None:
    out.write(json.dumps(event) + "\n")
    out.flush()


def _worker_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m oscserver.worker",
        description="nsynth-server's background worker (started by the server; speaks JSON "
        "lines on stdin/stdout).",
    )
    parser.add_argument("--bank", type=Path, required=True, help="bank folder")
    parser.add_argument("--spec", type=Path, required=True, help="grid spec (TOML)")
    parser.add_argument("--checkpoint", type=Path, required=True, help="checkpoint prefix")
    parser.add_argument("--fingerprint", required=True, help="expected checkpoint fingerprint")
    parser.add_argument("--use-ema", action="store_true", help="load the EMA weights")
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default=DEFAULT_BACKEND,
        help=f"framework to run the model on (default: {DEFAULT_BACKEND})",
    )
    parser.add_argument("--nice", type=int, default=10, help="niceness to add (default: 10)")
    parser.add_argument(
        "--idle", action="store_true", help="run under SCHED_IDLE (Linux): only on spare CPU"
    )
    parser.add_argument("--temperature", type=float, help="sampling temperature override")
    return parser


def _run_idle() -> None:
    """Puts every thread of this process under SCHED_IDLE (Linux; a warning elsewhere).

    The policy is per thread: those started already (numpy's BLAS pool, at import) are
    set one by one, and the ones the model's framework starts later inherit it.
    """
    try:
        for task in Path("/proc/self/task").iterdir():
            with contextlib.suppress(ProcessLookupError):  # a thread that just ended
                os.sched_setscheduler(int(task.name), os.SCHED_IDLE, os.sched_param(0))
    except (OSError, AttributeError) as e:
        logger.warning("cannot run under SCHED_IDLE (%s); nice only", e)


def worker_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the worker process; returns its exit status.

    stdout carries only events: whatever else writes to stdout (a library's print) is
    sent to stderr instead.
    """
    args = _worker_parser().parse_args(argv)
    events = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s worker %(name)s: %(message)s"
    )
    logging.getLogger("jax").setLevel(logging.WARNING)  # its platform probing, line by line
    with contextlib.suppress(OSError):
        os.nice(args.nice)
    if args.idle:
        _run_idle()
    try:
        model, spec, bank = _load(args)
    except Exception as e:  # any failure to start is reported, then the worker exits
        _emit(events, event="fatal", message=f"{type(e).__name__}: {e}")
        return 1
    _emit(events, event="ready", pid=os.getpid(), fingerprint=model.fingerprint)
    sources: dict[str, np.ndarray] = {}
    from precompute.errors import PrecomputeError

    for line in sys.stdin:
        try:
            command = json.loads(line)
            op = command["op"]
        except (json.JSONDecodeError, KeyError, TypeError):
            logger.warning("ignoring a command that is not JSON with an op: %r", line)
            continue
        if op == "stop":
            break
        if op != "render":
            logger.warning("ignoring unknown op %r", op)
            continue
        key = command.get("key")
        _emit(events, event="started", key=key)
        started = time.perf_counter()
        try:
            recipe = json.loads(command["recipe"])
            render_recipe(spec, model, bank, key, recipe, sources=sources)
        except (PrecomputeError, OscServerError, KeyError, TypeError, ValueError) as e:
            logger.warning("%s failed: %s", key, e)
            _emit(events, event="failed", key=key, message=f"{type(e).__name__}: {e}")
            continue
        logger.info("%s rendered in %.1f s", key, time.perf_counter() - started)
        _emit(events, event="done", key=key)
    bank.close()
    return 0


def _load(args: argparse.Namespace) -> tuple[Autoencoder, GridSpec, Bank]:
    """The model, spec and bank of a worker; checks that they fit the server's keys."""
    from precompute import grid
    from precompute.bank import Bank
    from precompute.model.backends import load_model

    model = load_model(args.checkpoint, backend=args.backend, use_ema=args.use_ema)
    if model.fingerprint != args.fingerprint:
        raise JobError(
            f"checkpoint {args.checkpoint} has fingerprint {model.fingerprint}, the server "
            f"expects {args.fingerprint}"
        )
    bank = Bank.open(args.bank)
    if bank.config != model.config:
        raise JobError(f"bank {bank.root} holds model {bank.config}, checkpoint is {model.config}")
    spec = grid.load_spec(args.spec, config=model.config)
    if args.temperature is not None:
        from precompute import render

        spec = render.with_temperature(spec, temperature=args.temperature)
    return model, spec, bank


if __name__ == "__main__":
    status = worker_main()
    # The frameworks' interpreter teardown takes seconds; the bank is closed, events flushed.
    logging.shutdown()
    sys.stderr.flush()
    os._exit(status)
