"""Embedding edits: pure NumPy functions on NSynth embeddings.

An embedding `z` has shape [n_frames, N_Z] (one row per `hop_length` audio samples, see
`ModelConfig`). Every function here validates its input with `as_embedding`, never mutates
it, returns a new float32 array and does no I/O. Edits take the embedding positionally and
every parameter by keyword; their docstrings state the formula, with `t` the frame index,
`c` the component index and `n = n_frames`.

`OPERATIONS` is the one registry of edit names that `grid.py` (spec axes) and the OSC
server's protocol read. `interpolate` and `bilinear` build an embedding from several sources
rather than edit one, so they are called directly and are not in the registry.

Alignment rule for sources of different lengths: shorter embeddings are padded to the
longest by repeating their last frame (`fit_frames`), so no source loses its tail; `add`
fits the added embeddings to the length of the one it edits.
"""

from __future__ import annotations

import dataclasses
import inspect
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from precompute.errors import PrecomputeError
from precompute.model.config import H512_BO16

#: Components per embedding frame (the autoencoder's bottleneck width).
N_Z: int = H512_BO16.n_z

#: Largest error allowed in the sum of interpolation weights.
WEIGHT_SUM_TOLERANCE = 1e-6

#: MIDI note range of `nearest_pitch`.
MIDI_RANGE = (0, 127)


class PerturbError(PrecomputeError):
    """An embedding or an edit parameter is invalid; the message names it and its value."""


# Validation ------------------------------------------------------------------------------


def as_embedding(z: Any, *, name: str = "z") -> np.ndarray:
    """Validates an embedding and returns a float32 copy.

    Args:
        z: Array-like. Shape [n_frames, N_Z], n_frames >= 1, finite real values.
        name: What to call `z` in error messages.

    Returns:
        A new float32 array, shape [n_frames, N_Z]; writing to it never touches `z`.

    Raises:
        PerturbError: `z` is not 2-D, has the wrong number of components or no frames,
            is not real-valued, or holds NaN or infinity (also after the cast to float32).
    """
    try:
        arr = np.asarray(z)
    except ValueError as e:  # ragged nested sequences
        raise PerturbError(f"{name} is not a rectangular array: {e}") from e
    if arr.dtype == bool or not (
        np.issubdtype(arr.dtype, np.integer) or np.issubdtype(arr.dtype, np.floating)
    ):
        raise PerturbError(f"{name} must hold real numbers, got dtype {arr.dtype}")
    if arr.ndim != 2 or arr.shape[1] != N_Z:
        raise PerturbError(f"{name} must have shape [n_frames, {N_Z}], got {arr.shape}")
    if arr.shape[0] < 1:
        raise PerturbError(f"{name} must have at least one frame, got shape {arr.shape}")
    with np.errstate(over="ignore"):  # overflow becomes inf, reported below
        out = arr.astype(np.float32, copy=True)
    n_bad = int(np.count_nonzero(~np.isfinite(out)))
    if n_bad:
        raise PerturbError(f"{name} holds {n_bad} non-finite values (NaN or beyond float32)")
    return out


def _real(name: str, value: Any) -> float:
    """`value` as a finite float; bools and non-numbers raise PerturbError."""
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise PerturbError(f"{name}={value!r} must be a real number")
    try:
        out = float(value)
    except OverflowError:  # an int beyond float64 (canonical values hold huge ones as ints)
        out = math.inf
    if not math.isfinite(out):
        raise PerturbError(f"{name}={value!r} must be finite")
    return out


