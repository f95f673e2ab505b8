"""`nsynth-precompute`: encode sources, render grid specs into sample banks, inspect banks.

    nsynth-precompute encode AUDIO... --checkpoint CKPT --out DIR
    nsynth-precompute render SPEC --bank DIR [--checkpoint CKPT] [--shard i/n] [--ray [ADDRESS]] ...
    nsynth-precompute estimate SPEC [--bank DIR] [--checkpoint CKPT] [--ray [ADDRESS]]
    nsynth-precompute status --bank DIR
    nsynth-precompute verify --bank DIR [--repair]
    nsynth-precompute notes OUT_DIR [--instruments ...] [--pitches LO-HI]
    nsynth-precompute train NOTES_DIR --out DIR [--config demo] [--steps N]
    nsynth-precompute export CKPT PREFIX [--no-use-ema]
    nsynth-precompute analyze [SOURCE...] --out DIR [--checkpoint CKPT] [--report-only]

Arguments, specs, checkpoint paths and the bank folder are checked before TensorFlow is
imported, so `--help` and mistakes answer at once. Results go to stdout; logs and the
progress bar go to stderr. A failure prints one line (`--verbose`: the traceback) and exits
with 1; bad arguments exit with 2; Ctrl-C exits with 130 (finished renders stay in the
bank). See docs/precompute.md.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import math
import os
import re
import sys
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from tqdm.contrib.logging import logging_redirect_tqdm

from precompute import audio_io, cluster, grid, notes, render
from precompute.analysis import experiments as analysis
from precompute.bank import INDEX_NAME, Bank, BankError, create_folder
from precompute.errors import PrecomputeError
from precompute.model import backends
from precompute.model.backends import BACKENDS, DEFAULT_BACKEND
from precompute.model.checkpoint import CheckpointError, resolve_checkpoint
from precompute.model.config import CONFIGS, H512_BO16, ModelConfig

if TYPE_CHECKING:
    from precompute.model.autoencoder import Autoencoder

logger = logging.getLogger(__name__)

PROG = "nsynth-precompute"

_SHARD_RE = re.compile(r"(\d+)/(\d+)")


class CliError(PrecomputeError):
    """A command-line argument names something unusable (a clash, a missing setting)."""


# Argument types --------------------------------------------------------------------------


def parse_shard(text: str) -> tuple[int, int]:
    """Parses --shard: "i/n" -> (i, n), with n >= 1 and 0 <= i < n.

    Raises:
        argparse.ArgumentTypeError: Anything else; the message echoes the text.
    """
    match = _SHARD_RE.fullmatch(text.strip())
    if match is None or not 0 <= int(match[1]) < int(match[2]):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a shard i/n with 0 <= i < n (e.g. 0/4 ... 3/4)"
        )
    return int(match[1]), int(match[2])


def _integer(minimum: int, maximum: int | None = None) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{value} must be >= {minimum}")
        if maximum is not None and value > maximum:
            raise argparse.ArgumentTypeError(f"{value} must be <= {maximum}")
        return value

    return parse


def _pitch_range(text: str) -> tuple[int, int]:
    """'48-72' -> (48, 72), MIDI note numbers, inclusive."""
    match = re.fullmatch(r"(\d+)-(\d+)", text.strip())
    if not match or not int(match.group(1)) <= int(match.group(2)) <= 127:
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected LO-HI, MIDI numbers with LO <= HI <= 127"
        )
    return int(match.group(1)), int(match.group(2))


def _positive(text: str) -> float:
    """A finite number > 0 (a temperature, a duration in seconds)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"{text} must be finite and > 0")
    return value


