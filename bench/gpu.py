"""Every GPU figure in one run, written to files: for a machine with JAX (CUDA) and no TensorFlow.

    PYTHONPATH=.whl/site:. python3 bench/gpu.py --out "$OUT"      # on the GPU machine
    python bench/gpu.py --smoke --out /tmp/gpu-smoke               # tiny sizes, any CPU

Sections, in this order, each in a process of its own so that it has the whole device
(JAX keeps what it allocated until its process ends) and a crash loses only that
section. Each is timed and written as soon as it ends; when the time budget, --budget-s,
runs out, the rest are written as skipped, so a run cut short still leaves its figures:

1. speed: for h512_bo16 (random weights, written here without TensorFlow) and the demo
   model (samples/models/demo): samples/s per stream at batch 1, then aggregate samples/s
   from batch 64 up, doubling until a batch does not fit or --max-batch, with the peak
   device memory. Steady state: the second frame of a two-frame decode (the first
   includes XLA's compilation, reported apart). Printed beside the anchors: magenta-demos'
   batch job made ~20k samples/s aggregate on a GTX 1080 Ti at batch 256; the study this
   project comes from made 2 s of audio in 3 minutes on a GTX 1050M (178 samples/s).
2. precision: tensor-core matmuls (`jax_nsynth.PRECISIONS`: TF32, bf16) against float32:
   speed at batch 1 and at the best batch of section 1, and their effect on the audio:
   the spectral distance (`evaluate.spectral_distance`) between the float32 render of a
   point and the same point in the other precision with the same seeds, against the
   distance between two float32 renders with different seeds (the sampler's own noise).
3. render: `nsynth-precompute render --backend jax` of a grid of 1,134 points (9 x 9 pad
   positions x 2 pitches x 7 gains, 1 s each) with the full-size model, then
   `nsynth-precompute verify` of the bank; wall time and decode rate.
4. osc: bench/osc_latency.py with --no-worker, and with its worker (rendering on JAX)
   when the server has a --backend flag (otherwise its worker needs TensorFlow: skipped).

Out: `gpu.json` (every figure, the environment, what was skipped and why), `gpu.txt` (the
lines printed) and `logs/` (each subprocess's output). Needs NumPy, SciPy and JAX (JAX
depends on SciPy) and this repository; sections 3 and 4 also need the packages
`nsynth-precompute` and the server import (soundfile, cffi, tqdm, python-osc, watchdog;
osc_latency.py also pytest). A machine without network takes them from a folder made
beforehand on one that has it, carried along (`.whl/` is ignored by git):

    pip install --no-deps --target .whl/site --python-version 3.12 --only-binary=:all: \\
        --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --implementation cp \\
        soundfile cffi pycparser tqdm python-osc watchdog typing_extensions \\
        pytest pluggy iniconfig packaging pygments

A section whose imports fail is skipped with the missing module named; nothing is installed.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.abc
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# JAX takes 75% of the GPU's memory at its first use unless told not to; the sweep reads
# each batch's own peak, and the subprocesses (render, the server's worker) need memory too.
os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")


class _NoTensorFlow(importlib.abc.MetaPathFinder):
    """Refuses TensorFlow: the GPU machine has none, so a run here must not use it either."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "tensorflow":
            raise ImportError(f"bench/gpu.py runs without TensorFlow (imported: {name})")


sys.meta_path.insert(0, _NoTensorFlow())

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from precompute.model.checkpoint import random_weights, write_checkpoint  # noqa: E402
from precompute.model.config import H512_BO16, TINY, ModelConfig  # noqa: E402

#: Records to print beside ours (samples/s).
ANCHORS = {
    "magenta_demos_gtx1080ti_batch256_aggregate": 20000.0,
    "study_gtx1050m_batch1_per_stream": 2 * 16000 / 180,
}
#: The issue's target for h512_bo16's aggregate rate on the GPU (samples/s).
TARGET_AGGREGATE = 200000.0
DEMO_CHECKPOINT = REPO / "samples" / "models" / "demo"
SPEC_SOURCES = REPO / "samples" / "specs" / "sources"