def _integer(name: str, value: Any) -> int:
    """`value` as an int; bools, floats and non-numbers raise PerturbError."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise PerturbError(f"{name}={value!r} must be an integer")
    return int(value)


def _components(components: Sequence[int] | None) -> np.ndarray | slice:
    """Column selector for `components` (None selects every component)."""
    if components is None:
        return slice(None)
    if isinstance(components, np.ndarray) and components.ndim == 1:
        components = components.tolist()
    if isinstance(components, str | bytes) or not isinstance(components, Sequence):
        raise PerturbError(f"components={components!r} must be a list of integers or None")
    out = [_integer("component", c) for c in components]
    bad = [c for c in out if not 0 <= c < N_Z]
    if bad:
        raise PerturbError(f"components {bad} out of range [0, {N_Z - 1}]")
    return np.array(out, dtype=np.intp)


def _embeddings(name: str, values: Sequence[Any]) -> list[np.ndarray]:
    """Validates a non-empty sequence of embeddings (float32 copies)."""
    if isinstance(values, np.ndarray) or not isinstance(values, Sequence) or not values:
        raise PerturbError(f"{name} must be a non-empty list of embeddings")
    return [as_embedding(v, name=f"{name}[{i}]") for i, v in enumerate(values)]


def _weights(name: str, weights: Sequence[float], *, n: int) -> np.ndarray:
    """Validates `n` finite weights; returns them as float64, shape [n]."""
    if isinstance(weights, np.ndarray) and weights.ndim == 1:
        weights = weights.tolist()
    if isinstance(weights, str | bytes) or not isinstance(weights, Sequence):
        raise PerturbError(f"{name}={weights!r} must be a list of {n} numbers")
    if len(weights) != n:
        raise PerturbError(f"{name} has {len(weights)} values for {n} embeddings")
    return np.array([_real(name, w) for w in weights], dtype=np.float64)


def _rate_hz(rate_hz: Any, frame_rate_hz: Any) -> tuple[float, float]:
    """Validates a modulation rate against the frame rate's Nyquist limit."""
    frame_rate_hz = _real("frame_rate_hz", frame_rate_hz)
    if frame_rate_hz <= 0:
        raise PerturbError(f"frame_rate_hz={frame_rate_hz} must be > 0")
    rate_hz = _real("rate_hz", rate_hz)
    if not 0 < rate_hz <= frame_rate_hz / 2:
        raise PerturbError(
            f"rate_hz={rate_hz} must be in (0, {frame_rate_hz / 2}] "
            f"(half the frame rate {frame_rate_hz} Hz)"
        )
    return rate_hz, frame_rate_hz


# Frame resampling ----------------------------------------------------------------------


def fit_frames(z: np.ndarray, *, n_frames: int) -> np.ndarray:
    """Crops or pads an embedding to `n_frames` frames.

    out[t] = z[min(t, n - 1)] for t < n_frames: the end is cropped, or the last frame is
    repeated (the alignment rule of this module).

    Args:
        z: Shape [n, N_Z].
        n_frames: Frames wanted, >= 1.

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        PerturbError: `z` is invalid or `n_frames` < 1.
    """
    z = as_embedding(z)
    n_frames = _integer("n_frames", n_frames)
    if n_frames < 1:
        raise PerturbError(f"n_frames={n_frames} must be >= 1")
    index = np.minimum(np.arange(n_frames), len(z) - 1)
    return z[index]


