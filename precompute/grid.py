"""Grid specs: a TOML file -> canonical, hashable render requests.

A spec names sources, a base (how one embedding is drawn from the sources: one source, an
interpolation, or an NSynth Super bilinear blend), edit axes and render settings; the format
is documented in docs/grid-spec.md. `load_spec` reads and validates a spec completely (every
source file, every axis value, every render setting) before anything is synthesized.
`expand` turns it into points: the cartesian product of its axes, each point a canonical
recipe with a stable key, identical recipes collapsed into one point. `shard` splits points
between machines, `point_at` builds the point for any coordinates (the OSC server's novel
requests), and `recipe_embedding` turns a recipe plus its sources' embeddings into the
embedding to decode. Encoding audio sources is the renderer's job (it owns the model); this
module only reads `.npy` embeddings.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import json
import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from precompute import audio_post, perturb
from precompute.bank import SAMPLE_FORMATS
from precompute.errors import PrecomputeError
from precompute.model.config import ModelConfig

#: Decimal places floats keep in a canonical recipe (so 0.1 + 0.2 and 0.3 are one value).
ROUND_DECIMALS = 9

#: Hex digits of a point's key (80 bits).
KEY_LENGTH = 20

#: Hex digits of a source file's content digest.
DIGEST_LENGTH = 16

#: Longest render (s), stretched or not: a bank holds samples, and one request must not
#: hold the server's worker (or its memory) for hours.
MAX_LENGTH_S = 60.0

#: File suffix of embedding sources; any other suffix is read as audio.
EMBEDDING_SUFFIX = ".npy"

#: How a point's starting embedding is drawn from the sources.
BASE_MODES = ("source", "interpolate", "bilinear")

#: Axis names the base uses; edit axes may not take them.
BASE_AXES = ("source", "pitch", "t", "weights", "x", "y")

_BASE_KEYS = {
    "source": ("mode", "sources", "pitches"),
    "interpolate": ("mode", "sources", "t", "weights", "pitches"),
    "bilinear": ("mode", "corners", "x", "y", "pitches"),
}
_AXIS_KEYS = ("name", "operation", "param", "values", "alone")
_RENDER_KEYS = (
    "length_s", "sample_format", "batch_size", "seed", "temperature", "checkpoint", "peak_db",
    "fade_ms",
)  # fmt: skip
_TOP_KEYS = ("sources", "base", "axes", "render")
_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_NOTE_RE = re.compile(r"([A-Ga-g])([#b]?)(-?\d+)")
_STEM_NOTE_RE = re.compile(r"(?:^|_)([A-Ga-g][#b]?-?\d+)$")
_STEM_NSYNTH_RE = re.compile(r"-(\d{3})-\d{3}$")  # NSynth dataset: <instrument>-<pitch>-<velocity>
_SEMITONES = {"c": 0, "d": 2, "e": 4, "f": 5, "g": 7, "a": 9, "b": 11}


class GridError(PrecomputeError):
    """A point, recipe or argument given to a grid function is invalid."""


class GridSpecError(GridError):
    """A grid spec is invalid; the message names the file and the TOML key or axis."""


# Canonical values and keys ---------------------------------------------------------------


def canonical(value: Any) -> Any:
    """Returns the canonical JSON-able form of a recipe value.

    Floats are rounded to ROUND_DECIMALS places and integral numbers become ints (so 1,
    1.0 and 0.9999999999 are one value), tuples become lists, mapping keys become strings.

    Raises:
        GridError: A bool, a non-finite float, or a type JSON cannot hold.
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool | np.bool_):
        raise GridError(f"{value!r}: booleans are not recipe values")
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        if not math.isfinite(value):
            raise GridError(f"{value!r}: recipe numbers must be finite")
        rounded = round(float(value), ROUND_DECIMALS)
        return int(rounded) if rounded.is_integer() else rounded
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    raise GridError(f"{value!r} ({type(value).__name__}) is not a recipe value")


def canonical_json(value: Any) -> str:
    """Canonical JSON text of `value`: canonical values, sorted keys, no whitespace."""
    return _dumps(canonical(value))