# The report --------------------------------------------------------------------------------


class Report:
    """Figures by section, rewritten to `gpu.json` after every section; lines to `gpu.txt`."""

    def __init__(self, out: Path, budget_s: float, *, json_path: Path | None = None):
        self.out, self.budget_s, self.began = out, budget_s, time.perf_counter()
        self.json_path = json_path or out / "gpu.json"
        self.data: dict[str, Any] = {"sections": {}}
        (out / "logs").mkdir(parents=True, exist_ok=True)
        self.text = (out / "gpu.txt").open("a")  # the sections' processes add their lines

    def line(self, text: str) -> None:
        print(text, flush=True)
        self.text.write(text + "\n")
        self.text.flush()

    def left_s(self) -> float:
        return self.budget_s - (time.perf_counter() - self.began)

    @contextlib.contextmanager
    def section(self, name: str, *, needs_s: float) -> Iterator[dict[str, Any] | None]:
        """Yields the section's dict to fill, or None (skipped) when too little time is left.

        An exception ends the section: it is recorded (type, message, traceback tail) and
        the run goes on with the next one.
        """
        record: dict[str, Any] = {}
        self.data["sections"][name] = record
        if self.left_s() < needs_s:
            record["skipped"] = f"time budget: {self.left_s():.0f} s left, needs ~{needs_s:.0f} s"
            self.line(f"[{name}] skipped: {record['skipped']}")
            self.write()
            yield None
            return
        self.line(f"[{name}] ({self.left_s():.0f} s of the budget left)")
        start = time.perf_counter()
        try:
            yield record
        except Exception as e:  # noqa: BLE001 - one failed section must not lose the others
            record["error"] = f"{type(e).__name__}: {e}"
            record["traceback"] = traceback.format_exc()[-3000:]
            self.line(f"[{name}] failed: {record['error']}")
        finally:
            record["seconds"] = round(time.perf_counter() - start, 1)
            self.write()

    def write(self) -> None:
        self.data["elapsed_s"] = round(time.perf_counter() - self.began, 1)
        temp = self.json_path.with_name(self.json_path.name + ".tmp")
        temp.write_text(json.dumps(self.data, indent=2, default=str) + "\n")
        temp.replace(self.json_path)


def environment() -> dict[str, Any]:
    import jax

    devices = jax.devices()
    return {
        "python": sys.version.split()[0],
        "jax": jax.__version__,
        "platform": devices[0].platform,
        "devices": [str(d) for d in devices],
        "device_kind": devices[0].device_kind,
        "cpu_cores": os.cpu_count(),
        "machine": platform.machine(),
        "load_average": os.getloadavg(),
    }


# Model timing ------------------------------------------------------------------------------


def _memory(device) -> dict[str, int] | None:
    """The device allocator's statistics (bytes), or None where JAX keeps none (CPU)."""
    stats = device.memory_stats()
    if not stats:
        return None
    return {k: int(stats[k]) for k in ("bytes_in_use", "peak_bytes_in_use") if k in stats}


def steady_step_s(model, batch: int) -> tuple[float, float]:
    """(seconds per step of the second frame, seconds of the first) of a two-frame decode."""
    marks: list[float] = []
    z = np.random.default_rng(0).normal(size=(batch, 2, model.config.n_z)).astype(np.float32)
    start = time.perf_counter()
    model.decode(z, seeds=range(batch), progress=lambda d, t: marks.append(time.perf_counter()))
    return (marks[1] - marks[0]) / model.config.hop_length, marks[0] - start


def _out_of_memory(error: Exception) -> bool:
    return "RESOURCE_EXHAUSTED" in str(error) or "out of memory" in str(error).lower()


