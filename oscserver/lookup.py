"""Neighbours and blends over a bank's renders: pure functions on arrays, no I/O.

A request the bank cannot answer exactly is answered with the render(s) nearest to it.
Pitch is chosen first, timbre second, as on the NSynth Super: the pitch group is the
rendered pitch nearest the requested one (`perturb.nearest_pitch`'s rule, a tie going to
the higher note), and the served file is repitched by `rate = 2 ** ((p - g) / 12)`.
Within that group neighbours are ranked by one of two distances:

- recipe space (`RecipeSpace`): every axis except pitch becomes coordinates. A numeric
  axis is scaled to its grid range, (v - min) / (max - min), so one grid span counts 1;
  a list of numbers (interpolation or `add` weights, `frames` ranges) is scaled the same
  way element-wise; a categorical axis (source names, component lists) counts 1 when the
  two values differ and 0 when they are equal, whether the grid holds them or not.
  distance = sqrt(sum of squared numeric differences + number of categories that differ)
  (dimensionless, grid spans).
- embedding space (`summarize`): each embedding [n_frames, 16] is averaged over
  SUMMARY_SEGMENTS equal runs of frames; distance = RMS of the difference of the two
  summaries (embedding units). The request's embedding is computed from its recipe.

Blends: with d_i the distances of the k nearest, weights are inverse-square,
w_i = d_i^-2 / sum_j d_j^-2. When the nearest is at distance 0 or takes at least `snap` of
the weight, it is served alone (`nearest`); otherwise weights below `min_weight` are
dropped, the rest renormalised, and the clips are mixed (`mix`): sum_i w_i x_i, scaled so
its RMS equals sum_i w_i rms(x_i) (a mix of unrelated sounds is quieter than its parts).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from oscserver.protocol import OscServerError
from precompute import perturb
from precompute.grid import canonical

if TYPE_CHECKING:
    from precompute.grid import GridSpec

#: Runs of frames an embedding is averaged over for the embedding-space distance.
SUMMARY_SEGMENTS = 8

#: Code of "no pitch" in pitch arrays (renders of unpitched sources).
NO_PITCH = -1

#: Parameters whose lists are sets of component indices (categories), not magnitudes.
_INDEX_SETS = frozenset({"components"})


class NeighbourError(OscServerError):
    """Arrays or parameters given to a lookup function are inconsistent."""


# Pitch -------------------------------------------------------------------------------------


def repitch_rate(requested: int | None, rendered: int | None) -> float:
    """Playback-rate factor that plays a render of pitch `rendered` at `requested`.

    rate = 2 ** ((requested - rendered) / 12); 1.0 when either is None (unpitched).
    """
    if requested is None or rendered is None:
        return 1.0
    return 2.0 ** ((requested - rendered) / 12)


def choose_pitch(available: Sequence[int], requested: int | None) -> int:
    """The rendered pitch that plays `requested`: its own, else the nearest (tie: higher).

    Args:
        available: Pitches present, NO_PITCH for unpitched renders; non-empty.
        requested: MIDI pitch, or None for an unpitched request.

    Returns:
        One of `available`. Unpitched requests (and sets holding only NO_PITCH) take
        NO_PITCH when present, else the lowest pitch.

    Raises:
        NeighbourError: `available` is empty.
    """
    if len(available) == 0:
        raise NeighbourError("no pitches available")
    pitched = [p for p in available if p != NO_PITCH]
    if requested is None or not pitched:
        return NO_PITCH if NO_PITCH in available else min(pitched)
    chosen, _ = perturb.nearest_pitch(pitched, pitch=requested)
    return chosen


# Recipe space ------------------------------------------------------------------------------

NUMBER, VECTOR, CATEGORY = "number", "vector", "category"


def category_code(value: Any) -> float:
    """A number naming a categorical value: equal for equal canonical values, and (but
    with odds of 2**-52 per pair) different for different ones; exact in float64."""
    text = json.dumps(canonical(value), sort_keys=True, separators=(",", ":"))
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return float(int.from_bytes(digest, "big") >> 12)


@dataclasses.dataclass(frozen=True)
class AxisCoding:
    """How one axis's value becomes columns of a recipe-space vector.

    Attributes:
        name: The axis.
        kind: NUMBER (1 column), VECTOR (one column per element) or CATEGORY (1 column:
            a code of the value, `category_code`).
        offset: First column.
        width: Number of columns.
        low: Smallest grid value (NUMBER, VECTOR).
        span: Largest minus smallest grid value, 1 when they are equal.
    """

    name: str
    kind: str
    offset: int
    width: int
    low: float = 0.0
    span: float = 1.0


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


@dataclasses.dataclass(frozen=True)
class RecipeSpace:
    """Coordinates of recipes: every axis of a spec except pitch (see the module doc).

    Attributes:
        axes: One coding per axis, in spec order.
        width: Total columns.
    """

    axes: tuple[AxisCoding, ...]
    width: int

    @classmethod
    def from_spec(cls, spec: GridSpec) -> RecipeSpace:
        """The recipe space of a spec's grid (its axis values set the scales)."""
        codings = []
        offset = 0
        for axis in spec.axes:
            if axis.name == "pitch":
                continue
            values = axis.values
            if all(_is_number(v) for v in values):
                low, high = float(min(values)), float(max(values))
                coding = AxisCoding(axis.name, NUMBER, offset, 1, low, (high - low) or 1.0)
            elif (
                all(isinstance(v, list) and v and all(_is_number(x) for x in v) for v in values)
                and len({len(v) for v in values}) == 1
                and axis.param not in _INDEX_SETS
            ):
                flat = [float(x) for v in values for x in v]
                low, high = min(flat), max(flat)
                coding = AxisCoding(
                    axis.name, VECTOR, offset, len(values[0]), low, (high - low) or 1.0
                )
            else:
                coding = AxisCoding(axis.name, CATEGORY, offset, 1)
            codings.append(coding)
            offset += coding.width
        return cls(tuple(codings), offset)

    @property
    def categorical(self) -> np.ndarray:
        """Which columns hold category codes (see `nearest`). Shape [width], bool."""
        mask = np.zeros(self.width, dtype=bool)
        for coding in self.axes:
            if coding.kind == CATEGORY:
                mask[coding.offset] = True
        return mask

    def vector(self, coords: Mapping[str, Any]) -> np.ndarray:
        """Coordinates of one point.

        Args:
            coords: Canonical value of every axis (pitch, if present, is ignored).

        Returns:
            Shape [width], float64.

        Raises:
            NeighbourError: An axis is missing, or a VECTOR value has the wrong length.
        """
        out = np.zeros(self.width, dtype=np.float64)
        for coding in self.axes:
            if coding.name not in coords:
                raise NeighbourError(f"no value for axis {coding.name!r}")
            value = coords[coding.name]
            if coding.kind == NUMBER:
                out[coding.offset] = (float(value) - coding.low) / coding.span
            elif coding.kind == VECTOR:
                if not isinstance(value, list) or len(value) != coding.width:
                    raise NeighbourError(f"{coding.name}={value!r}: needs {coding.width} numbers")
                out[coding.offset : coding.offset + coding.width] = (
                    np.asarray(value, dtype=np.float64) - coding.low
                ) / coding.span
            else:
                out[coding.offset] = category_code(value)
        return out