def _sample_frames(z: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """Linear interpolation of `z` [n, N_Z] at fractional frame `positions` [m]."""
    positions = np.clip(positions, 0.0, len(z) - 1)
    lo = np.floor(positions).astype(np.intp)
    hi = np.minimum(lo + 1, len(z) - 1)
    frac = (positions - lo).astype(np.float32)[:, None]  # [m, 1]
    return (1.0 - frac) * z[lo] + frac * z[hi]


# Edits ----------------------------------------------------------------------------------


def zero(
    z: np.ndarray,
    *,
    components: Sequence[int] | None = None,
    frames: Sequence[int] | None = None,
) -> np.ndarray:
    """Sets components over a frame range to zero.

    out[t, c] = 0 if start <= t < stop and c in components, else z[t, c].

    Args:
        z: Shape [n_frames, N_Z].
        components: Component indices in [0, N_Z); None zeroes every component.
        frames: Half-open frame range [start, stop), 0 <= start < stop; a stop past the
            end is clipped to it. None covers every frame.

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        PerturbError: A parameter is out of range or `z` is invalid.
    """
    out = as_embedding(z)
    columns = _components(components)
    rows = slice(None)
    if frames is not None:
        if isinstance(frames, str | bytes) or not isinstance(frames, Sequence) or len(frames) != 2:
            raise PerturbError(f"frames={frames!r} must be [start, stop]")
        start, stop = (_integer("frames", f) for f in frames)
        if not 0 <= start < stop:
            raise PerturbError(f"frames=[{start}, {stop}] needs 0 <= start < stop")
        rows = slice(start, stop)
    out[rows, columns] = 0.0
    return out


def scale(z: np.ndarray, *, factor: float, components: Sequence[int] | None = None) -> np.ndarray:
    """Gain: out[t, c] = factor * z[t, c] for c in components, else z[t, c].

    Args:
        z: Shape [n_frames, N_Z].
        factor: Any finite real (negative values also flip the sign).
        components: Component indices in [0, N_Z); None scales every component.

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        PerturbError: A parameter is invalid or `z` is invalid.
    """
    out = as_embedding(z)
    columns = _components(components)
    out[:, columns] *= np.float32(_real("factor", factor))
    return out


def flip(z: np.ndarray, *, components: Sequence[int] | None = None) -> np.ndarray:
    """Sign flip: out[t, c] = -z[t, c] for c in components, else z[t, c].

    Args:
        z: Shape [n_frames, N_Z].
        components: Component indices in [0, N_Z); None flips every component.

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        PerturbError: A component is out of range or `z` is invalid.
    """
    out = as_embedding(z)
    columns = _components(components)
    out[:, columns] = -out[:, columns]
    return out


def offset(z: np.ndarray, *, amount: float, components: Sequence[int] | None = None) -> np.ndarray:
    """Constant offset: out[t, c] = z[t, c] + amount for c in components, else z[t, c].

    Args:
        z: Shape [n_frames, N_Z].
        amount: Any finite real, in embedding units.
        components: Component indices in [0, N_Z); None offsets every component.

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        PerturbError: A parameter is invalid or `z` is invalid.
    """
    out = as_embedding(z)
    columns = _components(components)
    out[:, columns] += np.float32(_real("amount", amount))
    return out


def add(z: np.ndarray, *, others: Sequence[np.ndarray], weights: Sequence[float]) -> np.ndarray:
    """Additive mix: out[t] = z[t] + sum_i weights[i] * fit(others[i])[t].

    `fit` crops or pads each added embedding to n_frames of `z` (`fit_frames`), so the
    output keeps the length of `z`.

    Args:
        z: Shape [n_frames, N_Z].
        others: Embeddings to add, each shape [n_i, N_Z].
        weights: One finite real per entry of `others`.

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        PerturbError: The lists differ in length, are empty, or hold invalid values.
    """
    out = as_embedding(z)
    others = _embeddings("others", others)
    for w, other in zip(_weights("weights", weights, n=len(others)), others, strict=True):
        out += np.float32(w) * fit_frames(other, n_frames=len(out))
    return out


def shift(z: np.ndarray, *, n_frames: int) -> np.ndarray:
    """Time shift: out[t] = z[clip(t - n_frames, 0, n - 1)].

    A positive `n_frames` delays the embedding (its first frame is held at the start), a
    negative one advances it (its last frame is held at the end); the length is kept.

    Args:
        z: Shape [n, N_Z].
        n_frames: Frames to delay by (negative: advance), any integer.

    Returns:
        Shape [n, N_Z], float32.

    Raises:
        PerturbError: `n_frames` is not an integer or `z` is invalid.
    """
    z = as_embedding(z)
    delay = _integer("n_frames", n_frames)
    return z[np.clip(np.arange(len(z)) - delay, 0, len(z) - 1)]


def stretch(z: np.ndarray, *, factor: float) -> np.ndarray:
    """Time stretch by linear interpolation along frames.

    out[j] = lerp(z, min(j / factor, n - 1)) for j < m, m = max(1, round(n * factor)):
    each output frame advances 1 / factor input frames, so the embedding plays `factor`
    times longer (factor > 1) or shorter (factor < 1); factor 1 is the identity.

    Args:
        z: Shape [n, N_Z].
        factor: Length ratio, > 0.

    Returns:
        Shape [max(1, round(n * factor)), N_Z], float32.

    Raises:
        PerturbError: `factor` <= 0 or `z` is invalid.
    """
    z = as_embedding(z)
    factor = _real("factor", factor)
    if factor <= 0:
        raise PerturbError(f"factor={factor} must be > 0")
    m = max(1, round(len(z) * factor))
    return _sample_frames(z, np.arange(m) / factor)


def vibrato(
    z: np.ndarray, *, rate_hz: float, depth_frames: float, frame_rate_hz: float
) -> np.ndarray:
    """Periodic time warp along frames.

    out[t] = lerp(z, clip(t + depth_frames * sin(2 pi rate_hz t / frame_rate_hz), 0, n - 1)):
    the read position swings `depth_frames` frames around the current frame, `rate_hz`
    times per second, which bends the decoded pitch and timbre periodically.

    Args:
        z: Shape [n_frames, N_Z].
        rate_hz: Modulation rate (Hz), in (0, frame_rate_hz / 2].
        depth_frames: Peak displacement (embedding frames), >= 0.
        frame_rate_hz: Embedding frames per second, `sample_rate_hz / hop_length` of the
            model's `ModelConfig` (supplied by the caller, not by a recipe).

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        PerturbError: A parameter is out of range or `z` is invalid.
    """
    z = as_embedding(z)
    rate_hz, frame_rate_hz = _rate_hz(rate_hz, frame_rate_hz)
    depth_frames = _real("depth_frames", depth_frames)
    if depth_frames < 0:
        raise PerturbError(f"depth_frames={depth_frames} must be >= 0")
    t = np.arange(len(z), dtype=np.float64)
    return _sample_frames(z, t + depth_frames * np.sin(2 * np.pi * rate_hz * t / frame_rate_hz))


def tremolo(z: np.ndarray, *, rate_hz: float, depth: float, frame_rate_hz: float) -> np.ndarray:
    """Periodic gain along frames.

    out[t] = z[t] * (1 - depth * (1 - cos(2 pi rate_hz t / frame_rate_hz)) / 2): the gain
    starts at 1 and dips to 1 - depth once per period.

    Args:
        z: Shape [n_frames, N_Z].
        rate_hz: Modulation rate (Hz), in (0, frame_rate_hz / 2].
        depth: Modulation depth, in [0, 1].
        frame_rate_hz: Embedding frames per second, `sample_rate_hz / hop_length` of the
            model's `ModelConfig` (supplied by the caller, not by a recipe).

    Returns:
        Shape [n_frames, N_Z], float32.

    Raises:
        PerturbError: A parameter is out of range or `z` is invalid.
    """
    z = as_embedding(z)
    rate_hz, frame_rate_hz = _rate_hz(rate_hz, frame_rate_hz)
    depth = _real("depth", depth)
    if not 0 <= depth <= 1:
        raise PerturbError(f"depth={depth} must be in [0, 1]")
    t = np.arange(len(z), dtype=np.float64)
    gain = 1 - depth * (1 - np.cos(2 * np.pi * rate_hz * t / frame_rate_hz)) / 2  # [n_frames]
    return z * gain.astype(np.float32)[:, None]


# Mixes of several sources ----------------------------------------------------------------


def mix_weights(weights: Sequence[float], *, n: int) -> np.ndarray:
    """The weights of a mix of `n` sources, checked as `interpolate` needs them.

    Returns:
        Shape [n], float64.

    Raises:
        PerturbError: Not `n` finite reals, or they do not sum to 1 (within
            WEIGHT_SUM_TOLERANCE).
    """
    w = _weights("weights", weights, n=n)
    if abs(w.sum() - 1) > WEIGHT_SUM_TOLERANCE:
        raise PerturbError(f"weights={list(weights)} must sum to 1, got {w.sum()}")
    return w


def interpolate(sources: Sequence[np.ndarray], *, weights: Sequence[float]) -> np.ndarray:
    """Weighted mix of N sources: out[t] = sum_i weights[i] * pad(sources[i])[t].

    The weights must sum to 1 (negative weights extrapolate); `pad` repeats each source's
    last frame up to the longest source's length (the module's alignment rule).

    Args:
        sources: N >= 1 embeddings, each shape [n_i, N_Z].
        weights: N finite reals summing to 1 (within WEIGHT_SUM_TOLERANCE).

    Returns:
        Shape [max_i n_i, N_Z], float32.

    Raises:
        PerturbError: The lists differ in length, are empty, hold invalid values, or the
            weights do not sum to 1.
    """
    sources = _embeddings("sources", sources)
    w = mix_weights(weights, n=len(sources))
    n_frames = max(len(s) for s in sources)
    out = np.zeros((n_frames, N_Z), dtype=np.float32)
    for wi, s in zip(w, sources, strict=True):
        out += np.float32(wi) * fit_frames(s, n_frames=n_frames)
    return out


def bilinear(corners: Sequence[np.ndarray], *, x: float, y: float) -> np.ndarray:
    """Bilinear blend of four corner sources, as the NSynth Super's touch pad.

    out = (1-x)(1-y) c00 + x(1-y) c10 + (1-x)y c01 + xy c11, with the corners given in
    the order (c00, c10, c01, c11): (x=0, y=0), (x=1, y=0), (x=0, y=1), (x=1, y=1).
    Sources of different lengths are aligned as in `interpolate`.

    Args:
        corners: Four embeddings, each shape [n_i, N_Z].
        x: Horizontal position in [0, 1].
        y: Vertical position in [0, 1].

    Returns:
        Shape [max_i n_i, N_Z], float32.

    Raises:
        PerturbError: Not four corners, x or y outside [0, 1], or invalid embeddings.
    """
    if isinstance(corners, np.ndarray) or not isinstance(corners, Sequence) or len(corners) != 4:
        raise PerturbError("bilinear needs exactly four corner embeddings (c00, c10, c01, c11)")
    return interpolate(corners, weights=bilinear_weights(x=x, y=y))


def bilinear_weights(*, x: float, y: float) -> list[float]:
    """The corner weights of pad position (x, y), in `bilinear`'s order (c00, c10, c01,
    c11). Pure arithmetic: a live request's position is checked with it, no embedding.

    Raises:
        PerturbError: x or y is not a real number in [0, 1].
    """
    x, y = _real("x", x), _real("y", y)
    for name, value in (("x", x), ("y", y)):
        if not 0 <= value <= 1:
            raise PerturbError(f"{name}={value} must be in [0, 1]")
    return [(1 - x) * (1 - y), x * (1 - y), (1 - x) * y, x * y]


# Pitch ----------------------------------------------------------------------------------


def nearest_pitch(available: Iterable[int], *, pitch: int) -> tuple[int, float]:
    """Chooses the note of a pitched source set that best plays `pitch`.

    The set's own note at `pitch` when it has one, else the nearest available pitch; on a
    tie the higher note wins, so the playback rate is below 1 (reading a file slower never
    aliases). rate = 2 ** ((pitch - chosen) / 12) repitches the chosen note to `pitch`.

    Args:
        available: MIDI pitches the set has, non-empty.
        pitch: Requested MIDI pitch in MIDI_RANGE.

    Returns:
        (chosen MIDI pitch, playback-rate factor); the factor is 1.0 on an exact match.

    Raises:
        PerturbError: `available` is empty or a pitch is not an integer in MIDI_RANGE.
    """
    low, high = MIDI_RANGE
    notes = sorted({_integer("available pitch", p) for p in available})
    pitch = _integer("pitch", pitch)
    if not notes:
        raise PerturbError("no pitches available")
    bad = [p for p in [*notes, pitch] if not low <= p <= high]
    if bad:
        raise PerturbError(f"pitches {bad} outside the MIDI range [{low}, {high}]")
    chosen = min(notes, key=lambda p: (abs(p - pitch), -p))
    return chosen, 2.0 ** ((pitch - chosen) / 12)


# Registry and composition ---------------------------------------------------------------

#: Keyword parameters the caller supplies from the model configuration, never a recipe.
CONTEXT_PARAMS = ("frame_rate_hz",)


@dataclasses.dataclass(frozen=True)
class Operation:
    """One registered edit and the parameters it takes.

    Attributes:
        fn: The edit, `fn(z, **params) -> z'` on [n_frames, N_Z] embeddings.
        params: Keyword parameters a recipe may give.
        required: The subset of `params` without a default.
        embeddings: Parameters holding other embeddings (source names in a grid spec).
        context: Parameters `apply` supplies itself (see CONTEXT_PARAMS).
        doc: First line of the edit's docstring.
    """

    fn: Callable[..., np.ndarray]
    params: tuple[str, ...]
    required: tuple[str, ...]
    embeddings: tuple[str, ...]
    context: tuple[str, ...]
    doc: str

    @property
    def name(self) -> str:
        return self.fn.__name__

    def check(self, params: Mapping[str, Any]) -> None:
        """Raises PerturbError if `params` has unknown keys or lacks a required one."""
        unknown = sorted(set(params) - set(self.params))
        if unknown:
            raise PerturbError(
                f"{self.name}: unknown parameters {unknown}; allowed: {list(self.params)}"
            )
        missing = [p for p in self.required if p not in params]
        if missing:
            raise PerturbError(f"{self.name}: missing parameters {missing}")


def _operation(fn: Callable[..., np.ndarray], *, embeddings: tuple[str, ...] = ()) -> Operation:
    """Describes `fn` from its signature: keyword-only parameters after the embedding."""
    keyword = [
        p
        for p in inspect.signature(fn).parameters.values()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
    ]
    params = tuple(p.name for p in keyword if p.name not in CONTEXT_PARAMS)
    return Operation(
        fn=fn,
        params=params,
        required=tuple(p.name for p in keyword if p.name in params and p.default is p.empty),
        embeddings=embeddings,
        context=tuple(p.name for p in keyword if p.name in CONTEXT_PARAMS),
        doc=(fn.__doc__ or "").strip().splitlines()[0],
    )


#: Every edit by name; the one list of known keys for grid specs and the OSC protocol.
OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in (
        _operation(zero),
        _operation(scale),
        _operation(flip),
        _operation(offset),
        _operation(add, embeddings=("others",)),
        _operation(shift),
        _operation(stretch),
        _operation(vibrato),
        _operation(tremolo),
    )
}