def speed(report: Report, record: dict, model, batches: list[int], name: str) -> int:
    """Batch-1 rate and the aggregate sweep of one model; returns the best batch."""
    step_s, first_s = steady_step_s(model, 1)
    record["batch1"] = {
        "samples_per_s_per_stream": 1 / step_s,
        "ms_per_step": step_s * 1e3,
        "first_frame_s": first_s,
        "x_study_gtx1050m": (1 / step_s) / ANCHORS["study_gtx1050m_batch1_per_stream"],
    }
    report.line(
        f"{name} batch 1: {1 / step_s:.0f} samples/s per stream ({step_s * 1e3:.3f} ms/step; "
        f"first frame {first_s:.1f} s) = {record['batch1']['x_study_gtx1050m']:.1f}x the "
        f"study's GTX 1050M ({ANCHORS['study_gtx1050m_batch1_per_stream']:.0f} samples/s)"
    )
    rows, best = [], (0.0, 1)
    for batch in batches:
        if report.left_s() < 30:
            rows.append({"batch": batch, "skipped": "time budget"})
            break
        try:
            step_s, first_s = steady_step_s(model, batch)
        except Exception as e:  # noqa: BLE001 - the largest batch that fits is the figure
            if not _out_of_memory(e):
                raise
            rows.append({"batch": batch, "fits": False, "error": str(e).splitlines()[0][:300]})
            report.line(f"{name} batch {batch}: does not fit ({str(e).splitlines()[0][:120]})")
            break
        aggregate = batch / step_s
        best = max(best, (aggregate, batch))
        row = {
            "batch": batch,
            "fits": True,
            "ms_per_step": step_s * 1e3,
            "aggregate_samples_per_s": aggregate,
            "first_frame_s": first_s,
            "memory_bytes": _memory(model.device),
            "x_gtx1080ti_batch256": aggregate
            / ANCHORS["magenta_demos_gtx1080ti_batch256_aggregate"],
        }
        rows.append(row)
        record["aggregate"] = rows
        report.write()  # a sweep cut short by the time limit keeps its rows
        peak = (row["memory_bytes"] or {}).get("peak_bytes_in_use")
        report.line(
            f"{name} batch {batch}: {aggregate:,.0f} samples/s aggregate "
            f"({step_s * 1e3:.2f} ms/step; first frame {first_s:.1f} s; peak memory "
            f"{f'{peak / 2**30:.2f} GiB' if peak else 'not reported'}) = "
            f"{row['x_gtx1080ti_batch256']:.1f}x magenta-demos' GTX 1080 Ti at batch 256"
        )
    record["aggregate"] = rows
    record["best"] = {"batch": best[1], "aggregate_samples_per_s": best[0]}
    return best[1]


# Sections ----------------------------------------------------------------------------------


def child_speed(report: Report, name: str, checkpoint: Path, batches: list[int]) -> None:
    from precompute.model.jax_nsynth import JaxNSynth

    with report.section(f"speed {name}", needs_s=60) as record:
        if record is None:
            return
        model = JaxNSynth.from_checkpoint(checkpoint)
        record["device"] = str(model.device)
        best = speed(report, record, model, batches, name)
        if model.config == H512_BO16:
            rate = record["best"]["aggregate_samples_per_s"]
            record["target_aggregate"] = TARGET_AGGREGATE
            report.line(
                f"{name} best aggregate {rate:,.0f} samples/s at batch {best} "
                f"(target >= {TARGET_AGGREGATE:,.0f})"
            )


def tones(model, n: int, n_frames: int) -> np.ndarray:
    """[n, n_frames, n_z] embeddings: the model's encoding of n decaying harmonic tones."""
    cfg = model.config
    t = np.arange(cfg.frames_to_samples(n_frames)) / cfg.sample_rate_hz
    pitches = 48 + 5 * np.arange(n)  # MIDI
    hz = 440 * 2 ** ((pitches[:, None] - 69) / 12)
    audio = sum(np.sin(2 * np.pi * k * hz * t) / k for k in (1, 2, 3)) * np.exp(-2 * t)
    return model.encode((0.4 * audio).astype(np.float32))