def _dumps(value: Any) -> str:
    """JSON text of an already canonical value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False)


def recipe_key(recipe: Mapping[str, Any], *, config: ModelConfig, fingerprint: str) -> str:
    """The bank key of a render: what identifies its audio.

    key = sha256(canonical JSON of {recipe, model config, checkpoint fingerprint}), the
    first KEY_LENGTH hex digits.

    Args:
        recipe: A canonical recipe (`Point.recipe`).
        config: The model the render is decoded with.
        fingerprint: The checkpoint's fingerprint (the caller computes it).

    Returns:
        KEY_LENGTH lowercase hex digits.
    """
    return _key(canonical_json(recipe), _key_prefix(config, fingerprint))


@functools.lru_cache(maxsize=16)  # the same few for a process's life; asdict is slow
def _key_prefix(config: ModelConfig, fingerprint: str) -> str:
    """Canonical JSON of the key record up to its recipe (keys sort: checkpoint, model, recipe)."""
    return (
        f'{{"checkpoint":{_dumps(fingerprint)},"model":{canonical_json(config.to_dict())},"recipe":'
    )


def _key(recipe_json: str, prefix: str) -> str:
    return hashlib.sha256(f"{prefix}{recipe_json}}}".encode()).hexdigest()[:KEY_LENGTH]


# Sources ----------------------------------------------------------------------------------


def note_to_pitch(name: str) -> int:
    """MIDI pitch of a note name: "C4" -> 60, "C#4" / "Db4" -> 61, "C-1" -> 0, "G9" -> 127.

    Raises:
        GridError: Not a note name, or outside the MIDI range.
    """
    match = _NOTE_RE.fullmatch(name)
    if match is None:
        raise GridError(f"{name!r} is not a note name like C4, F#3 or Bb2")
    letter, accidental, octave = match.groups()
    semitone = _SEMITONES[letter.lower()] + {"#": 1, "b": -1, "": 0}[accidental]
    try:
        return _midi(12 * (int(octave) + 1) + semitone)
    except GridError as e:
        raise GridError(f"{name!r}: {e}") from e


def _midi(pitch: Any) -> int:
    """`pitch` if it is an integer MIDI note number, else GridError."""
    low, high = perturb.MIDI_RANGE
    if isinstance(pitch, bool) or not isinstance(pitch, int) or not low <= pitch <= high:
        raise GridError(f"pitch {pitch!r} is not a MIDI note number in [{low}, {high}]")
    return pitch


def _pitch_of_file(path: Path) -> int | None:
    """Pitch named at the end of a file's stem (flute_C4, or NSynth's name-060-100), or None."""
    if match := _STEM_NOTE_RE.search(path.stem):
        return note_to_pitch(match[1])
    if match := _STEM_NSYNTH_RE.search(path.stem):
        return int(match[1])
    return None


def load_embedding(path: str | Path) -> np.ndarray:
    """Reads an embedding saved with `np.save`.

    Args:
        path: A `.npy` file holding shape [n_frames, N_Z], or magenta's [1, n_frames, N_Z].

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        GridSpecError: The file is unreadable or holds another shape or non-finite values.
    """
    try:
        arr = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as e:
        raise GridSpecError(f"{path}: not a readable .npy embedding: {e}") from e
    if arr.ndim == 3 and arr.shape[0] == 1:
        arr = arr[0]
    try:
        return perturb.as_embedding(arr, name="embedding")
    except perturb.PerturbError as e:
        raise GridSpecError(f"{path}: {e}") from e


@dataclasses.dataclass(frozen=True)
class SourceNote:
    """One file of a source.

    Attributes:
        ref: How recipes name it: the source name, plus "@<pitch>" in a pitched set.
        path: Absolute path of the audio or `.npy` file.
        pitch: MIDI pitch in a pitched set, else None.
        digest: First DIGEST_LENGTH hex digits of the file's sha256 (part of every key that
            uses it, so editing a source file changes the keys of its renders).
    """

    ref: str
    path: Path
    pitch: int | None
    digest: str


@dataclasses.dataclass(frozen=True)
class Source:
    """A named source: one file, or a pitched set of files (notes sorted by pitch)."""

    name: str
    notes: tuple[SourceNote, ...]

    @property
    def pitches(self) -> tuple[int, ...]:
        """The set's MIDI pitches; empty for a single unpitched file."""
        return tuple(n.pitch for n in self.notes if n.pitch is not None)

    def note_for(self, pitch: int | None) -> SourceNote:
        """The note that plays `pitch` (`perturb.nearest_pitch`); the file when unpitched."""
        if not self.pitches:
            return self.notes[0]
        if pitch is None:
            raise GridError(f"source {self.name!r} is a pitched set: a pitch is needed")
        chosen, _ = perturb.nearest_pitch(self.pitches, pitch=pitch)
        return next(n for n in self.notes if n.pitch == chosen)


# Spec structure ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Axis:
    """One dimension of the grid.

    Base axes (names in BASE_AXES) choose the source, pitch or blend position; edit axes
    sweep one parameter of a perturb operation while its other parameters stay fixed.

    Attributes:
        name: The key clients use for this axis (OSC `/nsynth/request` keys).
        values: Canonical values, in spec order.
        operation: Key of `perturb.OPERATIONS` for an edit axis, None for a base axis.
        param: The swept parameter of `operation`.
        fixed: The operation's other parameters, as sorted (name, canonical value) pairs.
        alone: The axis's values after its first are rendered one at a time around the
            grid's first point (every other axis at its first value), not in the
            cartesian product: a knob swept on its own (`expand`).
    """

    name: str
    values: tuple[Any, ...]
    operation: str | None = None
    param: str | None = None
    fixed: tuple[tuple[str, Any], ...] = ()
    alone: bool = False

    def params_at(self, value: Any) -> dict[str, Any]:
        """Parameters of this axis's operation at `value`."""
        return {**dict(self.fixed), self.param: value}