def recipe_coords(spec: GridSpec, recipe: Mapping[str, Any]) -> dict[str, Any] | None:
    """The axis values a canonical recipe was built from: the inverse of `grid.point_at`.

    Args:
        spec: The loaded spec.
        recipe: A canonical recipe (a bank entry's).

    Returns:
        Axis name -> canonical value for every axis of the spec (pitch: the recipe's
        rendered pitch), or None when the recipe is not a point of this spec (another
        base, other render settings, other source files, other edits or fixed values).
    """
    try:
        if canonical(spec.render.recipe_fields()) != recipe["render"]:
            return None
        notes = spec.notes()
        used = recipe["sources"]
        if any(ref not in notes or notes[ref].digest != digest for ref, digest in used.items()):
            return None

        def name_of(ref: str) -> str:
            return ref.split("@", 1)[0]

        base = recipe["base"]
        if base["mode"] != spec.mode:
            return None
        coords: dict[str, Any] = {}
        if spec.mode == "source":
            coords["source"] = name_of(base["source"])
        elif spec.mode == "interpolate":
            if [name_of(r) for r in base["sources"]] != list(spec.base_sources):
                return None
            names = {a.name for a in spec.axes}
            if "t" in names:
                coords["t"] = canonical(base["weights"][1])
            else:
                coords["weights"] = base["weights"]
        else:
            if [name_of(r) for r in base["corners"]] != list(spec.base_sources):
                return None
            coords["x"], coords["y"] = base["x"], base["y"]
        edit_axes = [a for a in spec.axes if a.operation is not None]
        steps = recipe["steps"]
        if len(steps) != len(edit_axes):
            return None
        for axis, (operation, params) in zip(edit_axes, steps, strict=True):
            if operation != axis.operation:
                return None
            params = dict(params)
            for p in perturb.OPERATIONS[operation].embeddings:
                if p in params:
                    params[p] = [name_of(r) for r in params[p]]
            if axis.param not in params:
                return None
            value = params.pop(axis.param)
            if params != dict(axis.fixed):
                return None
            coords[axis.name] = value
        pitch_axis = next((a for a in spec.axes if a.name == "pitch"), None)
        if pitch_axis is not None:
            # An unpitched base leaves the pitch to the notes of pitched edit sources
            # ("brass@64"); with none, every pitch gives this recipe.
            notes = [int(ref.split("@", 1)[1]) for ref in used if "@" in ref]
            pitch = recipe["pitch"]
            coords["pitch"] = (
                pitch if pitch is not None else min(notes, default=pitch_axis.values[0])
            )
        return coords
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None


