"""What each `nsynth-precompute` command does once precompute/cli.py has parsed it.

`run_<command>(args) -> exit status` for each command, and the steps they share: loading
the model (`--backend`, `--device`), resolving the checkpoint and spec, opening the bank,
formatting tables. A failure raises (`CliError` for an unusable argument); `cli.main`
prints it as one line.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import math
import os
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from tqdm.contrib.logging import logging_redirect_tqdm

from precompute import audio_io, cluster, grid, notes, render
from precompute.analysis import experiments as analysis
from precompute.bank import INDEX_NAME, Bank, BankError, create_folder
from precompute.errors import PrecomputeError
from precompute.model import backends
from precompute.model.checkpoint import CheckpointError, resolve_checkpoint
from precompute.model.config import CONFIGS, H512_BO16, ModelConfig

if TYPE_CHECKING:
    from precompute.model.autoencoder import Autoencoder

logger = logging.getLogger(__name__)

PROG = "nsynth-precompute"


class CliError(PrecomputeError):
    """A command-line argument names something unusable (a clash, a missing setting)."""


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
    """Refuses a --bank that names a file (checked before the model's framework is imported)."""
    if path is not None and path.exists() and not path.is_dir():
        raise CliError(f"--bank {path} is a file, not a folder")


def _existing_bank(path: Path, config: ModelConfig) -> Bank | None:
    """The bank at `path` opened read-only if there is one (checked against `config`)."""
    if not (path / INDEX_NAME).is_file():
        logger.info("no bank at %s yet: counting every point as unrendered", path)
        return None
    return Bank.open(path, config=config, read_only=True)


def _spec_and_checkpoint(args: argparse.Namespace) -> tuple[grid.GridSpec, Path]:
    """The validated spec and checkpoint prefix, found without importing the model's framework.

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


def run_encode(args: argparse.Namespace) -> int:
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


def run_render(args: argparse.Namespace) -> int:
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


def run_estimate(args: argparse.Namespace) -> int:
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


def run_status(args: argparse.Namespace) -> int:
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


def run_verify(args: argparse.Namespace) -> int:
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


def run_notes(args: argparse.Namespace) -> int:
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


def run_train(args: argparse.Namespace) -> int:
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


def run_export(args: argparse.Namespace) -> int:
    from precompute.model.checkpoint import load_weights, write_checkpoint

    if args.out.with_name(args.out.name + ".index").exists():
        raise CliError(f"{args.out}: a checkpoint is already there; choose another prefix")
    config, weights = load_weights(args.source, use_ema=args.use_ema)
    print(write_checkpoint(args.out, weights, config))
    return 0


def run_analyze(args: argparse.Namespace) -> int:
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
    pipeline.check_inputs(sources, series)  # before the model loads: mistakes answer at once
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
