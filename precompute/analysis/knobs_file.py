"""knobs.json, the knob map's file (docs/knobs.md): its name, its format, and a reader.

The analysis writes it (`knobmap.knobs_json`, `report.write_report`); the OSC server reads
each component's label from it (`read_knobs`) to answer `/nsynth/knobmap`. This module
is light (the standard library only), so the server does not load the analysis's
libraries to read a label.
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any

from precompute.errors import PrecomputeError

#: File name of the knob map, in a report folder and in a bank folder.
KNOBS_NAME = "knobs.json"

#: Format name and version of knobs.json.
KNOBS_FORMAT = "nsynth-knobs"
KNOBS_VERSION = 1


class KnobsFileError(PrecomputeError):
    """A knobs.json cannot be read or is not one; the message names the file and field."""


@dataclasses.dataclass(frozen=True)
class KnobLabel:
    """What one component does, as a dial shows it.

    Attributes:
        component: Embedding component, 0 .. n - 1.
        label: In words ("loudness up with gain", or "no consistent effect").
        short: For a dial, ASCII, a few characters ("loud+", or "none").
        strength: Of the labelled effect, in noise-floor units (0: no consistent effect).
    """

    component: int
    label: str
    short: str
    strength: float


@dataclasses.dataclass(frozen=True)
class KnobsFile:
    """The parts of a knobs.json a dial needs.

    Attributes:
        path: The file.
        fingerprint: The checkpoint fingerprint the map was measured with (None if absent).
        knobs: One per component, in component order.
    """

    path: Path
    fingerprint: str | None
    knobs: tuple[KnobLabel, ...]


def read_knobs(path: str | Path) -> KnobsFile:
    """Reads a knobs.json's labels.

    Raises:
        KnobsFileError: The file cannot be read, is not JSON, is not an `nsynth-knobs`
            file of a known version, or a component's entry lacks a field.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise KnobsFileError(f"{path}: cannot read the knob map: {e}") from e
    except json.JSONDecodeError as e:
        raise KnobsFileError(f"{path}: not JSON: {e}") from e
    if not isinstance(data, dict) or data.get("format") != KNOBS_FORMAT:
        raise KnobsFileError(f"{path}: not a knob map (format {KNOBS_FORMAT!r} expected)")
    if data.get("version") != KNOBS_VERSION:
        raise KnobsFileError(
            f"{path}: knob map version {data.get('version')!r}; this version reads {KNOBS_VERSION}"
        )
    entries = data.get("knobs")
    if not isinstance(entries, list) or not entries:
        raise KnobsFileError(f"{path}: 'knobs' must be a non-empty list")
    knobs = [_knob(path, i, entry) for i, entry in enumerate(entries)]
    if [k.component for k in knobs] != list(range(len(knobs))):
        raise KnobsFileError(f"{path}: knobs must list components 0 .. {len(knobs) - 1} in order")
    model = data.get("model")
    fingerprint = model.get("fingerprint") if isinstance(model, dict) else None
    return KnobsFile(path, fingerprint if isinstance(fingerprint, str) else None, tuple(knobs))


def _knob(path: Path, index: int, entry: Any) -> KnobLabel:
    where = f"{path}: knobs[{index}]"
    if not isinstance(entry, dict):
        raise KnobsFileError(f"{where} must be an object")
    component, strength = entry.get("component"), entry.get("strength")
    label, short = entry.get("label"), entry.get("short")
    if not isinstance(component, int) or isinstance(component, bool):
        raise KnobsFileError(f"{where}.component={component!r} must be an integer")
    if not isinstance(label, str) or not isinstance(short, str) or not short:
        raise KnobsFileError(f"{where}: 'label' and 'short' must be strings")
    if not isinstance(strength, int | float) or isinstance(strength, bool):
        raise KnobsFileError(f"{where}.strength={strength!r} must be a number")
    if not math.isfinite(strength) or strength < 0:
        raise KnobsFileError(f"{where}.strength={strength!r} must be finite and >= 0")
    return KnobLabel(component, label, short, float(strength))
