"""Render a folder of single notes with FluidSynth: training data made here, no downloads.

One MIDI file per note (written with `mido`), rendered straight at the model's rate by
Debian's `fluidsynth` with a General MIDI soundfont (`timgm6mb-soundfont`, about 6 MB).
Files are named `<instrument>_p<pitch>_v<velocity>.wav`, so `pitch_of` reads them back.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from precompute.errors import PrecomputeError

logger = logging.getLogger(__name__)

#: Where Debian's timgm6mb-soundfont and fluid-soundfont-gm put their files.
DEFAULT_SOUNDFONTS = (
    Path("/usr/share/sounds/sf2/TimGM6mb.sf2"),
    Path("/usr/share/sounds/sf2/FluidR3_GM.sf2"),
)

#: General MIDI programs (0-based) of sustained instruments that suit a demo bank.
INSTRUMENTS: dict[str, int] = {
    "piano": 0,
    "organ": 19,
    "guitar": 24,
    "strings": 48,
    "trumpet": 56,
    "sax": 65,
    "flute": 73,
    "synthlead": 80,
}

_NAME_RE = re.compile(r"_p(\d{1,3})_v(\d{1,3})$")


class NotesError(PrecomputeError):
    """The note renderer is missing a tool or got bad settings."""


@dataclasses.dataclass(frozen=True)
class NoteSetConfig:
    """What to render.

    Attributes:
        instruments: Names from `INSTRUMENTS`.
        pitches: MIDI note numbers.
        velocities: MIDI velocities (1..127).
        note_s: Seconds the key is held.
        tail_s: Seconds of release after note-off.
        sample_rate_hz: Output rate (the model's).
    """

    instruments: tuple[str, ...] = tuple(INSTRUMENTS)
    pitches: tuple[int, ...] = tuple(range(48, 73))
    velocities: tuple[int, ...] = (60, 90, 120)
    note_s: float = 1.5
    tail_s: float = 0.5
    sample_rate_hz: int = 16000

    def __post_init__(self) -> None:
        unknown = sorted(set(self.instruments) - set(INSTRUMENTS))
        if unknown:
            raise NotesError(f"unknown instruments {unknown}; known: {sorted(INSTRUMENTS)}")
        if not all(0 <= p <= 127 for p in self.pitches):
            raise NotesError(f"pitches {self.pitches} must lie in 0..127")
        if not all(1 <= v <= 127 for v in self.velocities):
            raise NotesError(f"velocities {self.velocities} must lie in 1..127")
        if not (math.isfinite(self.note_s) and self.note_s > 0):
            raise NotesError(f"note_s={self.note_s} must be finite and > 0")
        if not (math.isfinite(self.tail_s) and self.tail_s >= 0):
            raise NotesError(f"tail_s={self.tail_s} must be finite and >= 0")


def note_name(instrument: str, pitch: int, velocity: int) -> str:
    return f"{instrument}_p{pitch:03d}_v{velocity:03d}"


def pitch_of(path: str | Path) -> int | None:
    """MIDI pitch in a file name written by `render_notes`, else None."""
    match = _NAME_RE.search(Path(path).stem)
    return int(match.group(1)) if match else None


def find_soundfont(explicit: str | Path | None = None) -> Path:
    """The soundfont to use: `explicit`, else the first of DEFAULT_SOUNDFONTS present."""
    candidates = [Path(explicit)] if explicit else list(DEFAULT_SOUNDFONTS)
    for path in candidates:
        if path.is_file():
            return path
    raise NotesError(
        f"no soundfont at {', '.join(map(str, candidates))}: "
        "install one (apt-get install timgm6mb-soundfont) or pass --soundfont"
    )


def _midi_file(path: Path, *, program: int, pitch: int, velocity: int, cfg: NoteSetConfig) -> None:
    import mido

    ticks_per_beat, tempo = 480, 500_000  # 120 bpm: one beat = 0.5 s
    ticks_per_s = ticks_per_beat * 1_000_000 / tempo
    track = mido.MidiTrack(
        [
            mido.MetaMessage("set_tempo", tempo=tempo, time=0),
            mido.Message("program_change", program=program, time=0),
            mido.Message("note_on", note=pitch, velocity=velocity, time=0),
            mido.Message("note_off", note=pitch, velocity=0, time=round(cfg.note_s * ticks_per_s)),
            mido.MetaMessage("end_of_track", time=round(cfg.tail_s * ticks_per_s)),
        ]
    )
    mido.MidiFile(tracks=[track], ticks_per_beat=ticks_per_beat).save(path)


def _planned(cfg: NoteSetConfig) -> Iterator[tuple[str, int, int]]:
    for instrument in cfg.instruments:
        for pitch in cfg.pitches:
            for velocity in cfg.velocities:
                yield instrument, pitch, velocity


def render_notes(
    out_dir: str | Path, cfg: NoteSetConfig, *, soundfont: str | Path | None = None
) -> list[Path]:
    """Render every instrument x pitch x velocity note into `out_dir` (skips existing files).

    Each WAV is written to a temporary name and renamed, so an interrupted run leaves
    only whole files and a re-run completes the set.

    Returns:
        The paths of all notes of the set, in a stable order.
    """
    fluidsynth = shutil.which("fluidsynth")
    if fluidsynth is None:
        raise NotesError("fluidsynth is not installed (apt-get install fluidsynth)")
    font = find_soundfont(soundfont)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory() as tmp:
        for instrument, pitch, velocity in _planned(cfg):
            target = out / f"{note_name(instrument, pitch, velocity)}.wav"
            paths.append(target)
            if target.exists():
                continue
            midi = Path(tmp) / "note.mid"
            _midi_file(
                midi, program=INSTRUMENTS[instrument], pitch=pitch, velocity=velocity, cfg=cfg
            )
            partial = target.with_suffix(".wav.partial")
            command = [
                fluidsynth,
                "-ni",
                "-q",
                "-g",
                "0.8",
                "-r",
                str(cfg.sample_rate_hz),
                "-F",
                str(partial),
                "-T",
                "wav",
                str(font),
                str(midi),
            ]
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0 or not partial.is_file():
                raise NotesError(
                    f"fluidsynth failed on {target.name}: {done.stderr.strip()[-300:]}"
                )
            os.replace(partial, target)
    logger.info("%d notes in %s", len(paths), out)
    return paths


#: Audio files a folder of training notes may hold.
NOTE_SUFFIXES = frozenset({".wav", ".flac", ".aiff", ".aif", ".ogg"})


def note_files(folder: Path) -> list[Path]:
    """The audio files directly in `folder`, sorted by name (other files are ignored)."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in NOTE_SUFFIXES)


#: MIDI pitches held out of training by default, to evaluate on pitches never trained on.
HOLDOUT_PITCHES = (51, 58, 65, 70)


def split_by_pitch(
    paths: Sequence[Path], holdout_pitches: Sequence[int]
) -> tuple[list[Path], list[Path]]:
    """(training, held-out) files: held out are those whose name carries a listed pitch."""
    held = set(holdout_pitches)
    train = [p for p in paths if pitch_of(p) not in held]
    test = [p for p in paths if pitch_of(p) in held]
    return train, test