def child_precision(
    report: Report, name: str, checkpoint: Path, batch: int, n_streams: int, n_frames: int
) -> None:
    from precompute.evaluate import spectral_distance
    from precompute.model.jax_nsynth import PRECISIONS, JaxNSynth

    with report.section(f"precision {name}", needs_s=60) as record:
        if record is None:
            return
        exact = JaxNSynth.from_checkpoint(checkpoint)
        z = tones(exact, n_streams, n_frames)
        seeds_a, seeds_b = list(range(n_streams)), list(range(100, 100 + n_streams))
        reference = exact.decode(z, seeds=seeds_a)
        other_seeds = exact.decode(z, seeds=seeds_b)
        seed_noise = [spectral_distance(a, b) for a, b in zip(reference, other_seeds, strict=True)]
        record["seed_to_seed_distance"] = float(np.mean(seed_noise))
        report.line(
            f"{name}: float32, two seeds: spectral distance {np.mean(seed_noise):.3f} "
            f"(mean of {n_streams} points, {n_frames} frames each)"
        )
        for precision in PRECISIONS:
            entry: dict[str, Any] = {}
            record[precision] = entry
            try:
                model = (
                    exact
                    if precision == "float32"
                    else JaxNSynth.from_checkpoint(checkpoint, precision=precision)
                )
            except Exception as e:  # noqa: BLE001 - TF32 needs an NVIDIA GPU
                entry["skipped"] = str(e)
                report.line(f"{name} {precision}: skipped ({e})")
                continue
            if precision != "float32":
                audio = model.decode(z, seeds=seeds_a)
                distance = [spectral_distance(a, b) for a, b in zip(reference, audio, strict=True)]
                entry["distance_to_float32_same_seeds"] = float(np.mean(distance))
                entry["same_samples"] = float(np.mean(audio == reference))
            step_1, _ = steady_step_s(model, 1)
            step_b, _ = steady_step_s(model, batch)
            entry |= {
                "batch1_samples_per_s": 1 / step_1,
                f"batch{batch}_aggregate_samples_per_s": batch / step_b,
            }
            shown = (
                f"; spectral distance to float32 {entry['distance_to_float32_same_seeds']:.3f}"
                f" (seed to seed {np.mean(seed_noise):.3f}), same samples "
                f"{entry['same_samples']:.1%}"
                if precision != "float32"
                else ""
            )
            report.line(
                f"{name} {precision}: batch 1 {1 / step_1:,.0f} samples/s, batch {batch} "
                f"{batch / step_b:,.0f} samples/s{shown}"
            )
            del model