@dataclasses.dataclass(frozen=True)
class RenderSettings:
    """The [render] table.

    Attributes:
        length_s: Requested length of every render (s).
        n_frames: Embedding frames decoded: length_s in whole hops (the model's config).
        sample_format: A key of bank.SAMPLE_FORMATS.
        batch_size: Renders decoded together (not part of any key: output is batch-independent).
        seed: Seed of the sampler's random generator.
        temperature: Softmax temperature of the sampler, > 0.
        checkpoint: Checkpoint path from the spec (resolved against the spec's folder), or None.
        peak_db: Peak normalisation target (dBFS, <= 0), or None for none.
        fade_ms: Linear fade in and out (ms).
    """

    length_s: float
    n_frames: int
    sample_format: str
    batch_size: int
    seed: int
    temperature: float
    checkpoint: Path | None
    peak_db: float | None
    fade_ms: float

    def recipe_fields(self) -> dict[str, Any]:
        """The settings that change a render's audio (and so belong in its recipe)."""
        return {
            "fade_ms": self.fade_ms,
            "n_frames": self.n_frames,
            "peak_db": self.peak_db,
            "sample_format": self.sample_format,
            "seed": self.seed,
            "temperature": self.temperature,
        }


@dataclasses.dataclass(frozen=True, eq=False)
class GridSpec:
    """A validated grid spec, bound to the model configuration it renders with.

    Attributes:
        path: The spec file.
        config: The model configuration (sets n_frames and the frame rate).
        sources: Every source by name, in spec order.
        mode: One of BASE_MODES.
        base_sources: Sources the base draws on: the iterated ones ("source"), the mixed
            ones in weight order ("interpolate") or the corners c00, c10, c01, c11 ("bilinear").
        axes: Base axes first, then the pitch axis (when any used source is pitched), then
            the edit axes in spec order (the order edits are applied).
        render: The [render] settings.
    """

    path: Path
    config: ModelConfig
    sources: Mapping[str, Source]
    mode: str
    base_sources: tuple[str, ...]
    axes: tuple[Axis, ...]
    render: RenderSettings

    @property
    def frame_rate_hz(self) -> float:
        """Embedding frames per second of the model."""
        return self.config.frame_rate_hz

    def notes(self) -> dict[str, SourceNote]:
        """Every source file by the ref recipes use for it."""
        return {note.ref: note for source in self.sources.values() for note in source.notes}


@dataclasses.dataclass(frozen=True)
class Point:
    """One render request. Equal (and hashed) by key alone.

    Attributes:
        key: recipe_key of the recipe: the bank key and file name.
        recipe_json: The canonical recipe as canonical JSON.
        coords: (axis name, value) for every axis: where this point sits in the grid (the
            first coordinates that produced it, when several collapse into one recipe).
    """

    key: str
    recipe_json: str = dataclasses.field(compare=False, repr=False)
    coords: tuple[tuple[str, Any], ...] = dataclasses.field(compare=False)

    @property
    def recipe(self) -> dict[str, Any]:
        """The canonical recipe (a fresh dict on every call)."""
        return json.loads(self.recipe_json)

    @property
    def pitch(self) -> int | None:
        """MIDI pitch of the render, None when no pitched source is involved."""
        return self.recipe["pitch"]

    @property
    def sources(self) -> dict[str, str]:
        """Source ref -> file digest of every source file the recipe uses."""
        return self.recipe["sources"]


# Loading ----------------------------------------------------------------------------------