# Parser ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The `nsynth-precompute` argument parser (one subparser per command)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="store_true", help="debug logs, and tracebacks on errors"
    )
    model = argparse.ArgumentParser(add_help=False)
    model.add_argument(
        "--backend",
        choices=BACKENDS,
        default=DEFAULT_BACKEND,
        help="framework that runs the model: jax or tf (TensorFlow); both read the same "
        f"checkpoints and render the same sound (default: {DEFAULT_BACKEND}, the faster)",
    )
    model.add_argument(
        "--device",
        help="device to run the model on, e.g. cpu, gpu, gpu:1 (TensorFlow also takes "
        "/CPU:0, /GPU:0) (default: the backend's placement, a GPU when there is one)",
    )
    model.add_argument(
        "--use-ema",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="use the checkpoint's ExponentialMovingAverage weights (default: the raw ones)",
    )
    batching = argparse.ArgumentParser(add_help=False)
    batching.add_argument(
        "--batch-size",
        type=_integer(1),
        metavar="N",
        help="renders decoded together, in streams per batch (default: the spec's "
        "[render] batch_size)",
    )
    batching.add_argument(
        "--shard",
        type=parse_shard,
        default=(0, 1),
        metavar="i/n",
        help="render only shard i of n (points with key %% n == i; default: 0/1, all)",
    )
    batching.add_argument(
        "--limit", type=_integer(0), metavar="N", help="render at most N points (default: all)"
    )
    batching.add_argument(
        "--temperature",
        type=_positive,
        metavar="T",
        help="sampling temperature, > 0, dimensionless; part of every key "
        "(default: the spec's [render] temperature)",
    )
    ray_cluster = argparse.ArgumentParser(add_help=False)
    ray_cluster.add_argument(
        "--ray",
        nargs="?",
        const=cluster.LOCAL,
        metavar="ADDRESS",
        help="decode on a Ray cluster at ADDRESS (auto, HOST:6379, ray://HOST:10001); "
        "without ADDRESS, on a cluster of this machine alone, started for the run "
        f"(needs the {cluster.EXTRA} extra; see docs/cluster.md)",
    )
    ray_cluster.add_argument(
        "--workers",
        type=_integer(1),
        metavar="N",
        help="with --ray: workers to start, each holding the model (default: one per GPU "
        "of the cluster, else one per CPU)",
    )
    spec_checkpoint = argparse.ArgumentParser(add_help=False)
    spec_checkpoint.add_argument(
        "--checkpoint",
        type=Path,
        metavar="CKPT",
        help="checkpoint prefix, file or directory (default: the spec's [render] checkpoint)",
    )

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Precompute NSynth WaveNet renders into a sample bank for Max/MSP.",
        epilog="Guide: docs/precompute.md. Grid specs: docs/grid-spec.md.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    encode = commands.add_parser(
        "encode",
        parents=[common, model],
        help="embed audio files as <stem>.npy ([n_frames, 16] float32)",
        description="Embed audio files (any rate, mono or stereo) with the model's encoder; "
        "writes OUT/<stem>.npy, shape [n_frames, 16], one frame per 512 samples at 16 kHz.",
    )
    encode.add_argument("audio", nargs="+", type=Path, metavar="AUDIO", help="audio files")
    encode.add_argument(
        "--checkpoint", type=Path, required=True, metavar="CKPT", help="checkpoint prefix or dir"
    )
    encode.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    encode.add_argument(
        "--batch-size",
        type=_integer(1),
        default=8,
        metavar="N",
        help="clips per encoder pass (default: 8)",
    )
    encode.add_argument(
        "--force",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="overwrite an existing .npy that holds a different embedding",
    )
    encode.set_defaults(run=_cmd_encode)

    render_cmd = commands.add_parser(
        "render",
        parents=[common, model, batching, spec_checkpoint, ray_cluster],
        help="render a grid spec into a bank (resumable, shardable)",
        description="Render every point of a grid spec that the bank does not hold yet. "
        "Re-running resumes; shards i/n of one spec fill one bank without collisions.",
    )
    render_cmd.add_argument("spec", type=Path, metavar="SPEC", help="grid spec (TOML)")
    render_cmd.add_argument(
        "--bank", type=Path, required=True, metavar="DIR", help="bank folder (created if absent)"
    )
    render_cmd.add_argument(
        "--dry-run",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="list the points that would be rendered; decode and write nothing",
    )
    render_cmd.add_argument(
        "--repair",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="first remove what a killed run left in the bank (default: on; turn off while "
        "another host writes the same bank folder)",
    )
    render_cmd.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="progress bar on stderr when it is a terminal (default: on)",
    )
    render_cmd.set_defaults(run=_cmd_render)

    estimate = commands.add_parser(
        "estimate",
        parents=[common, model, batching, spec_checkpoint, ray_cluster],
        help="predict points, audio length, disk use and time of a render",
    )
    estimate.add_argument("spec", type=Path, metavar="SPEC", help="grid spec (TOML)")
    estimate.add_argument(
        "--bank", type=Path, metavar="DIR", help="leave out points already in this bank"
    )
    estimate.add_argument(
        "--calibration-steps",
        type=_integer(1),
        default=512,
        metavar="N",
        help="decode steps (16 kHz samples per stream) to time, rounded up to whole "
        "512-sample frames (default: 512)",
    )
    estimate.set_defaults(run=_cmd_estimate)

    status = commands.add_parser(
        "status", parents=[common], help="counts by status, disk use and model of a bank"
    )
    status.add_argument("--bank", type=Path, required=True, metavar="DIR", help="bank folder")
    status.set_defaults(run=_cmd_status)

    verify = commands.add_parser(
        "verify",
        parents=[common],
        help="check a bank's files against its index (exit 1 when problems remain)",
    )
    verify.add_argument("--bank", type=Path, required=True, metavar="DIR", help="bank folder")
    verify.add_argument(
        "--repair",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="delete rows without files, orphan WAVs and stale temp files",
    )
    verify.set_defaults(run=_cmd_verify)

    notes_cmd = commands.add_parser(
        "notes",
        parents=[common],
        help="render single notes with fluidsynth as training data "
        "(<instrument>_p<pitch>_v<velocity>.wav)",
    )
    notes_cmd.add_argument("out", type=Path, metavar="OUT_DIR", help="folder for the WAV files")
    notes_cmd.add_argument(
        "--instruments",
        nargs="+",
        default=list(notes.NoteSetConfig.instruments),
        choices=sorted(notes.INSTRUMENTS),
        metavar="NAME",
        help=f"General MIDI instruments (default: all of {', '.join(notes.INSTRUMENTS)})",
    )
    notes_cmd.add_argument(
        "--pitches",
        type=_pitch_range,
        default=(48, 72),
        metavar="LO-HI",
        help="MIDI note numbers, inclusive (default: 48-72)",
    )
    notes_cmd.add_argument(
        "--velocities",
        nargs="+",
        type=_integer(1, 127),
        default=[60, 90, 120],
        metavar="V",
        help="MIDI velocities, 1..127 (default: 60 90 120)",
    )
    notes_cmd.add_argument(
        "--note-s", type=_positive, default=1.5, help="seconds the key is held (default: 1.5)"
    )
    notes_cmd.add_argument(
        "--soundfont", type=Path, help="a .sf2 file (default: Debian's TimGM6mb)"
    )
    notes_cmd.set_defaults(run=_cmd_notes)

    train = commands.add_parser(
        "train",
        parents=[common],
        help="train an autoencoder on a folder of notes (magenta-named checkpoints; resumes)",
    )
    train.add_argument("notes", type=Path, metavar="NOTES_DIR", help="folder of audio notes")
    train.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="checkpoint folder; an existing run there is resumed",
    )
    train.add_argument(
        "--config", choices=sorted(CONFIGS), default="demo", help="model size (default: demo)"
    )
    train.add_argument(
        "--steps",
        type=_integer(1),
        default=2000,
        help="optimizer steps to reach in total (default: 2000)",
    )
    train.add_argument(
        "--batch-size", type=_integer(1), default=8, help="crops per step (default: 8)"
    )
    train.add_argument(
        "--crop-samples",
        type=_integer(1),
        default=8192,
        help="audio samples per crop, a multiple of 512 (default: 8192)",
    )
    train.add_argument(
        "--learning-rate", type=float, default=1e-3, help="Adam step size (default: 1e-3)"
    )
    train.add_argument(
        "--input-noise",
        type=float,
        default=0.0,
        help="std of noise on the decoder's autoregressive input, in q/128 units (default: 0)",
    )
    train.add_argument(
        "--detune-cents",
        type=float,
        default=0.0,
        help="resample each crop by a random detune of up to this many cents, so pitches "
        "between the notes' are seen too (default: 0)",
    )
    train.add_argument(
        "--holdout-pitches",
        nargs="*",
        type=_integer(0),
        default=list(notes.HOLDOUT_PITCHES),
        metavar="PITCH",
        help="MIDI pitches held out for evaluation (default: "
        f"{' '.join(map(str, notes.HOLDOUT_PITCHES))})",
    )
    train.add_argument(
        "--checkpoint-every",
        type=_integer(1),
        default=100,
        help="steps between checkpoints (default: 100)",
    )
    train.add_argument(
        "--eval-every",
        type=_integer(1),
        default=100,
        help="steps between held-out evaluations (default: 100)",
    )
    train.add_argument(
        "--xla",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="compile the training step with XLA (default: on)",
    )
    train.set_defaults(run=_cmd_train)

    export = commands.add_parser(
        "export",
        parents=[common],
        help="copy a checkpoint's weights (raw or EMA) into a new one without optimizer state",
    )
    export.add_argument(
        "source", type=Path, metavar="CKPT", help="checkpoint prefix, file or directory"
    )
    export.add_argument(
        "out",
        type=Path,
        metavar="PREFIX",
        help="new checkpoint prefix, e.g. models/demo/model.ckpt-800",
    )
    export.add_argument(
        "--use-ema",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="export the ExponentialMovingAverage weights (default: on)",
    )
    export.set_defaults(run=_cmd_export)

    analyze = commands.add_parser(
        "analyze",
        parents=[common, model, batching],
        help="what each of the 16 components does: experiments rendered into a bank, "
        "measured, and reported as HTML and knobs.json",
        description="Render the knob experiments (zero, gain and sign of each component, "
        "pitch, additive, vibrato) as grid specs into DIR/bank, measure every render and "
        "write DIR/report/ (index.html, knobs.json). Re-running resumes; docs/knobs.md.",
    )
    analyze.add_argument(
        "sources",
        nargs="*",
        type=Path,
        metavar="SOURCE",
        help="audio notes or .npy embeddings, one source each, or folders of them "
        "(default: the demo's four C4 notes)",
    )
    analyze.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="analysis folder (created)"
    )
    analyze.add_argument(
        "--checkpoint",
        type=Path,
        metavar="CKPT",
        help="checkpoint prefix, file or directory (default: the demo model)",
    )
    analyze.add_argument(
        "--pitch-series",
        nargs="*",
        type=Path,
        metavar="NOTE",
        help="notes of one or more instruments at >= 8 pitches (organ_C4.wav, "
        "organ_p060_v090.wav, organ-060-100.wav), or folders of them, for the pitch "
        "experiments; none after the flag: skip them (default: the demo's series)",
    )
    analyze.add_argument(
        "--seeds",
        type=_integer(3),
        default=analysis.AnalysisConfig.seeds,
        metavar="N",
        help=f"unedited renders per source, for the noise floor (>= 3; default: "
        f"{analysis.AnalysisConfig.seeds})",
    )
    analyze.add_argument(
        "--length-s",
        type=_positive,
        default=analysis.AnalysisConfig.length_s,
        metavar="S",
        help=f"seconds per render (vibrato: {analysis.AnalysisConfig.vibrato_length_s:g}; "
        f"default: {analysis.AnalysisConfig.length_s:g})",
    )
    analyze.add_argument(
        "--jobs",
        type=_integer(1),
        default=None,
        metavar="N",
        help="processes that measure the renders (default: one per CPU)",
    )
    analyze.add_argument(
        "--estimate",
        action="store_true",
        help="write the specs and print what rendering them costs; render nothing",
    )
    analyze.add_argument(
        "--report-only",
        action="store_true",
        help="measure DIR's bank (cached) and write the report; no model, no synthesis",
    )
    analyze.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="progress bars on stderr when it is a terminal (default: on)",
    )
    analyze.set_defaults(run=_cmd_analyze)
    return parser