# Embedding space -----------------------------------------------------------------------------


def summarize(z: np.ndarray, *, n_segments: int = SUMMARY_SEGMENTS) -> np.ndarray:
    """Averages an embedding over `n_segments` equal runs of frames.

    out[s * n_z + c] = mean of z[t, c] over the frames of run s (np.array_split's runs;
    an embedding shorter than n_segments is padded by repeating its last frame first).

    Args:
        z: Shape [n_frames, n_z].
        n_segments: Runs, >= 1.

    Returns:
        Shape [n_segments * n_z], float32.
    """
    z = np.asarray(z, dtype=np.float32)
    if z.ndim != 2 or len(z) == 0 or n_segments < 1:
        raise NeighbourError(f"cannot summarize an embedding of shape {z.shape}")
    if len(z) < n_segments:
        z = z[np.minimum(np.arange(n_segments), len(z) - 1)]
    return np.concatenate([run.mean(axis=0) for run in np.array_split(z, n_segments)])


# Search -------------------------------------------------------------------------------------


def nearest(
    points: np.ndarray, query: np.ndarray, *, k: int, categorical: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The k rows of `points` nearest to `query` (Euclidean), nearest first.

    Args:
        points: Shape [n, d].
        query: Shape [d].
        k: How many, >= 1 (fewer when n < k).
        categorical: Columns holding category codes (`RecipeSpace.categorical`): each
            adds 1 to the squared distance when the codes differ. Shape [d], bool.

    Returns:
        (indices [min(k, n)] into points, distances [min(k, n)]), sorted by distance
        then index.
    """
    points = np.asarray(points)
    if points.ndim != 2 or query.shape != (points.shape[1],) or k < 1:
        raise NeighbourError(f"points {points.shape}, query {query.shape}, k={k} do not fit")
    if len(points) == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0)
    diff = points - query
    if categorical is not None and categorical.any():
        diff[:, categorical] = diff[:, categorical] != 0.0
    d2 = np.einsum("ij,ij->i", diff, diff)
    if k < len(points):  # every row tied with the k-th, so ties go to the lower index
        part = np.flatnonzero(d2 <= np.partition(d2, k - 1)[k - 1])
    else:
        part = np.arange(len(points))
    order = part[np.lexsort((part, d2[part]))][:k]
    return order, np.sqrt(d2[order])


def blend_weights(
    distances: np.ndarray, *, snap: float = 0.75, min_weight: float = 0.05
) -> np.ndarray:
    """Mixing weights for neighbours at `distances` (nearest first).

    w_i = d_i^-2 / sum_j d_j^-2. If d_0 == 0, or w_0 >= snap, returns [1, 0, ...] (serve
    the nearest alone); otherwise weights below min_weight become 0 and the rest are
    renormalised to sum 1.

    Args:
        distances: Shape [k], ascending, >= 0, k >= 1.
        snap: Weight from which the nearest is served alone, in (0, 1]; 1 blends
            whenever two neighbours are at a distance > 0.
        min_weight: Weight below which a neighbour is left out of a mix, in [0, 1).

    Returns:
        Shape [k], float64, summing to 1.
    """
    d = np.asarray(distances, dtype=np.float64)
    if d.ndim != 1 or len(d) == 0 or (d < 0).any():
        raise NeighbourError(f"distances {distances!r} must be a non-empty list of values >= 0")
    alone = np.zeros(len(d))
    alone[0] = 1.0
    if d[0] == 0.0 or len(d) == 1:
        return alone
    w = (d[0] / d) ** 2  # d_i^-2 scaled by d_0^2: no overflow for a tiny d_0
    w /= w.sum()
    if w[0] >= snap:
        return alone
    w[w < min_weight] = 0.0
    return w / w.sum()


def mix(clips: Sequence[np.ndarray], weights: Sequence[float]) -> np.ndarray:
    """An RMS-matched weighted mix of audio clips.

    out = g * sum_i w_i pad(x_i), with pad extending each clip with zeros to the
    longest, and g = sum_i w_i rms(x_i) / rms(sum_i w_i pad(x_i)) (g = 1 when the mix
    is silent). Peaks are clipped to [-1, 1].

    Args:
        clips: Mono audio, each shape [n_i], full-scale units.
        weights: One weight >= 0 per clip, summing to 1.

    Returns:
        Shape [max_i n_i], float32.
    """
    if len(clips) == 0 or len(clips) != len(weights):
        raise NeighbourError(f"{len(clips)} clips for {len(weights)} weights")
    out = np.zeros(max(len(c) for c in clips), dtype=np.float32)
    target = 0.0
    for clip, w in zip(clips, weights, strict=True):
        x = np.asarray(clip, dtype=np.float32)
        out[: len(x)] += np.float32(w) * x
        target += w * _rms(x)
    level = _rms(out)
    if level > 0.0:
        out *= np.float32(target / level)
    return np.clip(out, -1.0, 1.0, out=out)


def _rms(x: np.ndarray) -> float:
    """sqrt(mean(x ** 2)), accumulated in float64; 0 for an empty array."""
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if len(x) else 0.0


# The index ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Neighbours:
    """The renders a server can stand in with, as arrays (immutable; `extend` copies).

    Attributes:
        keys: Bank keys, one per row.
        pitches: Rendered pitch per row, NO_PITCH when unpitched. Shape [n], int64.
        recipe_points: Recipe-space coordinates. Shape [n, RecipeSpace.width], float64.
        categorical: Which recipe-space columns are category codes. Shape [width], bool.
        summaries: Embedding summaries (`summarize`). Shape [n, SUMMARY_SEGMENTS * n_z],
            float32.
        groups: Pitch -> row indices of that pitch (int arrays).
    """

    keys: tuple[str, ...]
    pitches: np.ndarray
    recipe_points: np.ndarray
    categorical: np.ndarray
    summaries: np.ndarray
    groups: Mapping[int, np.ndarray]

    @classmethod
    def empty(cls, *, categorical: np.ndarray, summary_width: int) -> Neighbours:
        """No rows, in a recipe space whose columns are `categorical` (one bool each)."""
        return cls(
            (),
            np.zeros(0, dtype=np.int64),
            np.zeros((0, len(categorical))),
            np.asarray(categorical, dtype=bool),
            np.zeros((0, summary_width), dtype=np.float32),
            {},
        )

    def __len__(self) -> int:
        return len(self.keys)

    def extend(
        self,
        keys: Sequence[str],
        pitches: Sequence[int],
        recipe_points: np.ndarray,
        summaries: np.ndarray,
    ) -> Neighbours:
        """A new index with rows appended (arrays shaped as the attributes)."""
        all_pitches = np.concatenate([self.pitches, np.asarray(pitches, dtype=np.int64)])
        groups = {int(p): np.flatnonzero(all_pitches == p) for p in np.unique(all_pitches).tolist()}
        return Neighbours(
            keys=(*self.keys, *keys),
            pitches=all_pitches,
            recipe_points=np.concatenate([self.recipe_points, recipe_points]),
            categorical=self.categorical,
            summaries=np.concatenate([self.summaries, summaries]),
            groups=groups,
        )

    def query(
        self, query: np.ndarray, *, pitch: int | None, k: int, embedding: bool
    ) -> tuple[int, np.ndarray, np.ndarray]:
        """The k nearest renders of the pitch group that plays `pitch`.

        Args:
            query: Recipe-space vector [recipe width], or an embedding summary when
                `embedding`.
            pitch: Requested MIDI pitch (None: unpitched).
            k: Neighbours wanted.
            embedding: Rank by embedding-space distance instead of recipe space.

        Returns:
            (group pitch or NO_PITCH, row indices [<= k], distances [<= k]); distances
            are RMS over summary elements in embedding space.

        Raises:
            NeighbourError: The index is empty.
        """
        group = choose_pitch(list(self.groups), pitch)
        rows = self.groups[group]
        if embedding:
            index, d = nearest(self.summaries[rows], query, k=k)
            d = d / math.sqrt(self.summaries.shape[1])
        else:
            index, d = nearest(self.recipe_points[rows], query, k=k, categorical=self.categorical)
        return group, rows[index], d

    def moved_closer(
        self,
        queries: np.ndarray,
        *,
        groups: np.ndarray,
        radii: np.ndarray,
        since: int,
        embedding: bool,
    ) -> np.ndarray:
        """Which searches a row added since row `since` changes: one of the searched
        pitch group nearer to the query than the farthest neighbour the search found.

        Args:
            queries: What was searched for, as in `query`. Shape [m, d].
            groups: The pitch group each was found in. Shape [m].
            radii: Distance of each one's farthest neighbour (inf when it found fewer
                than k). Shape [m].
            since: Rows the searches saw (the rows after them are new).
            embedding: Embedding-space distances (as in `query`).

        Returns:
            Shape [m], bool.
        """
        out = np.zeros(len(queries), dtype=bool)
        points = self.summaries if embedding else self.recipe_points
        scale = math.sqrt(self.summaries.shape[1]) if embedding else 1.0
        codes = None if embedding or not self.categorical.any() else self.categorical
        for group in np.unique(groups):
            rows = since + np.flatnonzero(self.pitches[since:] == group)
            if len(rows) == 0:
                continue
            mine = np.flatnonzero(groups == group)
            new = points[rows]  # [r, d]
            q = queries[mine]  # [m_g, d]
            differ = 0
            if codes is not None:  # as in `nearest`: 1 per category that differs
                differ = (q[:, None, codes] != new[None, :, codes]).sum(-1)
                new, q = new[:, ~codes], q[:, ~codes]
            d2 = (q**2).sum(1)[:, None] - 2 * q @ new.T + (new**2).sum(1)[None, :] + differ
            nearest_d = np.sqrt(np.maximum(d2.min(axis=1), 0.0)) / scale  # [m_g]
            out[mine] = nearest_d < radii[mine]
        return out