def apply(
    z: np.ndarray,
    steps: Sequence[tuple[str, Mapping[str, Any]]],
    *,
    frame_rate_hz: float | None = None,
) -> np.ndarray:
    """Applies edits in order: out = step_k(...step_1(z)).

    Args:
        z: Shape [n_frames, N_Z].
        steps: (operation name, parameters) pairs; names are keys of OPERATIONS, parameter
            values are what the edit takes (embeddings, not source names).
        frame_rate_hz: Embedding frames per second (`sample_rate_hz / hop_length`); needed
            only when a step's operation lists it in `context`.

    Returns:
        Shape [n_out, N_Z], float32 (n_out differs from n_frames only after `stretch`).

    Raises:
        PerturbError: An unknown operation (the message lists the known ones), unknown or
            missing parameters, an invalid value, or a missing `frame_rate_hz`.
    """
    out = as_embedding(z)
    for i, step in enumerate(steps):
        if isinstance(step, str | bytes) or not isinstance(step, Sequence) or len(step) != 2:
            raise PerturbError(f"step {i}={step!r} must be (operation name, parameters)")
        name, params = step
        op = OPERATIONS.get(name)
        if op is None:
            raise PerturbError(f"step {i}: unknown operation {name!r}; known: {sorted(OPERATIONS)}")
        if not isinstance(params, Mapping):
            raise PerturbError(f"step {i} ({name}): parameters must be a mapping, got {params!r}")
        op.check(params)
        context = {}
        if op.context:
            if frame_rate_hz is None:
                raise PerturbError(f"step {i} ({name}) needs frame_rate_hz")
            context["frame_rate_hz"] = frame_rate_hz
        out = op.fn(out, **params, **context)
    return out