# Shared steps ------------------------------------------------------------------------------


@contextlib.contextmanager
def _model(checkpoint: Path, args: argparse.Namespace) -> Iterator[Autoencoder]:
    """The model of --backend, --device and --use-ema, used inside its device scope.

    This imports the backend's framework (TensorFlow only for --backend tf).
    """
    with backends.device_scope(args.backend, args.device):
        yield backends.load_model(
            checkpoint, backend=args.backend, use_ema=args.use_ema, device=args.device
        )


def _resolve_checkpoint(path: Path, *, origin: str) -> Path:
    """`resolve_checkpoint(path)`, its error prefixed by where the path came from."""
    try:
        return resolve_checkpoint(path)
    except CheckpointError as e:
        raise CliError(f"{origin}: {e}") from e


def _checkpoint(given: Path | None, spec: grid.GridSpec) -> Path:
    """The checkpoint prefix: --checkpoint, else the spec's [render] checkpoint."""
    if given is not None:
        return _resolve_checkpoint(given, origin="--checkpoint")
    if spec.render.checkpoint is None:
        raise CliError(
            f"no checkpoint: pass --checkpoint or set [render] checkpoint in {spec.path}"
        )
    return _resolve_checkpoint(spec.render.checkpoint, origin=f"{spec.path}: [render.checkpoint]")