class _Spec:
    """Error context while parsing one spec file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = path.parent.resolve()  # absolute: glob results are joined to it again

    def error(self, where: str, message: str) -> GridSpecError:
        return GridSpecError(f"{self.path}: [{where}] {message}")

    def table(self, value: Any, where: str, allowed: Sequence[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(where, f"must be a table, got {value!r}")
        unknown = sorted(set(value) - set(allowed))
        if unknown:
            raise self.error(where, f"unknown keys {unknown}; allowed: {list(allowed)}")
        return value

    def names(self, value: Any, where: str, sources: Mapping[str, Source]) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(where, f"must be a list of source names, got {value!r}")
        unknown = [v for v in value if v not in sources]
        if unknown:
            raise self.error(where, f"unknown sources {unknown}; known: {list(sources)}")
        return tuple(value)

    def values(self, value: Any, where: str) -> tuple[Any, ...]:
        """An explicit non-empty list, or a range table {from, to, steps}."""
        if isinstance(value, dict):
            self.table(value, where, ("from", "to", "steps"))
            missing = [k for k in ("from", "to", "steps") if k not in value]
            if missing:
                raise self.error(where, f"a range needs from, to and steps; missing {missing}")
            start, stop, steps = value["from"], value["to"], value["steps"]
            if not all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in (start, stop)
            ):
                raise self.error(where, f"from and to must be numbers, got {start!r}, {stop!r}")
            if isinstance(steps, bool) or not isinstance(steps, int) or steps < 2:
                raise self.error(where, f"steps={steps!r} must be an integer >= 2")
            value = np.linspace(start, stop, steps).tolist()
        if not isinstance(value, list) or not value:
            raise self.error(where, f"must be a non-empty list or a range table, got {value!r}")
        try:
            return tuple(canonical(v) for v in value)
        except GridError as e:
            raise self.error(where, str(e)) from e

    def file(self, name: str, pitch: int | None, file: Any, where: str) -> SourceNote:
        if not isinstance(file, str):
            raise self.error(where, f"must be a file path, got {file!r}")
        path = (self.folder / file).resolve()
        if not path.is_file():
            raise self.error(where, f"missing source file {path}")
        if path.suffix == EMBEDDING_SUFFIX:
            try:
                load_embedding(path)
            except GridSpecError as e:
                raise self.error(where, str(e)) from e
        else:
            try:
                sf.info(str(path))
            except (sf.LibsndfileError, RuntimeError) as e:
                raise self.error(where, f"{path}: not readable audio: {e}") from e
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:DIGEST_LENGTH]
        ref = name if pitch is None else f"{name}@{pitch}"
        return SourceNote(ref=ref, path=path, pitch=pitch, digest=digest)


def _parse_sources(spec: _Spec, table: Any) -> dict[str, Source]:
    if not isinstance(table, dict) or not table:
        raise spec.error("sources", "must be a table naming at least one source")
    sources = {}
    for name, entry in table.items():
        where = f"sources.{name}"
        if not _NAME_RE.fullmatch(name):
            raise spec.error(where, "a source name is letters, digits, '_' and '-', from a letter")
        if isinstance(entry, str):
            files = [(None, entry)]
        elif isinstance(entry, dict) and set(entry) == {"pitches"}:
            pitch_table = entry["pitches"]
            if not isinstance(pitch_table, dict) or not pitch_table:
                raise spec.error(f"{where}.pitches", "must be a table of pitch = file")
            files = [
                (_table_pitch(spec, f"{where}.pitches.{k}", k), f) for k, f in pitch_table.items()
            ]
        elif isinstance(entry, dict) and set(entry) == {"glob"}:
            files = _glob_files(spec, where, entry["glob"])
        else:
            raise spec.error(
                where, 'a source is a file path, {pitches = {60 = "file", ...}} or {glob = "..."}'
            )
        pitches = [p for p, _ in files]
        repeated = sorted({p for p in pitches if pitches.count(p) > 1})
        if repeated:
            raise spec.error(where, f"pitches {repeated} given more than once")
        notes = [spec.file(name, pitch, file, where) for pitch, file in files]
        sources[name] = Source(name, tuple(sorted(notes, key=lambda n: n.pitch or 0)))  # by pitch
    return sources


def _table_pitch(spec: _Spec, where: str, key: str) -> int:
    """A pitch table key: a MIDI number ("60") or a note name ("C4")."""
    try:
        return _midi(int(key)) if key.lstrip("-").isdigit() else note_to_pitch(key)
    except GridError as e:
        raise spec.error(where, str(e)) from e


def _glob_files(spec: _Spec, where: str, pattern: Any) -> list[tuple[int, str]]:
    if not isinstance(pattern, str):
        raise spec.error(f"{where}.glob", f"must be a glob pattern string, got {pattern!r}")
    paths = sorted(p for p in spec.folder.glob(pattern) if p.is_file())
    if not paths:
        raise spec.error(f"{where}.glob", f"{pattern!r} matches no file in {spec.folder}")
    files = []
    for path in paths:
        try:
            pitch = _pitch_of_file(path)
        except GridError as e:
            raise spec.error(f"{where}.glob", f"{path}: {e}") from e
        if pitch is None:
            raise spec.error(
                f"{where}.glob",
                f"{path}: no pitch at the end of the name (flute_C4.wav or NSynth's -060-100)",
            )
        files.append((pitch, str(path)))
    return files


def _parse_base(
    spec: _Spec, table: Any, sources: Mapping[str, Source]
) -> tuple[str, tuple[str, ...], list[Axis], tuple[Any, ...] | None]:
    """[base] -> (mode, base sources, base axes, requested pitches or None)."""
    table = {} if table is None else table
    if not isinstance(table, dict):
        raise spec.error("base", f"must be a table, got {table!r}")
    mode = table.get("mode", "source")
    if mode not in BASE_MODES:
        raise spec.error("base.mode", f"unknown mode {mode!r}; known: {list(BASE_MODES)}")
    spec.table(table, "base", _BASE_KEYS[mode])
    pitches = spec.values(table["pitches"], "base.pitches") if "pitches" in table else None
    if mode == "source":
        names = spec.names(table.get("sources", list(sources)), "base.sources", sources)
        if not names:
            raise spec.error("base.sources", "names no source")
        return mode, names, [Axis("source", names)], pitches
    if mode == "interpolate":
        names = spec.names(table.get("sources"), "base.sources", sources)
        if len(names) < 2:
            raise spec.error("base.sources", f"interpolate needs >= 2 sources, got {list(names)}")
        if ("t" in table) == ("weights" in table):
            raise spec.error("base", "interpolate needs exactly one of t or weights")
        if "t" in table and len(names) != 2:
            raise spec.error("base.t", "t interpolates two sources; use weights for more")
        axis = "t" if "t" in table else "weights"
        return mode, names, [Axis(axis, spec.values(table[axis], f"base.{axis}"))], pitches
    names = spec.names(table.get("corners"), "base.corners", sources)
    if len(names) != 4:
        raise spec.error("base.corners", f"bilinear needs 4 corners, got {list(names)}")
    missing = [k for k in ("x", "y") if k not in table]
    if missing:
        raise spec.error("base", f"bilinear needs x and y; missing {missing}")
    return mode, names, [Axis(k, spec.values(table[k], f"base.{k}")) for k in ("x", "y")], pitches


def _parse_axis(spec: _Spec, index: int, table: Any, sources: Mapping[str, Source]) -> Axis:
    where = f"axes[{index}]"
    if not isinstance(table, dict):
        raise spec.error(where, f"must be a table, got {table!r}")
    name = table.get("operation")
    op = perturb.OPERATIONS.get(name)
    if op is None:
        raise spec.error(
            f"{where}.operation",
            f"unknown operation {name!r}; known: {sorted(perturb.OPERATIONS)}",
        )
    axis_name = table.get("name", op.name)
    where = f"axes[{index}] ({axis_name})"
    if not isinstance(axis_name, str) or not _NAME_RE.fullmatch(axis_name):
        raise spec.error(where, f"name={axis_name!r} must be letters, digits, '_' and '-'")
    if axis_name in BASE_AXES:
        raise spec.error(where, f"name {axis_name!r} is reserved for the base: {list(BASE_AXES)}")
    spec.table(table, where, (*_AXIS_KEYS, *op.params))
    if "param" in table:
        param = table["param"]
        if param not in op.params:
            raise spec.error(f"{where}.param", f"{param!r}; {op.name} takes {list(op.params)}")
    elif len(op.required) == 1:
        param = op.required[0]
    else:
        raise spec.error(where, f"give param = one of {list(op.params)} ({op.name} sweeps which?)")
    if "values" not in table:
        raise spec.error(where, "needs values (a list or {from, to, steps})")
    fixed = {k: v for k, v in table.items() if k not in _AXIS_KEYS}
    if param in fixed:
        raise spec.error(where, f"{param!r} is swept (param) and also fixed")
    missing = [p for p in op.required if p != param and p not in fixed]
    if missing:
        raise spec.error(where, f"{op.name} needs {missing}")
    for p in op.embeddings:
        if p in fixed:
            spec.names(fixed[p], f"{where}.{p}", sources)
    try:
        fixed_canonical = tuple(sorted((k, canonical(v)) for k, v in fixed.items()))
    except GridError as e:
        raise spec.error(where, str(e)) from e
    alone = table.get("alone", False)
    if not isinstance(alone, bool):
        raise spec.error(f"{where}.alone", f"must be true or false, got {alone!r}")
    values = spec.values(table["values"], f"{where}.values")
    return Axis(axis_name, values, op.name, param, fixed_canonical, alone)


def _parse_render(spec: _Spec, table: Any, config: ModelConfig) -> RenderSettings:
    table = spec.table({} if table is None else table, "render", _RENDER_KEYS)

    def number(key: str, default: float | None, *, integer: bool = False) -> Any:
        value = table.get(key, default)
        kinds = int if integer else int | float
        if value is not None and (isinstance(value, bool) or not isinstance(value, kinds)):
            raise spec.error(f"render.{key}", f"must be {'an integer' if integer else 'a number'}")
        if isinstance(value, float) and not math.isfinite(value):
            raise spec.error(f"render.{key}", f"must be finite, got {value}")
        return value

    length_s = number("length_s", 4.0)
    batch_size = number("batch_size", 16, integer=True)
    seed = number("seed", 0, integer=True)
    temperature = number("temperature", 1.0)
    peak_db = number("peak_db", None)
    fade_ms = number("fade_ms", 0.0)
    sample_format = table.get("sample_format", "float32")
    checkpoint = table.get("checkpoint")
    n_frames = config.samples_to_frames(config.seconds_to_samples(length_s))
    checks = [
        ("length_s", n_frames >= 1, f"{length_s} s is less than one frame"),
        ("length_s", length_s <= MAX_LENGTH_S, f"{length_s:g} s is over {MAX_LENGTH_S:g} s"),
        ("batch_size", batch_size >= 1, f"{batch_size} must be >= 1"),
        ("seed", seed >= 0, f"{seed} must be >= 0"),
        ("temperature", temperature > 0, f"{temperature} must be > 0"),
        ("peak_db", peak_db is None or peak_db <= 0, f"{peak_db} must be <= 0 dBFS"),
        (
            "sample_format",
            sample_format in SAMPLE_FORMATS,
            f"{sample_format!r}; known: {sorted(SAMPLE_FORMATS)}",
        ),
        ("checkpoint", checkpoint is None or isinstance(checkpoint, str), "must be a path string"),
    ]
    for key, ok, message in checks:
        if not ok:
            raise spec.error(f"render.{key}", message)
    silence = np.zeros(config.frames_to_samples(n_frames), dtype=np.float32)
    try:
        audio_post.fade(silence, fade_ms=fade_ms, sample_rate_hz=config.sample_rate_hz)
    except audio_post.AudioPostError as e:
        raise spec.error("render.fade_ms", str(e)) from e
    return RenderSettings(
        length_s=float(length_s),
        n_frames=n_frames,
        sample_format=sample_format,
        batch_size=batch_size,
        seed=seed,
        temperature=float(temperature),
        checkpoint=None if checkpoint is None else (spec.folder / checkpoint).resolve(),
        peak_db=None if peak_db is None else float(peak_db),
        fade_ms=float(fade_ms),
    )


def _used_sources(
    base_sources: Sequence[str], edit_axes: Sequence[Axis], sources: Mapping[str, Source]
) -> set[str]:
    """Names of every source a point may use: the base's and those edits add."""
    used = set(base_sources)
    for axis in edit_axes:
        for p in perturb.OPERATIONS[axis.operation].embeddings:
            for value in axis.values if p == axis.param else [dict(axis.fixed).get(p)]:
                names = value if isinstance(value, list) else []  # checked by _check_value
                used.update(n for n in names if isinstance(n, str) and n in sources)
    return used