def _run(report: Report, record: dict, name: str, argv: list[str], timeout_s: float) -> bool:
    """Run a command, its output to logs/<name>.txt; True if it exited 0.

    A missing Python module is recorded as the reason, not as a failure of ours.
    """
    log = report.out / "logs" / f"{name}.txt"
    paths = [str(REPO), os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
    start = time.perf_counter()
    try:
        result = subprocess.run(
            argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout_s
        )
    except subprocess.TimeoutExpired as e:
        log.write_text(f"$ {' '.join(argv)}\n(timed out after {timeout_s:.0f} s)\n{e.stdout or ''}")
        record[name] = {"timed_out_s": timeout_s}
        report.line(f"{name}: timed out after {timeout_s:.0f} s")
        return False
    elapsed = time.perf_counter() - start
    log.write_text(f"$ {' '.join(argv)}\n{result.stdout}\n--- stderr ---\n{result.stderr}")
    entry: dict[str, Any] = {"returncode": result.returncode, "seconds": round(elapsed, 1)}
    missing = re.search(r"No module named '([\w.]+)'", result.stderr)
    if result.returncode and missing:
        entry["skipped"] = f"module {missing.group(1)} is not installed here"
    entry["stdout_tail"] = result.stdout[-2000:]
    record[name] = entry
    status = entry.get("skipped") or f"exit {result.returncode}"
    report.line(f"{name}: {status} in {elapsed:.1f} s (log: logs/{name}.txt)")
    return result.returncode == 0


def render_spec(folder: Path, *, pad_steps: int, gains: int, length_s: float) -> Path:
    """A grid spec: the example's four pitched sources on a pad, x pitches x gains."""
    shutil.copytree(SPEC_SOURCES, folder / "sources")  # globs are relative to the spec
    spec = folder / "grid.toml"
    spec.write_text(
        "[sources]\n"
        + "".join(
            f'{s} = {{ glob = "sources/{s}_*.npy" }}\n'
            for s in ("flute", "organ", "brass", "strings")
        )
        + '\n[base]\nmode = "bilinear"\ncorners = ["flute", "organ", "brass", "strings"]\n'
        f"x = {{ from = 0.0, to = 1.0, steps = {pad_steps} }}\n"
        f"y = {{ from = 0.0, to = 1.0, steps = {pad_steps} }}\n"
        "pitches = [60, 67]\n\n"
        '[[axes]]\nname = "gain"\noperation = "scale"\n'
        f"values = {{ from = 0.5, to = 2.0, steps = {gains} }}\n\n"
        f'[render]\nlength_s = {length_s}\nsample_format = "pcm16"\npeak_db = -1.0\n'
        "fade_ms = 10.0\n"
    )
    return spec


def section_render(
    report: Report, checkpoint: Path, *, pad_steps: int, gains: int, length_s: float, batch: int
) -> None:
    with report.section("render", needs_s=120) as record:
        if record is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="gpu_render_"))
        spec = render_spec(folder, pad_steps=pad_steps, gains=gains, length_s=length_s)
        n_points = pad_steps * pad_steps * 2 * gains
        record |= {"points": n_points, "length_s": length_s, "batch_size": batch}
        report.line(f"render: {n_points} points of {length_s} s, batch {batch}")
        cli = [sys.executable, "-m", "precompute.cli"]
        bank = folder / "bank"
        ok = _run(
            report,
            record,
            "render_cli",
            [*cli, "render", str(spec), "--bank", str(bank), "--checkpoint", str(checkpoint),
             "--backend", "jax", "--batch-size", str(batch), "--no-progress"],
            timeout_s=max(report.left_s() - 20, 30),
        )  # fmt: skip
        if ok:
            seconds = record["render_cli"]["seconds"]
            audio_s = n_points * length_s
            record["audio_s_per_wall_s"] = audio_s / seconds
            report.line(
                f"render: {n_points} points ({audio_s:.0f} s of audio) in {seconds:.0f} s "
                f"= {audio_s * 16000 / seconds:,.0f} samples/s end to end"
            )
            _run(report, record, "verify_cli", [*cli, "verify", "--bank", str(bank)], 300)
            record["verified"] = record["verify_cli"]["returncode"] == 0


def _server_has_backend_flag(report: Report) -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "oscserver", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return "--backend" in result.stdout


def section_osc(report: Report, quick: list[str]) -> None:
    with report.section("osc", needs_s=60) as record:
        if record is None:
            return
        bench = [sys.executable, str(REPO / "bench" / "osc_latency.py"), *quick]

        def run(name: str, *more: str) -> None:
            # The bench exits 1 when a target fails: its verdicts are the figures.
            results = report.out / "logs" / f"{name}.json"
            _run(
                report, record, name, [*bench, "--json", str(results), *more], report.left_s() - 10
            )
            if results.is_file():
                record[name]["results"] = json.loads(results.read_text())
            record[name]["verdicts"] = [
                line
                for line in record[name].get("stdout_tail", "").splitlines()
                if line.startswith(("PASS", "FAIL"))
            ]
            for line in record[name]["verdicts"]:
                report.line(f"{name}: {line}")

        run("osc_no_worker", "--no-worker")
        if report.left_s() < 40:
            record["osc_worker"] = {"skipped": "time budget"}
        elif not _server_has_backend_flag(report):
            record["osc_worker"] = {
                "skipped": "nsynth-server has no --backend flag here, so its worker would "
                "need TensorFlow"
            }
            report.line(f"osc_worker: skipped ({record['osc_worker']['skipped']})")
        else:
            run("osc_worker", "--server-args", "--backend jax")


# Main --------------------------------------------------------------------------------------