def _load_spec(path: Path, *, config: ModelConfig, temperature: float | None) -> grid.GridSpec:
    spec = grid.load_spec(path, config=config)
    return spec if temperature is None else render.with_temperature(spec, temperature=temperature)


def _render_config(
    args: argparse.Namespace, *, dry_run: bool, repair: bool, progress: bool
) -> render.RenderConfig:
    index, count = args.shard
    return render.RenderConfig(
        batch_size=args.batch_size,
        shard_index=index,
        shard_count=count,
        limit=args.limit,
        dry_run=dry_run,
        repair=repair,
        progress=progress,
    )


def _cluster_config(args: argparse.Namespace) -> cluster.ClusterConfig | None:
    """--ray and --workers as a ClusterConfig (None without --ray); fails at once when
    Ray is not installed or nothing answers at the address."""
    if args.ray is None:
        if args.workers is not None:
            raise CliError("--workers needs --ray")
        return None
    config = cluster.ClusterConfig(address=args.ray, workers=args.workers)
    cluster.preflight(config)
    return config


def _check_bank_argument(path: Path | None) -> None:
    """Refuses a --bank that names a file (checked before TensorFlow is imported)."""
    if path is not None and path.exists() and not path.is_dir():
        raise CliError(f"--bank {path} is a file, not a folder")


