"""The knob experiments as ordinary grid specs (docs/grid-spec.md), built as TOML text.

Every experiment is expressed with the existing edits, so its renders are ordinary bank
entries (resume, shards and estimates apply) and its keys depend only on the sources a
point uses: adding a source to an analysis adds that source's points and changes no
other key. A spec sweeps one parameter per axis and has one seed and one length, so an
experiment that varies two things at once is several specs:

| spec | edit, for every source | experiment |
| --- | --- | --- |
| `baseline-seed<k>` | none, sampler seed k | the noise floor and the reconstructions |
| `zero` | `zero` of one component, for each of the 16 | 1 zero |
| `gain-<g>` | `scale` of one component by g, for each of the 16 | 2 gain |
| `sign` | `flip` of one component, for each of the 16 | 3 sign |
| `replicate-gain-<g>` | `gain-<g>` again with sampler seed 1 | the noise floor of edited renders |
| `pitch` | `add` k times the pitch direction (a one-frame embedding) | 4 and 6 causal pitch |
| `additive-<a>` | base a, `add` b (each b after a), then `scale` 1 or 0.5 | 5 additive |
| `vibrato-<r>` | `vibrato` at rate r, depths 0 (the null) and more frames | 7 vibrato |
| `pitch-vibrato-<r>` | `add` a sinusoid along the pitch direction at rate r | 7 vibrato in cents |

The pitch direction and its sinusoids are `.npy` sources the pipeline writes from the
derived pitch experiment (`analysis.pitch`). Gain 0 is `zero` and gain 1 the baseline,
so the gain curve has both without rendering them twice.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from precompute.errors import PrecomputeError
from precompute.perturb import N_Z

#: Name of the pitch-direction source (a one-frame embedding: components per semitone).
PITCH_DIRECTION = "analysis-pitch-direction"

_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


class ExperimentError(PrecomputeError):
    """Analysis settings or sources are invalid; the message names the setting or file."""


@dataclasses.dataclass(frozen=True)
class AnalysisConfig:
    """What the analysis renders (each value changes renders, so all go in the manifest).

    Attributes:
        length_s: Length of the per-component, pitch and additive renders (s).
        vibrato_length_s: Length of the vibrato renders (s): several periods of the
            slowest rate.
        seeds: Unedited renders per source with different sampler seeds (>= 3): their
            spread is the noise floor every effect is measured against.
        gains: Gains applied to one component at a time (0 is `zero`, 1 the baseline,
            so neither belongs here).
        replicate_gain: One of `gains` whose renders are made again with another seed:
            edited renders may vary more between seeds than unedited ones, and each
            pair's difference measures how much. None: no replicate.
        pitch_steps: Semitones asked of the causal pitch experiment.
        vibrato_rates_hz: Rates of the `vibrato` edit (Hz).
        vibrato_depths_frames: Depths of the `vibrato` edit (embedding frames, > 0; depth
            0 is rendered too, as the null of each rate).
        pitch_vibrato_rates_hz: Rates of the sinusoid along the pitch direction (Hz).
        pitch_vibrato_depths_cents: Its peak deviations asked for (cents).
        temperature: Sampling temperature of every render.
        batch_size: Renders decoded together.
        fade_ms: Fade in and out of every render (ms); no peak normalisation, so
            loudness changes survive.
        sample_format: WAV sample format of the renders.
    """

    length_s: float = 0.5
    vibrato_length_s: float = 1.0
    seeds: int = 4
    gains: tuple[float, ...] = (0.5, 1.5, 2.0, 3.0)
    replicate_gain: float | None = 2.0
    pitch_steps: tuple[int, ...] = (-7, -3, 3, 7, 12)
    vibrato_rates_hz: tuple[float, ...] = (3.0, 5.5, 8.0)
    vibrato_depths_frames: tuple[float, ...] = (1.0, 3.0)
    pitch_vibrato_rates_hz: tuple[float, ...] = (5.5,)
    pitch_vibrato_depths_cents: tuple[float, ...] = (50.0, 100.0)
    temperature: float = 0.5
    batch_size: int = 1
    fade_ms: float = 10.0
    sample_format: str = "float32"

    def __post_init__(self) -> None:
        def positive(name: str, value: float) -> None:
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ExperimentError(f"{name}={value!r} must be a finite number > 0")

        positive("length_s", self.length_s)
        positive("vibrato_length_s", self.vibrato_length_s)
        positive("temperature", self.temperature)
        if isinstance(self.seeds, bool) or not isinstance(self.seeds, int) or self.seeds < 3:
            raise ExperimentError(
                f"seeds={self.seeds!r} must be an integer >= 3 (the noise floor needs a spread)"
            )
        for g in self.gains:
            positive("gains", g)
            if g == 1:
                raise ExperimentError("gains must not hold 1: gain 1 is the baseline")
        if self.replicate_gain is not None and self.replicate_gain not in self.gains:
            raise ExperimentError(
                f"replicate_gain={self.replicate_gain} must be one of gains {self.gains}"
            )
        for name in ("vibrato_rates_hz", "vibrato_depths_frames", "pitch_vibrato_rates_hz",
                     "pitch_vibrato_depths_cents"):  # fmt: skip
            for value in getattr(self, name):
                positive(name, value)
        if any(isinstance(k, bool) or not isinstance(k, int) or k == 0 for k in self.pitch_steps):
            raise ExperimentError(f"pitch_steps={self.pitch_steps} must be non-zero integers")
        if self.batch_size < 1:
            raise ExperimentError(f"batch_size={self.batch_size} must be >= 1")

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AnalysisConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
        return cls(**values)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


@dataclasses.dataclass(frozen=True)
class ExperimentSpec:
    """One spec file of the analysis.

    Attributes:
        file: File name in the specs folder.
        experiment: Which experiment its renders belong to (see the module table).
        params: What the spec fixes for all its points (seed, gain factor, rate).
        text: The TOML text.
    """

    file: str
    experiment: str
    params: dict[str, Any]
    text: str


def source_name(stem: str) -> str:
    """A grid source name for a file stem: characters outside [A-Za-z0-9_-] become '-',
    and a name not starting with a letter gets an 's' in front."""
    name = re.sub(r"[^A-Za-z0-9_-]", "-", stem)
    return name if _NAME_RE.fullmatch(name) else f"s{name}"


def format_number(value: float) -> str:
    """A number as file names and labels show it: 1.5 -> "1.5", 2.0 -> "2", 5.5 -> "5.5"."""
    return f"{value:g}"


# TOML ------------------------------------------------------------------------------------


def _toml(value: Any) -> str:
    """TOML text of a string, number or (nested) list."""
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string with ASCII escapes is a TOML basic string
    if isinstance(value, bool):
        raise ExperimentError(f"{value!r}: no booleans in a spec")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(float(value))
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, Mapping):  # an inline table; keys are source names or MIDI pitches
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    raise ExperimentError(f"{value!r} ({type(value).__name__}) cannot go in a spec")


def _spec_text(
    title: str,
    sources: Mapping[str, str],
    render: Mapping[str, Any],
    *,
    base: Sequence[str] | None = None,
    axes: Sequence[Mapping[str, Any]] = (),
) -> str:
    lines = [
        f"# {title}",
        "# Written by nsynth-precompute analyze (docs/knobs.md).",
        "",
        "[sources]",
    ]
    lines += [f"{name} = {_toml(path)}" for name, path in sources.items()]
    if base is not None:
        lines += ["", "[base]", f"sources = {_toml(list(base))}"]
    for axis in axes:
        lines += ["", "[[axes]]"] + [f"{k} = {_toml(v)}" for k, v in axis.items()]
    lines += ["", "[render]"] + [f"{k} = {_toml(v)}" for k, v in render.items()]
    return "\n".join(lines) + "\n"


def inputs_spec(sources: Mapping[str, str], series: Mapping[str, Mapping[int, str]]) -> str:
    """A spec naming every input, the series as pitched sets, so the renderer's encoder
    embeds them all (paths relative to the spec's folder).

    Args:
        sources: Source name -> file.
        series: Set name -> MIDI pitch -> file.
    """
    table: dict[str, Any] = dict(sources)
    table.update({name: {"pitches": dict(sorted(notes.items()))} for name, notes in series.items()})
    return _spec_text("The analysed notes and the pitch series.", table, {})


def _along(name: str, other: str, amounts: Sequence[float]) -> dict[str, Any]:
    """An axis adding `other` (one source) times each amount."""
    return {
        "name": name,
        "operation": "add",
        "param": "weights",
        "others": [other],
        "values": [[a] for a in amounts],
    }


# The experiments -------------------------------------------------------------------------


def build_specs(
    sources: Mapping[str, str],
    config: AnalysisConfig,
    *,
    pitch_direction: str | None = None,
    pitch_vibratos: Mapping[float, str] | None = None,
    checkpoint: str | None = None,
) -> list[ExperimentSpec]:
    """Every experiment of the analysis as grid specs.

    Args:
        sources: Source name -> file, as the spec will name it (relative to the specs
            folder, or absolute); at least one. Names must be valid grid source names.
        config: The analysis settings.
        pitch_direction: File of the pitch-direction embedding (one frame, components per
            semitone); None leaves out the causal pitch experiments.
        pitch_vibratos: Rate (Hz) -> file of the sinusoid along the pitch direction (one
            semitone peak, `vibrato_length_s` of frames); None leaves them out.
        checkpoint: Checkpoint path for the specs' [render] table (so each spec also
            renders on its own); None leaves it out.

    Returns:
        The specs, in report order.

    Raises:
        ExperimentError: No sources, or a name that is not a grid source name or is
            reserved.
    """
    if not sources:
        raise ExperimentError("no sources to analyse")
    for name in sources:
        if not _NAME_RE.fullmatch(name) or name.startswith("analysis-"):
            raise ExperimentError(
                f"source name {name!r} must be letters, digits, '_' and '-' from a letter, "
                "and not start with 'analysis-'"
            )
    names = list(sources)

    def render(*, seed: int = 0, length_s: float = config.length_s) -> dict[str, Any]:
        table: dict[str, Any] = {
            "length_s": float(length_s),
            "sample_format": config.sample_format,
            "batch_size": config.batch_size,
            "seed": seed,
            "temperature": float(config.temperature),
            "fade_ms": float(config.fade_ms),
        }
        if checkpoint is not None:
            table["checkpoint"] = checkpoint
        return table

    def one_component(operation: str, **fixed: Any) -> dict[str, Any]:
        return {
            "name": "component",
            "operation": operation,
            "param": "components",
            **fixed,
            "values": [[c] for c in range(N_Z)],
        }

    specs = [
        ExperimentSpec(
            f"baseline-seed{seed}.toml",
            "baseline",
            {"seed": seed},
            _spec_text(
                f"Baseline: every source unedited, sampler seed {seed}.",
                sources,
                render(seed=seed),
            ),
        )
        for seed in range(config.seeds)
    ]
    specs.append(
        ExperimentSpec(
            "zero.toml",
            "zero",
            {"factor": 0},
            _spec_text(
                "1 zero: one component set to zero, for each component and source.",
                sources,
                render(),
                axes=[one_component("zero")],
            ),
        )
    )
    for gain in config.gains:
        specs.append(
            ExperimentSpec(
                f"gain-{format_number(gain)}.toml",
                "gain",
                {"factor": float(gain)},
                _spec_text(
                    f"2 gain: one component scaled by {format_number(gain)}, "
                    "for each component and source.",
                    sources,
                    render(),
                    axes=[one_component("scale", factor=float(gain))],
                ),
            )
        )
    if config.replicate_gain is not None:
        gain = float(config.replicate_gain)
        specs.append(
            ExperimentSpec(
                f"replicate-gain-{format_number(gain)}.toml",
                "replicate",
                {"factor": gain, "seed": 1},
                _spec_text(
                    f"Noise floor of edited renders: gain-{format_number(gain)} again with "
                    "sampler seed 1.",
                    sources,
                    render(seed=1),
                    axes=[one_component("scale", factor=gain)],
                ),
            )
        )
    specs.append(
        ExperimentSpec(
            "sign.toml",
            "sign",
            {"factor": -1},
            _spec_text(
                "3 sign: one component's sign flipped, for each component and source.",
                sources,
                render(),
                axes=[one_component("flip")],
            ),
        )
    )
    if pitch_direction is not None:
        specs.append(
            ExperimentSpec(
                "pitch.toml",
                "pitch",
                {},
                _spec_text(
                    "4 and 6 causal pitch: the pitch-following components moved by their "
                    "measured slope times the semitones asked.",
                    {**sources, PITCH_DIRECTION: pitch_direction},
                    render(),
                    base=names,
                    axes=[
                        _along("semitones", PITCH_DIRECTION, [int(k) for k in config.pitch_steps])
                    ],
                ),
            )
        )
    ordered = sorted(names)  # a pair's base is the first by name, whatever else is analysed
    for i, first in enumerate(ordered[:-1]):
        specs.append(
            ExperimentSpec(
                f"additive-{first}.toml",
                "additive",
                {"base": first},
                _spec_text(
                    f"5 additive: {first} plus each source after it by name (mix 1), and "
                    "their mean (mix 0.5).",
                    sources,
                    render(),
                    base=[first],
                    axes=[
                        {
                            "name": "with",
                            "operation": "add",
                            "param": "others",
                            "weights": [1.0],
                            "values": [[other] for other in ordered[i + 1 :]],
                        },
                        {
                            "name": "mix",
                            "operation": "scale",
                            "param": "factor",
                            "values": [1.0, 0.5],
                        },
                    ],
                ),
            )
        )
    for rate in config.vibrato_rates_hz:
        specs.append(
            ExperimentSpec(
                f"vibrato-{format_number(rate)}hz.toml",
                "vibrato",
                {"rate_hz": float(rate)},
                _spec_text(
                    f"7 vibrato: the vibrato edit at {format_number(rate)} Hz; depth 0 is "
                    "the null of this rate and length.",
                    sources,
                    render(length_s=config.vibrato_length_s),
                    axes=[
                        {
                            "name": "depth",
                            "operation": "vibrato",
                            "param": "depth_frames",
                            "rate_hz": float(rate),
                            "values": [0.0, *map(float, config.vibrato_depths_frames)],
                        }
                    ],
                ),
            )
        )
    for rate, path in (pitch_vibratos or {}).items():
        name = f"analysis-lfo-{format_number(rate).replace('.', 'p')}hz"
        specs.append(
            ExperimentSpec(
                f"pitch-vibrato-{format_number(rate)}hz.toml",
                "pitch-vibrato",
                {"rate_hz": float(rate)},
                _spec_text(
                    f"7 vibrato along the pitch direction at {format_number(rate)} Hz: weights "
                    "are the peak deviation asked for, in semitones.",
                    {**sources, name: path},
                    render(length_s=config.vibrato_length_s),
                    base=names,
                    axes=[
                        _along("depth", name, [c / 100 for c in config.pitch_vibrato_depths_cents])
                    ],
                ),
            )
        )
    return specs
