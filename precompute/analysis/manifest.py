"""An analysis folder's manifest (`analysis.json`): what was analysed, how, with which model.

The run writes it before rendering; the report reads it, so a report can be rebuilt
from the folder alone (no model, no synthesis):

```
DIR/
  analysis.json       this manifest
  inputs.toml         the sources and the pitch series as one spec (for the encoder)
  sources/            copies of the sources and the pitch series, plus the pitch
                      direction and its sinusoids (.npy) the causal experiments add
  embeddings.npz      the encoder's embeddings of the sources and the series
  specs/*.toml        the experiments as grid specs
  bank/               the renders (an ordinary bank)
  measurements.json   descriptors of every render, by key (a cache)
  report/             index.html, figures/, audio/, knobs.json
```
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from precompute.analysis.experiments import AnalysisConfig
from precompute.errors import PrecomputeError
from precompute.model.config import ModelConfig

MANIFEST_NAME = "analysis.json"
MANIFEST_VERSION = 1
SPECS_DIR = "specs"
SOURCES_DIR = "sources"
BANK_DIR = "bank"
REPORT_DIR = "report"
EMBEDDINGS_NAME = "embeddings.npz"
INPUTS_NAME = "inputs.toml"
MEASUREMENTS_NAME = "measurements.json"


class ManifestError(PrecomputeError):
    """An analysis folder has no manifest, or one this version cannot read."""


@dataclasses.dataclass(frozen=True)
class SourceFile:
    """One analysed source.

    Attributes:
        name: Its grid source name.
        file: Its copy, relative to the analysis folder.
        original: The path it was given as.
        audio: True for an audio note (it has an original to reconstruct), False for an
            embedding.
    """

    name: str
    file: str
    original: str
    audio: bool


@dataclasses.dataclass(frozen=True)
class SpecEntry:
    """One experiment spec: its file (relative to the analysis folder), experiment and
    fixed parameters (see `experiments.ExperimentSpec`)."""

    file: str
    experiment: str
    params: dict[str, Any]


@dataclasses.dataclass(frozen=True)
class Manifest:
    """What an analysis folder holds.

    Attributes:
        config: The analysis settings.
        model_config: The model's configuration.
        fingerprint: The checkpoint's fingerprint (part of every key).
        checkpoint: The checkpoint path, when the model came from one.
        sources: The analysed sources, in the order given.
        series: Instrument -> MIDI pitch -> file (relative) of the pitch series.
        min_r: |r| a component needs to count as following pitch.
        specs: The experiment specs, in report order.
    """

    config: AnalysisConfig
    model_config: ModelConfig
    fingerprint: str
    checkpoint: str | None
    sources: tuple[SourceFile, ...]
    series: dict[str, dict[int, str]]
    min_r: float
    specs: tuple[SpecEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": MANIFEST_VERSION,
            "config": self.config.to_dict(),
            "model": {
                "config": self.model_config.to_dict(),
                "fingerprint": self.fingerprint,
                "checkpoint": self.checkpoint,
            },
            "sources": [dataclasses.asdict(s) for s in self.sources],
            "series": {
                name: {str(p): f for p, f in sorted(notes.items())}
                for name, notes in self.series.items()
            },
            "min_r": self.min_r,
            "specs": [dataclasses.asdict(s) for s in self.specs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        if data.get("version") != MANIFEST_VERSION:
            raise ManifestError(
                f"manifest version {data.get('version')!r}; this version reads {MANIFEST_VERSION}"
            )
        model = data["model"]
        return cls(
            config=AnalysisConfig.from_dict(data["config"]),
            model_config=ModelConfig.from_dict(model["config"]),
            fingerprint=model["fingerprint"],
            checkpoint=model["checkpoint"],
            sources=tuple(SourceFile(**s) for s in data["sources"]),
            series={
                name: {int(p): f for p, f in notes.items()}
                for name, notes in data["series"].items()
            },
            min_r=float(data["min_r"]),
            specs=tuple(SpecEntry(**s) for s in data["specs"]),
        )


def write_text_atomic(path: Path, text: str) -> bool:
    """Writes `text` to `path` through a temporary file and a rename, unless the file
    already holds exactly that text. Returns True when it wrote."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(path)
    return True


def save(folder: Path, manifest: Manifest) -> None:
    """Writes `folder/analysis.json`."""
    write_text_atomic(folder / MANIFEST_NAME, json.dumps(manifest.to_dict(), indent=2) + "\n")


def load(folder: Path) -> Manifest:
    """Reads `folder/analysis.json`.

    Raises:
        ManifestError: No manifest there, or it is unreadable.
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        raise ManifestError(f"{folder}: no {MANIFEST_NAME}; run the analysis there first")
    try:
        return Manifest.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ManifestError(f"{path}: unreadable manifest ({type(e).__name__}: {e})") from e