def _existing_bank(path: Path, config: ModelConfig) -> Bank | None:
    """The bank at `path` opened read-only if there is one (checked against `config`)."""
    if not (path / INDEX_NAME).is_file():
        logger.info("no bank at %s yet: counting every point as unrendered", path)
        return None
    return Bank.open(path, config=config, read_only=True)


def _spec_and_checkpoint(args: argparse.Namespace) -> tuple[grid.GridSpec, Path]:
    """The validated spec and checkpoint prefix, found without importing TensorFlow.

    The spec is read for the published model's configuration; `_for_model` reads it
    again if the checkpoint turns out to have another one.
    """
    spec = _load_spec(args.spec, config=H512_BO16, temperature=args.temperature)
    return spec, _checkpoint(args.checkpoint, spec)


def _for_model(spec: grid.GridSpec, model: Autoencoder, args: argparse.Namespace) -> grid.GridSpec:
    if model.config == spec.config:
        return spec
    return _load_spec(args.spec, config=model.config, temperature=args.temperature)


def _format_bytes(n_bytes: float) -> str:
    """A size for people: "512 B", "1.5 kB", "2.3 MB", "4.0 GB" (powers of 1000)."""
    if n_bytes < 1000:
        return f"{n_bytes:.0f} B"
    exponent = min(3, int(math.log10(n_bytes) // 3))
    return f"{n_bytes / 1000**exponent:.1f} {('kB', 'MB', 'GB')[exponent - 1]}"


def _format_duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, s = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {s:02d} s"


def _table(rows: Sequence[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


# Commands ----------------------------------------------------------------------------------


def _cmd_encode(args: argparse.Namespace) -> int:
    paths: list[Path] = args.audio
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise CliError(f"no such audio file: {', '.join(missing)}")
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for path in paths:
        by_stem[path.stem].append(path)
    clashes = [
        f"{', '.join(map(str, ps))} -> {stem}.npy" for stem, ps in by_stem.items() if len(ps) > 1
    ]
    if clashes:
        raise CliError(f"several inputs would write one file: {'; '.join(clashes)}")
    if args.out.exists() and not args.out.is_dir():
        raise CliError(f"--out {args.out} is a file, not a folder")
    checkpoint = _resolve_checkpoint(args.checkpoint, origin="--checkpoint")
    with _model(checkpoint, args) as model:
        cfg = model.config
        clips = {
            p: audio_io.load_audio(p, sample_rate_hz=cfg.sample_rate_hz, min_samples=cfg.hop_length)
            for p in paths
        }
        same_length: dict[int, list[Path]] = defaultdict(list)
        for path, clip in clips.items():
            same_length[clip.size].append(path)  # padding would change the last frames
        embeddings: dict[Path, np.ndarray] = {}
        for group in same_length.values():
            z = model.encode(np.stack([clips[p] for p in group]), max_batch=args.batch_size)
            embeddings.update(zip(group, z, strict=True))  # z: [len(group), n_frames, 16]
    outputs = {}
    for path in paths:
        out = args.out / f"{path.stem}.npy"
        buffer = io.BytesIO()
        np.save(buffer, embeddings[path].astype(np.float32))
        data = buffer.getvalue()
        if out.exists() and out.read_bytes() != data and not args.force:
            raise CliError(f"{out} exists and holds another embedding (--force overwrites it)")
        outputs[out] = data
    args.out.mkdir(parents=True, exist_ok=True)
    for out, data in outputs.items():
        if out.exists() and out.read_bytes() == data:
            logger.info("%s is up to date", out)
        else:
            temp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
            temp.write_bytes(data)
            temp.replace(out)
        print(out)
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    config = _render_config(args, dry_run=args.dry_run, repair=args.repair, progress=args.progress)
    ray_config = None if args.dry_run else _cluster_config(args)
    _check_bank_argument(args.bank)
    spec, checkpoint = _spec_and_checkpoint(args)
    if not args.dry_run:  # now, not after the model has loaded: a bad path fails at once
        try:
            create_folder(args.bank)
        except BankError as e:
            raise CliError(f"--bank {e}") from e
    with _model(checkpoint, args) as model:
        spec = _for_model(spec, model, args)
        if args.dry_run:
            bank = _existing_bank(args.bank, model.config)
        else:
            bank = Bank.open(args.bank, config=model.config, create=True)
        with contextlib.closing(bank) if bank is not None else contextlib.nullcontext():
            if not args.dry_run:
                bank.record_spec(args.spec)  # so that nsynth-server needs no --spec
            with logging_redirect_tqdm(loggers=[logging.getLogger("precompute")]):
                if ray_config is None:
                    report = render.render(spec, model, bank, config)
                else:
                    report = cluster.render(spec, model, bank, config, ray_config)
    plan = report.plan
    where = (
        f"shard {config.shard_index}/{config.shard_count}: {plan.n_in_shard} points, "
        f"{plan.n_ready} already in the bank ({plan.n_points} in the grid)"
    )
    if args.dry_run:
        for point in plan.points:
            print(point.key, json.dumps(dict(point.coords)))
        print(f"would render {len(plan.points)}; {where}")
    else:
        retried = (
            f"; {len(report.retried)} decoded again after their worker was lost"
            if report.retried
            else ""
        )
        print(
            f"rendered {len(report.rendered)}, failed {len(report.failed)} in "
            f"{_format_duration(report.elapsed_s)}; {where}{retried}"
        )
    if report.failed:
        print(
            f"{PROG} render: {len(report.failed)} renders failed (logged above); "
            "run again to retry them",
            file=sys.stderr,
        )
        return 1
    return 0


def _cmd_estimate(args: argparse.Namespace) -> int:
    config = _render_config(args, dry_run=True, repair=False, progress=False)
    ray_config = _cluster_config(args)
    _check_bank_argument(args.bank)
    spec, checkpoint = _spec_and_checkpoint(args)
    placement = None
    with _model(checkpoint, args) as model:
        spec = _for_model(spec, model, args)
        bank = _existing_bank(args.bank, model.config) if args.bank is not None else None
        with contextlib.closing(bank) if bank is not None else contextlib.nullcontext():
            if ray_config is None:
                est = render.estimate(
                    spec, model, calibration_steps=args.calibration_steps, bank=bank, config=config
                )
            else:
                est, placement = cluster.estimate(
                    spec,
                    model,
                    ray_config,
                    calibration_steps=args.calibration_steps,
                    bank=bank,
                    config=config,
                )
    plan = est.plan
    streams = min(plan.batch_size, len(plan.points))
    step = f"{1e3 * est.step_s:.3g} ms per sample of {streams} streams" if streams else "-"
    if streams and placement:
        step += " on a worker"
    print(
        _table(
            [
                ("points in grid", f"{plan.n_points}"),
                (f"in shard {config.shard_index}/{config.shard_count}", f"{plan.n_in_shard}"),
                ("already in bank", f"{plan.n_ready}"),
                ("to render", f"{len(plan.points)}"),
                ("audio", _format_duration(est.audio_s)),
                ("disk", _format_bytes(est.disk_bytes)),
                ("batches", f"{est.n_batches} of up to {plan.batch_size} renders"),
                ("decode step", step),
                *([("workers", placement.describe())] if placement else []),
                ("time", _format_duration(est.time_s)),
            ]
        )
    )
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    sqlite_temp = {f"{INDEX_NAME}-wal", f"{INDEX_NAME}-shm"}  # open connections' files
    with Bank.open(args.bank, read_only=True) as bank:
        counts = bank.counts()
        with os.scandir(bank.root) as entries:
            files = [
                e.stat(follow_symlinks=False).st_size
                for e in entries
                if e.is_file() and e.name not in sqlite_temp
            ]
        rows = [
            ("bank", str(bank.root)),
            ("ready", str(counts["ready"])),
            ("failed", str(counts["failed"])),
            ("disk", f"{_format_bytes(sum(files))} in {len(files)} files"),
            ("sample rate", f"{bank.config.sample_rate_hz} Hz"),
            ("model", bank.config.to_json()),
        ]
    print(_table(rows))
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    with Bank.open(args.bank, read_only=not args.repair) as bank:
        report = bank.verify(repair=args.repair)
    action = " (removed)" if report.repaired else ""
    found = [
        ("ready row, no WAV", report.missing_files),
        ("unreadable or wrong WAV", report.bad_files),
        ("orphan WAV", tuple(map(str, report.orphan_files))),
        ("stale temp file", tuple(map(str, report.temp_files))),
    ]
    for kind, items in found:
        for item in items:
            print(f"{kind}{action}: {item}")
    total = sum(len(items) for _, items in found)
    print(f"{args.bank}: {'ok' if report.ok else f'{total} problems{action}'}")
    return 0 if report.ok or report.repaired else 1


def _cmd_notes(args: argparse.Namespace) -> int:
    lo, hi = args.pitches
    cfg = notes.NoteSetConfig(
        instruments=tuple(args.instruments),
        pitches=tuple(range(lo, hi + 1)),
        velocities=tuple(args.velocities),
        note_s=args.note_s,
    )
    paths = notes.render_notes(args.out, cfg, soundfont=args.soundfont)
    print(f"{len(paths)} notes in {args.out}")
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    if not args.notes.is_dir():
        raise CliError(f"{args.notes}: no such folder of notes")
    paths = notes.note_files(args.notes)
    if not paths:
        raise CliError(f"{args.notes}: holds no audio files (.wav, .flac, .aiff, .ogg)")
    train_paths, eval_paths = notes.split_by_pitch(paths, args.holdout_pitches)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from tqdm import tqdm

    from precompute.model.train import TrainConfig, Trainer, load_notes

    config = CONFIGS[args.config]
    train_cfg = TrainConfig(
        steps=args.steps,
        batch_size=args.batch_size,
        crop_samples=args.crop_samples,
        learning_rate=args.learning_rate,
        input_noise=args.input_noise,
        detune_cents=args.detune_cents,
        checkpoint_every=args.checkpoint_every,
        eval_every=args.eval_every,
        xla=args.xla,
    )
    trainer = Trainer(args.out, config, train_cfg)
    train_clips = load_notes(train_paths, config=config, min_samples=args.crop_samples)
    eval_clips = load_notes(eval_paths, config=config, min_samples=args.crop_samples)
    logger.info(
        "%d training notes, %d held out (pitches %s)",
        len(train_clips),
        len(eval_clips),
        args.holdout_pitches,
    )
    with (
        logging_redirect_tqdm(),
        tqdm(
            total=args.steps, initial=int(trainer.step), unit="step", desc="train", file=sys.stderr
        ) as bar,
    ):

        def on_step(step: int, loss: float) -> None:
            bar.update(step - bar.n)
            bar.set_postfix(loss=f"{loss:.3f}")

        result = trainer.fit(train_clips, eval_clips, on_step=on_step)
    print(json.dumps(result))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from precompute.model.checkpoint import load_weights, write_checkpoint

    if args.out.with_name(args.out.name + ".index").exists():
        raise CliError(f"{args.out}: a checkpoint is already there; choose another prefix")
    config, weights = load_weights(args.source, use_ema=args.use_ema)
    print(write_checkpoint(args.out, weights, config))
    return 0


def _cmd_analyze(args: argparse.Namespace) -> int:
    from precompute.analysis import measure, pipeline

    if args.out.exists() and not args.out.is_dir():
        raise CliError(f"--out {args.out} is a file, not a folder")
    jobs = args.jobs or measure.default_jobs()
    if args.report_only:
        if args.sources or args.checkpoint or args.estimate:
            raise CliError(
                "--report-only reads DIR alone: give no sources, --checkpoint or --estimate"
            )
        index = pipeline.report_only(args.out, jobs=jobs, progress=args.progress)
        print("\n".join(pipeline.knob_lines(index)))
        print(f"report: {index}")
        return 0
    sources = pipeline.expand_inputs(args.sources or pipeline.DEMO_SOURCES)
    series = pipeline.expand_inputs(
        [pipeline.DEMO_SERIES] if args.pitch_series is None else args.pitch_series
    )
    pipeline.check_inputs(sources, series)  # before TensorFlow loads: mistakes answer at once
    checkpoint = _resolve_checkpoint(
        args.checkpoint or pipeline.DEMO_CHECKPOINT, origin="--checkpoint"
    )
    defaults = analysis.AnalysisConfig()
    config = analysis.AnalysisConfig(
        length_s=args.length_s,
        seeds=args.seeds,
        temperature=args.temperature or defaults.temperature,
        batch_size=args.batch_size or defaults.batch_size,
    )
    run_config = pipeline.RunConfig(
        render=_render_config(args, dry_run=False, repair=True, progress=args.progress),
        jobs=jobs,
        progress=args.progress,
        estimate_only=args.estimate,
    )
    with _model(checkpoint, args) as model:
        with logging_redirect_tqdm(loggers=[logging.getLogger("precompute")]):
            result = pipeline.run(
                args.out,
                sources=sources,
                series=series,
                model=model,
                config=config,
                run_config=run_config,
                checkpoint=str(checkpoint),
            )
    print(pipeline.estimate_table(result.estimate))
    if args.estimate:
        return 0
    print(
        f"rendered {result.rendered}, failed {result.failed} in {_format_duration(result.render_s)}"
    )
    if result.report is not None:
        print("\n".join(pipeline.knob_lines(result.report)))
        print(f"report: {result.report}")
    return 1 if result.failed else 0


# Entry point -------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command. Returns the exit status (argparse exits with 2 by itself)."""
    args = build_parser().parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    package = logging.getLogger("precompute")
    level = package.level
    package.addHandler(handler)
    package.setLevel(logging.DEBUG if args.verbose else logging.INFO)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print(
            f"{PROG} {args.command}: interrupted (finished renders are in the bank; "
            "run again to resume)",
            file=sys.stderr,
        )
        return 130
    except Exception as e:  # noqa: BLE001 - every failure ends as one line (STYLE 11)
        if args.verbose:
            traceback.print_exc()
        message = " ".join(str(e).split())  # one line, whatever the message holds
        if not isinstance(e, PrecomputeError | OSError):  # not expected: say what it was
            message = f"{type(e).__name__}: {message} (--verbose shows the traceback)"
        print(f"{PROG} {args.command}: error: {message}", file=sys.stderr)
        return 1
    finally:
        package.removeHandler(handler)
        package.setLevel(level)


if __name__ == "__main__":
    raise SystemExit(main())