def load_spec(path: str | Path, *, config: ModelConfig) -> GridSpec:
    """Reads and fully validates a grid spec.

    Every source file is opened (and hashed), every axis value is tried on a zero
    embedding with the same code that renders it, and every render setting is checked, so
    a spec that loads will not fail on its own values once synthesis has begun.

    Args:
        path: The TOML file; source and checkpoint paths in it are relative to its folder.
        config: The model configuration the grid is rendered with.

    Returns:
        The validated spec.

    Raises:
        GridSpecError: The file cannot be read, is not TOML (the message keeps tomllib's
            line and column), or any table, key, source file or value is invalid; the
            message names the file and the TOML key or axis.
    """
    spec = _Spec(Path(path))
    try:
        data = tomllib.loads(spec.path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise GridSpecError(f"{spec.path}: cannot read the spec: {e}") from e
    except tomllib.TOMLDecodeError as e:
        raise GridSpecError(f"{spec.path}: invalid TOML: {e}") from e
    unknown = sorted(set(data) - set(_TOP_KEYS))
    if unknown:
        raise spec.error("spec", f"unknown tables {unknown}; allowed: {list(_TOP_KEYS)}")
    sources = _parse_sources(spec, data.get("sources"))
    mode, base_sources, base_axes, pitches = _parse_base(spec, data.get("base"), sources)
    axes_table = data.get("axes", [])
    if not isinstance(axes_table, list):
        raise spec.error("axes", "must be an array of tables ([[axes]])")
    edit_axes = [_parse_axis(spec, i, t, sources) for i, t in enumerate(axes_table)]
    names = [a.name for a in edit_axes]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise spec.error("axes", f"axis names {repeated} used more than once")
    pitched = [n for n in _used_sources(base_sources, edit_axes, sources) if sources[n].pitches]
    if pitches is None and pitched:
        pitches = tuple(sorted({p for n in pitched for p in sources[n].pitches}))
    elif pitches is not None and not pitched:
        raise spec.error("base.pitches", "given, but no source the grid uses is pitched")
    pitch_axes = [] if pitches is None else [Axis("pitch", pitches)]
    grid = GridSpec(
        path=spec.path,
        config=config,
        sources=sources,
        mode=mode,
        base_sources=base_sources,
        axes=(*base_axes, *pitch_axes, *edit_axes),
        render=_parse_render(spec, data.get("render"), config),
    )
    wheres = {
        "pitch": "base.pitches",
        **{a.name: f"base.{a.name}" for a in base_axes},
        **{a.name: f"axes[{i}] ({a.name})" for i, a in enumerate(edit_axes)},
    }
    for axis in grid.axes:
        for value in axis.values:
            try:
                _check_value(grid, axis, value)
            except (GridError, perturb.PerturbError) as e:
                raise spec.error(wheres[axis.name], f"value {value!r}: {e}") from e
    return grid


def _check_value(spec: GridSpec, axis: Axis, value: Any) -> None:
    """Raises GridError or PerturbError unless `value` is valid on `axis`.

    Edits are tried on zero embeddings, with the functions that render them; mixes have
    their weights checked by the functions that weigh them (this runs for every new
    recipe a live client asks for).
    """
    if axis.name == "source":
        if value not in spec.base_sources:
            raise GridError(f"source {value!r} is not one of {list(spec.base_sources)}")
    elif axis.name == "pitch":
        _midi(value)
    elif axis.name == "t":
        if not isinstance(value, int | float):
            raise GridError(f"t={value!r} must be a number")
        perturb.mix_weights([1 - value, value], n=2)
    elif axis.name == "weights":
        perturb.mix_weights(value, n=len(spec.base_sources))
    elif axis.name in ("x", "y"):
        perturb.bilinear_weights(**{"x": 0, "y": 0, axis.name: value})
    else:
        op = perturb.OPERATIONS[axis.operation]
        params = axis.params_at(value)
        factor = params.get("factor")
        if (
            op.name == "stretch"
            and isinstance(factor, int | float)
            and not isinstance(factor, bool)
            and factor * spec.render.length_s > MAX_LENGTH_S  # checked before allocating it
        ):
            raise GridError(
                f"factor={factor} would make a {factor * spec.render.length_s:g} s render, "
                f"over {MAX_LENGTH_S:g} s"
            )
        dummy = np.zeros((spec.render.n_frames, perturb.N_Z), dtype=np.float32)
        for p in (p for p in op.embeddings if p in params):
            names = params[p]
            if not isinstance(names, list) or not all(
                isinstance(n, str) and n in spec.sources for n in names
            ):
                raise GridError(f"{p}={params[p]!r} must be a list of sources {list(spec.sources)}")
            params[p] = [dummy] * len(params[p])
        perturb.apply(dummy, [(op.name, params)], frame_rate_hz=spec.frame_rate_hz)


# Points -----------------------------------------------------------------------------------


def _build_point(spec: GridSpec, coords: Mapping[str, Any], *, key_prefix: str) -> Point:
    """The point at validated canonical `coords` (one value per axis); see `_key_prefix`."""
    requested = coords.get("pitch")
    names = [coords["source"]] if spec.mode == "source" else list(spec.base_sources)
    primary = next((n for n in names if spec.sources[n].pitches), None)
    pitch = None if primary is None else spec.sources[primary].note_for(requested).pitch
    target = requested if pitch is None else pitch
    used: dict[str, str] = {}

    def ref(name: str) -> str:
        note = spec.sources[name].note_for(target)
        used[note.ref] = note.digest
        return note.ref

    if spec.mode == "source":
        base = {"mode": "source", "source": ref(coords["source"])}
    elif spec.mode == "interpolate":
        weights = coords["weights"] if "weights" in coords else [1 - coords["t"], coords["t"]]
        base = {"mode": "interpolate", "sources": [ref(n) for n in names], "weights": weights}
    else:
        base = {
            "mode": "bilinear",
            "corners": [ref(n) for n in names],
            "x": coords["x"],
            "y": coords["y"],
        }
    steps = []
    for axis in spec.axes:
        if axis.operation is None:
            continue
        params = axis.params_at(coords[axis.name])
        for p in perturb.OPERATIONS[axis.operation].embeddings:
            params[p] = [ref(n) for n in params[p]]
        steps.append([axis.operation, params])
    recipe = canonical(
        {
            "base": base,
            "pitch": pitch,
            "render": spec.render.recipe_fields(),
            "sources": used,
            "steps": steps,
        }
    )
    recipe_json = _dumps(recipe)
    return Point(
        key=_key(recipe_json, key_prefix),
        recipe_json=recipe_json,
        coords=tuple((axis.name, coords[axis.name]) for axis in spec.axes),
    )


def expand(spec: GridSpec, *, fingerprint: str) -> list[Point]:
    """Every distinct point of the grid, in a deterministic order.

    Points are the cartesian product of the axes' values (first axis slowest), `alone`
    axes at their first value; then each later value of each `alone` axis, in spec order,
    with every other axis at its first value. Points whose recipes are identical (e.g. two
    requested pitches served by one note) collapse into the first of them.

    Args:
        spec: A loaded spec.
        fingerprint: The checkpoint's fingerprint (part of every key).

    Returns:
        Points with distinct keys.
    """
    names = [axis.name for axis in spec.axes]
    prefix = _key_prefix(spec.config, fingerprint)
    points: dict[str, Point] = {}
    product = (axis.values[:1] if axis.alone else axis.values for axis in spec.axes)
    first = {axis.name: axis.values[0] for axis in spec.axes}
    alone = ({**first, axis.name: v} for axis in spec.axes if axis.alone for v in axis.values[1:])
    combinations = (dict(zip(names, values, strict=True)) for values in itertools.product(*product))
    for coords in itertools.chain(combinations, alone):
        point = _build_point(spec, coords, key_prefix=prefix)
        points.setdefault(point.key, point)
    return list(points.values())


def point_at(spec: GridSpec, coords: Mapping[str, Any], *, fingerprint: str) -> Point:
    """The point at any coordinates, on the grid or between its values.

    Args:
        spec: A loaded spec.
        coords: One value per axis of the spec, by axis name.
        fingerprint: The checkpoint's fingerprint.

    Returns:
        The point; its key equals the grid point's key when the coordinates are on the grid.

    Raises:
        GridError: Unknown or missing axis names (the message lists the known ones), or a
            value the axis does not take.
    """
    names = [axis.name for axis in spec.axes]
    unknown = sorted(set(coords) - set(names))
    missing = [n for n in names if n not in coords]
    if unknown or missing:
        raise GridError(f"unknown coordinates {unknown}, missing {missing}; axes: {names}")
    values = {}
    for axis in spec.axes:
        try:
            value = canonical(coords[axis.name])
            _check_value(spec, axis, value)
        except (GridError, perturb.PerturbError) as e:
            raise GridError(f"{axis.name}={coords[axis.name]!r}: {e}") from e
        values[axis.name] = value
    return _build_point(spec, values, key_prefix=_key_prefix(spec.config, fingerprint))


#: Where each corner of a bilinear base lies, in `GridSpec.base_sources` order.
_CORNERS = ({"x": 0.0, "y": 0.0}, {"x": 1.0, "y": 0.0}, {"x": 0.0, "y": 1.0}, {"x": 1.0, "y": 1.0})


def corner_at(spec: GridSpec, source: str) -> dict[str, float]:
    """The x and y of corner `source` of a bilinear grid: the point that is that source alone.

    Raises:
        GridError: The grid is not bilinear, or `source` is not one of its corners.
    """
    if spec.mode != "bilinear":
        raise GridError(f"source {source!r}: only a bilinear grid has corners")
    if source not in spec.base_sources:
        raise GridError(f"source {source!r} is not a corner; corners: {list(spec.base_sources)}")
    return dict(_CORNERS[spec.base_sources.index(source)])


def shard(points: Sequence[Point], *, index: int, count: int) -> list[Point]:
    """The points of shard `index` of `count`: those with int(key, 16) % count == index.

    Shards of one point list are disjoint and together hold every point, whatever order
    each machine expanded the grid in.

    Raises:
        GridError: count < 1 or index outside [0, count).
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise GridError(f"shard count={count!r} must be an integer >= 1")
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < count:
        raise GridError(f"shard index={index!r} must be an integer in [0, {count})")
    return [p for p in points if int(p.key, 16) % count == index]


# Recipes -> embeddings -------------------------------------------------------------------


def recipe_embedding(
    recipe: Mapping[str, Any], sources: Mapping[str, np.ndarray], *, config: ModelConfig
) -> np.ndarray:
    """The embedding a recipe decodes: its base, its edits in order, fitted to n_frames.

    Args:
        recipe: A canonical recipe (`Point.recipe`, or a bank entry's recipe).
        sources: Embedding of every source ref in recipe["sources"], each [n_i, N_Z].
        config: The model configuration (gives the frame rate of vibrato and tremolo).

    Returns:
        Shape [recipe["render"]["n_frames"], N_Z], float32 (`perturb.fit_frames` rule).

    Raises:
        GridError: A source embedding is missing or the recipe is malformed.
        perturb.PerturbError: An embedding or an edit parameter is invalid.
    """
    try:
        missing = sorted(set(recipe["sources"]) - set(sources))
        if missing:
            raise GridError(f"no embedding given for sources {missing}")
        base = recipe["base"]
        if base["mode"] == "source":
            z = sources[base["source"]]
        elif base["mode"] == "interpolate":
            z = perturb.interpolate([sources[r] for r in base["sources"]], weights=base["weights"])
        elif base["mode"] == "bilinear":
            z = perturb.bilinear([sources[r] for r in base["corners"]], x=base["x"], y=base["y"])
        else:
            raise GridError(f"unknown base mode {base['mode']!r}; known: {list(BASE_MODES)}")
        steps = []
        for name, params in recipe["steps"]:
            op = perturb.OPERATIONS.get(name)
            resolved = dict(params)
            for p in op.embeddings if op else ():
                resolved[p] = [sources[r] for r in params[p]]
            steps.append((name, resolved))
        z = perturb.apply(z, steps, frame_rate_hz=config.frame_rate_hz)
        return perturb.fit_frames(z, n_frames=recipe["render"]["n_frames"])
    except (KeyError, TypeError, ValueError) as e:
        raise GridError(f"malformed recipe ({type(e).__name__}: {e})") from e