def _child(report: Report, args: argparse.Namespace, kind: str, name: str, *more: str) -> None:
    """Run one model section (`kind` speed or precision) in a process of its own; merge it."""
    part = args.out / "parts" / f"{kind}-{name}.json"
    part.parent.mkdir(exist_ok=True)
    part.unlink(missing_ok=True)
    left = report.left_s()
    argv = [
        sys.executable, __file__, "--out", str(args.out), "--child", kind, "--model", name,
        "--budget-s", str(max(left - 5, 1)), "--part", str(part), *more,
    ]  # fmt: skip
    if args.smoke:
        argv.append("--smoke")
    stderr = report.out / "logs" / f"{kind}-{name}.stderr.txt"
    with stderr.open("w") as err:
        try:
            code = subprocess.run(argv, cwd=REPO, stderr=err, timeout=max(left, 1)).returncode
        except subprocess.TimeoutExpired:
            code = "timed out"
    sections = json.loads(part.read_text())["sections"] if part.is_file() else {}
    if code != 0:
        tail = stderr.read_text()[-2000:]
        sections.setdefault(f"{kind} {name}", {})["process"] = f"exit {code}: {tail}"
        report.line(f"[{kind} {name}] process: exit {code} (logs/{stderr.name})")
    report.data["sections"].update(sections)
    report.write()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out", type=Path, required=True, help="folder for gpu.json, gpu.txt, logs/"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="tiny sizes (the tiny model, batches 1-4, a 16-point render) to check the "
        "script on a CPU",
    )
    parser.add_argument(
        "--budget-s",
        type=float,
        default=420.0,
        help="wall-clock budget (s); sections that would not fit are skipped (default: 420)",
    )
    parser.add_argument(
        "--max-batch", type=int, default=8192, help="largest batch of the sweep (streams)"
    )
    # A section's own process (see _child).
    parser.add_argument("--child", choices=["speed", "precision"], help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--checkpoint", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--best-batch", type=int, default=64, help=argparse.SUPPRESS)
    parser.add_argument("--part", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    if args.child:
        report = Report(args.out, args.budget_s, json_path=args.part)
        if args.child == "speed":
            first = 2 if args.smoke else 64
            batches = [b for b in (first * 2**i for i in range(16)) if b <= args.max_batch]
            child_speed(report, args.model, args.checkpoint, batches[:2] if args.smoke else batches)
        else:
            child_precision(
                report,
                args.model,
                args.checkpoint,
                args.best_batch,
                n_streams=2 if args.smoke else 8,
                n_frames=8 if args.smoke else 16,
            )
        return 0

    (args.out / "gpu.txt").unlink(missing_ok=True)
    report = Report(args.out, args.budget_s)
    report.data["environment"] = environment()
    report.data["anchors"] = ANCHORS
    report.line(f"environment: {json.dumps(report.data['environment'])}")
    with tempfile.TemporaryDirectory() as tmp:
        full: ModelConfig = TINY if args.smoke else H512_BO16
        start = time.perf_counter()
        checkpoint = write_checkpoint(Path(tmp) / "model.ckpt-0", random_weights(full), full)
        report.data["checkpoint_written_s"] = round(time.perf_counter() - start, 1)
        checkpoints = {"tiny" if args.smoke else "h512_bo16": checkpoint}
        if not args.smoke:
            checkpoints["demo"] = DEMO_CHECKPOINT
        for name, path in checkpoints.items():
            _child(report, args, "speed", name, "--checkpoint", str(path))
        best = {
            name: report.data["sections"].get(f"speed {name}", {}).get("best", {}).get("batch", 64)
            for name in checkpoints
        }
        for name, path in checkpoints.items():
            batch = str(min(best[name], 4096))
            _child(
                report, args, "precision", name, "--checkpoint", str(path), "--best-batch", batch
            )
        first = next(iter(checkpoints))
        section_render(
            report,
            checkpoint,
            pad_steps=2 if args.smoke else 9,
            gains=2 if args.smoke else 7,
            length_s=0.1 if args.smoke else 1.0,
            batch=16 if args.smoke else min(best[first], 2048),
        )
        quick = ["--rates", "200", "--seconds", "0.5", "--frames", "2"] if args.smoke else [
            "--rates", "1000", "2000", "--seconds", "3"
        ]  # fmt: skip
        section_osc(report, quick)
    report.line(
        f"done in {time.perf_counter() - report.began:.0f} s; figures in {args.out / 'gpu.json'}"
    )
    report.write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
