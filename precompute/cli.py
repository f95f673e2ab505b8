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

This module parses; precompute/commands.py runs each command. Arguments, specs, checkpoint
paths and the bank folder are checked before the model's framework (JAX or TensorFlow) is
imported, so `--help` and mistakes answer at once. Results go to stdout; logs and the
progress bar go to stderr. A failure prints one line (`--verbose`: the traceback) and exits
with 1; bad arguments exit with 2; Ctrl-C exits with 130 (finished renders stay in the
bank). See docs/precompute.md.
"""

from __future__ import annotations

import argparse
import logging
import math
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from precompute import cluster, commands, notes
from precompute.analysis import experiments as analysis
from precompute.commands import PROG
from precompute.errors import PrecomputeError
from precompute.model.backends import BACKENDS, DEFAULT_BACKEND
from precompute.model.config import CONFIGS

_SHARD_RE = re.compile(r"(\d+)/(\d+)")


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
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    encode = subcommands.add_parser(
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
    encode.set_defaults(run=commands.run_encode)

    render_cmd = subcommands.add_parser(
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
    render_cmd.set_defaults(run=commands.run_render)

    estimate = subcommands.add_parser(
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
    estimate.set_defaults(run=commands.run_estimate)

    status = subcommands.add_parser(
        "status", parents=[common], help="counts by status, disk use and model of a bank"
    )
    status.add_argument("--bank", type=Path, required=True, metavar="DIR", help="bank folder")
    status.set_defaults(run=commands.run_status)

    verify = subcommands.add_parser(
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
    verify.set_defaults(run=commands.run_verify)

    notes_cmd = subcommands.add_parser(
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
    notes_cmd.set_defaults(run=commands.run_notes)

    train = subcommands.add_parser(
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
    train.set_defaults(run=commands.run_train)

    export = subcommands.add_parser(
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
    export.set_defaults(run=commands.run_export)

    analyze = subcommands.add_parser(
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
    analyze.set_defaults(run=commands.run_analyze)
    return parser


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
