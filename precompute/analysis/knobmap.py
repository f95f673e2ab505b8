"""Noise floor, effect sizes and the knob map: which component moves which quality.

WaveNet sampling is random, so every source is rendered unedited with several seeds, and
one edit twice. Per quantity, the seed-to-seed spread (pooled over sources, and over the
edited pairs; the larger, never below the quantity's resolution) is the noise floor
sigma; a render's change is measured against its source's
unedited renders and divided by sigma. Pitch changes are first split into octave jumps
and the rest (`descriptors.fold_octaves`): jumps are counted, never averaged.

One cell is one component x quantity x edit (zero, a gain, sign) over the sources. It
moves the quantity **consistently** when at least `min_agreement` of the sources with a
render changed by `threshold_sigma` or more, all the same way ("zeroing c3 makes every
source quieter"), or, where the component's sign differs between sources, the same way
relative to the edit's change of its value ("a larger c3 is louder"). Its **strength**
is the median change / sigma over the sources in the agreed direction (a source that
moved the other way counts against it). A component's label is its strongest effect,
read by which edits show it: the gain dial both ways, any change, boosts only,
reductions only, the sign flip only, or the value (`Effect.mode`). Octave jumps count as
an effect of their own when a component's renders jump more often than the unedited ones
(a one-sided binomial test, Bonferroni over the components).

Pure: renders and their descriptors in, dataclasses out.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from scipy import stats

from precompute.analysis.descriptors import (
    QUANTITIES,
    QUANTITY,
    Descriptors,
    Quantity,
    fold_octaves,
    lower_median,
)
from precompute.analysis.experiments import format_number
from precompute.analysis.knobs_file import KNOBS_FORMAT, KNOBS_VERSION
from precompute.analysis.measure import Render
from precompute.perturb import N_Z

#: Label of a component with no consistent effect.
NO_EFFECT = "no consistent effect"

#: Longest label (ASCII characters): "spectral spread down when flipped" is 33.
LABEL_MAX = 40

#: Short names for dial labels (ASCII, <= 6 characters), by quantity.
SHORT = {
    "pitch": "pitch",
    "voicing": "voiced",
    "loudness": "loud",
    "centroid": "bright",
    "bandwidth": "spread",
    "flatness": "noisy",
    "onset": "onset",
    "octave": "octave",
}

#: The per-component experiments and their position on the gain dial (gain: its factor;
#: sign: not on it).
DIAL = {"zero": 0.0, "gain": None, "sign": None}


@dataclasses.dataclass(frozen=True)
class KnobMapConfig:
    """When an effect counts.

    Attributes:
        threshold_sigma: Change (in noise-floor units) a source must show to count.
        min_agreement: Share of the sources that must move the same way beyond it.
        jump_alpha: Family-wise false-alarm rate of the octave-jump test (over the
            components).
        octave_tolerance_st: How far from a whole octave a jump may land (semitones).
    """

    threshold_sigma: float = 3.0
    min_agreement: float = 0.75
    jump_alpha: float = 0.01
    octave_tolerance_st: float = 2.0


def edit_name(experiment: str, params: Mapping[str, Any]) -> str:
    """ "zero", "gain 1.5", "sign": how tables name a per-component edit."""
    if experiment == "gain":
        return f"gain {format_number(params['factor'])}"
    return experiment


def edit_order(gains: Sequence[float]) -> tuple[str, ...]:
    """Per-component edits in table order: zero, the gains ascending, sign."""
    return ("zero", *(f"gain {format_number(g)}" for g in sorted(gains)), "sign")


def dial_position(experiment: str, params: Mapping[str, Any]) -> float | None:
    """Where an edit sits on the component's gain dial (zero = 0); None for sign."""
    if experiment == "gain":
        return float(params["factor"])
    return DIAL.get(experiment)


# Noise floor -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SourceReference:
    """One source's unedited renders.

    Attributes:
        values: Quantity -> reference value: the lower median f0 of the seeds for pitch
            (a pitch one of them played), the seeds' mean for the rest.
        center: Quantity -> mean change of the seeds from that reference (delta units;
            pitch after octave folding); edits are measured from reference + center.
        n_seeds: Unedited renders.
        jumps: Seeds an octave or more from the reference pitch.
        n_pitched: Seeds with an f0.
    """

    values: dict[str, float]
    center: dict[str, float]
    n_seeds: int
    jumps: int
    n_pitched: int


@dataclasses.dataclass(frozen=True)
class NoiseFloor:
    """The seed-to-seed spread every effect is measured in.

    Attributes:
        sigma: Quantity -> the noise floor used: the largest of the unedited spread, the
            edited spread and the quantity's resolution (delta units).
        measured: Quantity -> pooled seed-to-seed standard deviation of the unedited
            renders (NaN without two seeds of one source).
        dof: Quantity -> degrees of freedom of `measured`.
        edited: Quantity -> the same from pairs of edited renders that differ only in
            their seed (each pair: difference^2 / 2, one degree of freedom); NaN
            without pairs.
        edited_dof: Quantity -> pairs behind `edited`.
        references: Source -> its unedited renders' reference.
        n_jumps: Unedited renders an octave or more from their source's reference.
        n_pitched: Unedited renders with an f0.
        octave_tolerance_st: The folding tolerance used.
    """

    sigma: dict[str, float]
    measured: dict[str, float]
    dof: dict[str, int]
    edited: dict[str, float]
    edited_dof: dict[str, int]
    references: dict[str, SourceReference]
    n_jumps: int
    n_pitched: int
    octave_tolerance_st: float

    @property
    def jump_rate(self) -> float:
        """Unedited octave-jump rate, (jumps + 1) / (pitched + 2): never 0, so one jump of
        an edit is not infinitely surprising."""
        return (self.n_jumps + 1) / (self.n_pitched + 2)

    def change(self, source: str, descriptors: Descriptors) -> tuple[dict[str, float], int]:
        """A render's change from its source's unedited renders.

        Returns:
            (quantity -> change in delta units, NaN where undefined; octave jumps of its
            pitch, 0 when none or unpitched).
        """
        ref = self.references[source]
        out = {}
        octaves = 0
        for q in QUANTITIES:
            delta = q.delta(q.value(descriptors), ref.values[q.name])
            if q.name == "pitch":
                octaves, delta = fold_octaves(delta, tolerance_st=self.octave_tolerance_st)
            out[q.name] = delta - ref.center[q.name]
        return out, octaves


def folded_change(q: Quantity, value: float, reference: float, *, tolerance_st: float) -> float:
    """q.delta(value, reference), with whole octaves folded out of a pitch change."""
    delta = q.delta(value, reference)
    return fold_octaves(delta, tolerance_st=tolerance_st)[1] if q.name == "pitch" else delta


def noise_floor(
    baselines: Mapping[str, Sequence[Descriptors]],
    *,
    octave_tolerance_st: float,
    replicates: Sequence[tuple[Descriptors, Descriptors]] = (),
) -> NoiseFloor:
    """The noise floor from each source's unedited renders (one per seed), and from
    edited renders made twice.

    Args:
        baselines: Source -> descriptors of its unedited renders.
        octave_tolerance_st: Octave folding tolerance (semitones).
        replicates: Pairs of renders of one edited embedding with two seeds.

    Returns:
        The floor.
    """
    references = {}
    sums = dict.fromkeys(QUANTITY, 0.0)
    dof = dict.fromkeys(QUANTITY, 0)
    n_jumps = n_pitched = 0
    for source, seeds in baselines.items():
        values, center = {}, {}
        jumps = pitched = 0
        for q in QUANTITIES:
            raw = [q.value(d) for d in seeds]
            finite = [v for v in raw if not math.isnan(v)]
            if q.name == "pitch":
                ref = lower_median(raw)
                folded = [
                    fold_octaves(q.delta(v, ref), tolerance_st=octave_tolerance_st) for v in finite
                ]
                deltas = [r for _, r in folded]
                jumps = sum(k != 0 for k, _ in folded)
                pitched = len(finite)
            else:
                ref = float(np.mean(finite)) if finite else math.nan
                deltas = [q.delta(v, ref) for v in finite]
            values[q.name] = ref
            center[q.name] = float(np.mean(deltas)) if deltas else math.nan
            if len(deltas) >= 2:
                sums[q.name] += float(np.sum((np.array(deltas) - center[q.name]) ** 2))
                dof[q.name] += len(deltas) - 1
        references[source] = SourceReference(values, center, len(seeds), jumps, pitched)
        n_jumps += jumps
        n_pitched += pitched
    measured = {
        name: math.sqrt(sums[name] / dof[name]) if dof[name] else math.nan for name in QUANTITY
    }
    edited, edited_dof = {}, {}
    for q in QUANTITIES:
        deltas = [
            folded_change(q, q.value(a), q.value(b), tolerance_st=octave_tolerance_st)
            for a, b in replicates
        ]
        finite = [d for d in deltas if not math.isnan(d)]
        edited[q.name] = math.sqrt(np.mean(np.square(finite)) / 2) if finite else math.nan
        edited_dof[q.name] = len(finite)
    sigma = {
        name: max([q.resolution] + [v for v in (measured[name], edited[name]) if not math.isnan(v)])
        for name, q in QUANTITY.items()
    }
    return NoiseFloor(
        sigma=sigma,
        measured=measured,
        dof=dof,
        edited=edited,
        edited_dof=edited_dof,
        references=references,
        n_jumps=n_jumps,
        n_pitched=n_pitched,
        octave_tolerance_st=octave_tolerance_st,
    )


# Cells -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Agreement:
    """How the sources moved, read one way.

    Attributes:
        direction: +1 or -1: the way most sources beyond the threshold moved (else the
            sign of the median; 0 when nothing is defined).
        agreeing: Sources beyond the threshold in that direction.
        n_defined: Sources where the change is defined (an unpitched render has no
            pitch change).
        n_sources: Sources with a render: the share that must agree is of these, so a
            change seen in two sources while the others went unpitched is not "every
            source".
        strength: Median over the defined sources of the change in that direction
            (noise-floor units; a source moving the other way counts negative), >= 0.
    """

    direction: int
    agreeing: int
    n_defined: int
    n_sources: int
    strength: float

    def holds(self, min_agreement: float) -> bool:
        needed = max(1, math.ceil(min_agreement * self.n_sources - 1e-9))
        return self.agreeing >= needed


def _agreement(signed: Sequence[float], threshold: float, *, n_sources: int) -> Agreement:
    defined = [v for v in signed if not math.isnan(v)]
    beyond = [v for v in defined if abs(v) >= threshold]
    if beyond:
        direction = int(np.sign(sum(np.sign(beyond)))) or int(np.sign(np.median(beyond)))
    else:
        direction = int(np.sign(np.median(defined))) if defined else 0
    agreeing = sum(1 for v in beyond if np.sign(v) == direction)
    strength = max(0.0, float(np.median(np.array(defined) * direction))) if defined else 0.0
    return Agreement(direction, agreeing, len(defined), n_sources, strength)


@dataclasses.dataclass(frozen=True)
class Cell:
    """One component x quantity x edit, over the sources.

    An edit moves a quantity consistently in one of two readings: the sources move the
    same way (`by_edit`: "zeroing c3 makes every source quieter"), or else the same way
    relative to how the edit moved the component's value (`by_value`: "a larger c3 is
    louder", where c3 is positive in some sources and negative in others).

    Attributes:
        component: Embedding component.
        quantity: Name in `descriptors.QUANTITY`.
        edit: Edit name ("zero", "gain 2", "sign").
        sources: The sources, in order.
        changes: Change per source (delta units; NaN where undefined or not rendered).
        z: Change per source in noise-floor units.
        shifts: Change of the component's mean value per source (NaN when unknown).
        by_edit: Agreement of the signs of z.
        by_value: Agreement of the signs of z * shift (its direction: what a larger value
            does).
        kind: "edit" when by_edit holds, else "value" when by_value holds, else "" (not
            an effect).
    """

    component: int
    quantity: str
    edit: str
    sources: tuple[str, ...]
    changes: tuple[float, ...]
    z: tuple[float, ...]
    shifts: tuple[float, ...]
    by_edit: Agreement
    by_value: Agreement
    kind: str

    @property
    def consistent(self) -> bool:
        return bool(self.kind)

    @property
    def strength(self) -> float:
        """The strength of the reading that makes it an effect (`Agreement.strength`)."""
        return self.agreement.strength

    @property
    def agreement(self) -> Agreement:
        """The reading that makes it an effect (by_edit when none does)."""
        return self.by_value if self.kind == "value" else self.by_edit

    @property
    def median_change(self) -> float:
        finite = [c for c in self.changes if not math.isnan(c)]
        return float(np.median(finite)) if finite else math.nan

    @property
    def per_unit(self) -> float:
        """Median over sources of change / shift: the change per unit of the component's
        value (delta units per embedding unit; NaN without a shift)."""
        ratios = [
            c / s for c, s in zip(self.changes, self.shifts, strict=True)
            if not math.isnan(c) and s and not math.isnan(s)
        ]  # fmt: skip
        return float(np.median(ratios)) if ratios else math.nan


def _cell(
    component: int,
    quantity: str,
    edit: str,
    sources: Sequence[str],
    changes: Sequence[float],
    shifts: Sequence[float],
    *,
    n_sources: int,
    sigma: float,
    config: KnobMapConfig,
) -> Cell:
    z = [c / sigma for c in changes]
    relative = [v * np.sign(s) if s else math.nan for v, s in zip(z, shifts, strict=True)]
    by_edit = _agreement(z, config.threshold_sigma, n_sources=n_sources)
    by_value = _agreement(relative, config.threshold_sigma, n_sources=n_sources)
    if by_edit.holds(config.min_agreement):
        kind = "edit"
    elif by_value.holds(config.min_agreement):
        kind = "value"
    else:
        kind = ""
    return Cell(
        component=component,
        quantity=quantity,
        edit=edit,
        sources=tuple(sources),
        changes=tuple(changes),
        z=tuple(z),
        shifts=tuple(shifts),
        by_edit=by_edit,
        by_value=by_value,
        kind=kind,
    )


# Knobs -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class OctaveJumps:
    """How often a component's edits made the pitch jump by octaves.

    Attributes:
        renders: Edited renders with an f0.
        up: Of those, jumps up (one or more octaves).
        down: Jumps down.
        by_edit: Edit -> (up, down, renders with an f0).
        sources_jumping: Sources with at least one jump.
        n_sources: Sources with at least one pitched edited render.
        baseline_rate: The unedited jump rate (`NoiseFloor.jump_rate`).
        p_value: One-sided binomial probability of this many jumps at the unedited rate.
        significant: p_value below the family-wise alpha / N_Z.
        strength: (share - baseline_rate) / its binomial standard error.
    """

    renders: int
    up: int
    down: int
    by_edit: dict[str, tuple[int, int, int]]
    sources_jumping: int
    n_sources: int
    baseline_rate: float
    p_value: float
    significant: bool
    strength: float

    @property
    def share(self) -> float:
        return (self.up + self.down) / self.renders if self.renders else math.nan

    @property
    def direction(self) -> int:
        return int(np.sign(self.up - self.down))


#: How an effect reads, by the edits that move the quality consistently (see `Effect`).
MODES = ("gain", "changed", "boosted", "reduced", "flipped", "value")


@dataclasses.dataclass(frozen=True)
class Effect:
    """One quality a component moves consistently.

    Attributes:
        quantity: Name in `descriptors.QUANTITY`, or "octave" for octave jumps.
        mode: Which edits move it, every source the same way: "gain" (gains above 1 one
            way, zero or gains below 1 the other: the gain dial moves it), "changed"
            (both sides the same way: any change does), "boosted" (only gains above 1),
            "reduced" (only zero or gains below 1), "flipped" (only the sign flip);
            "value" when the sources agree only relative to the component's value (a
            larger value moves the quality `direction`, where the component's sign
            differs between sources). Octave jumps: "changed".
        direction: +1 (up) or -1 (down): the way the quality moves as `mode` says (for
            "gain", as the gain rises; for octave jumps, the way most jumps went).
        value_direction: Majority sign, over sources, of the slope of the change against
            the change of the component's mean (0 when the sources disagree).
        gain_direction: The same against the gain dial (zero = 0, the gains, the
            unedited render at 1).
        strength: Of its strongest consistent edit in that reading (noise-floor units).
        consistency: Agreeing share of the sources in that edit.
        best_edit: That edit.
        change: In that edit: the median change (delta units), or for a "value" effect
            the median change per unit of the component's value (`Cell.per_unit`);
            octave jumps: share of renders that jumped.
        edits: Every consistent edit of it.
    """

    quantity: str
    mode: str
    direction: int
    value_direction: int
    gain_direction: int
    strength: float
    consistency: float
    best_edit: str
    change: float
    edits: tuple[str, ...]

    @property
    def label(self) -> str:
        """ "pitch up with gain", "loudness down when changed", "octave jumps up"..."""
        way = "up" if self.direction > 0 else "down"
        if self.quantity == "octave":
            return f"octave jumps {way}"
        name = QUANTITY[self.quantity].label
        if self.mode in ("gain", "value"):
            return f"{name} {way} with {self.mode}"
        return f"{name} {way} when {self.mode}"

    @property
    def short(self) -> str:
        return SHORT[self.quantity] + ("+" if self.direction > 0 else "-")

    @property
    def change_unit(self) -> str:
        """Unit of `change`."""
        if self.quantity == "octave":
            return "share"
        unit = QUANTITY[self.quantity].delta_unit
        return f"{unit} per unit" if self.mode == "value" else unit


def _reading(consistent: Sequence[Cell], positions: Mapping[str, float]) -> tuple[str, int, Cell]:
    """(mode, direction, strongest cell) of a quantity's consistent cells (`Effect`)."""
    by_edit = [c for c in consistent if c.kind == "edit"]
    if not by_edit:
        best = max(consistent, key=lambda c: c.strength)
        return "value", best.by_value.direction, best
    high = [c for c in by_edit if positions.get(c.edit, 0.0) > 1]
    low = [c for c in by_edit if c.edit in positions and positions[c.edit] < 1]
    best = max(high + low or by_edit, key=lambda c: c.strength)
    if high and low:
        up = max(high, key=lambda c: c.strength).by_edit.direction
        down = max(low, key=lambda c: c.strength).by_edit.direction
        mode = "gain" if up != down else "changed"
        return mode, up, best
    if high or low:
        return ("boosted" if high else "reduced"), best.by_edit.direction, best
    return "flipped", best.by_edit.direction, best


@dataclasses.dataclass(frozen=True)
class Knob:
    """What one component does.

    Attributes:
        component: Embedding component.
        effects: Its consistent effects, strongest first (empty: no consistent effect).
        octave: Its octave jumps.
    """

    component: int
    effects: tuple[Effect, ...]
    octave: OctaveJumps

    @property
    def label(self) -> str:
        """ "pitch up", "brightness down when flipped", or NO_EFFECT."""
        return self.effects[0].label if self.effects else NO_EFFECT

    @property
    def short(self) -> str:
        return self.effects[0].short if self.effects else "none"

    @property
    def strength(self) -> float:
        """Strength of the labelled effect (noise-floor units), 0 for no effect."""
        return self.effects[0].strength if self.effects else 0.0


@dataclasses.dataclass(frozen=True)
class KnobMap:
    """The knob map and everything it was built from.

    Attributes:
        knobs: One per component, in component order.
        cells: Every component x quantity x edit.
        floor: The noise floor.
        edits: Edit names in table order.
        sources: Sources in order.
        config: The thresholds used.
    """

    knobs: tuple[Knob, ...]
    cells: tuple[Cell, ...]
    floor: NoiseFloor
    edits: tuple[str, ...]
    sources: tuple[str, ...]
    config: KnobMapConfig

    def cell(self, component: int, quantity: str, edit: str) -> Cell:
        return self._index[(component, quantity, edit)]

    @functools.cached_property
    def _index(self) -> dict[tuple[int, str, str], Cell]:
        return {(c.component, c.quantity, c.edit): c for c in self.cells}


def _slope_sign(points: Sequence[tuple[float, float]]) -> int:
    """Sign of the least-squares slope of y on x (0 when x does not vary)."""
    xs = np.array([x for x, _ in points])
    ys = np.array([y for _, y in points])
    if len(xs) < 2 or np.ptp(xs) == 0:
        return 0
    return int(np.sign(np.polyfit(xs, ys, 1)[0]))


def _direction(
    component: int,
    quantity: str,
    changes: Mapping[tuple[int, str, str], Mapping[str, float]],
    abscissa: Mapping[tuple[int, str, str], float],
    sources: Sequence[str],
) -> int:
    """The majority sign, over sources, of the slope of a quantity's change against
    `abscissa` (per component, edit and source; the unedited renders sit at 0, change 0)."""
    signs = []
    for source in sources:
        points = [(0.0, 0.0)]
        for (c, edit, s), x in abscissa.items():
            value = changes.get((c, edit, s), {}).get(quantity, math.nan)
            if c == component and s == source and not math.isnan(value):
                points.append((x, value))
        signs.append(_slope_sign(points))
    return int(np.sign(sum(signs)))


def _octaves(
    component: int,
    jumps: Mapping[tuple[int, str, str], int],
    edits: Sequence[str],
    sources: Sequence[str],
    floor: NoiseFloor,
    config: KnobMapConfig,
) -> OctaveJumps:
    by_edit = {}
    jumping, pitched_sources = set(), set()
    for edit in edits:
        ks = [jumps[(component, edit, s)] for s in sources if (component, edit, s) in jumps]
        by_edit[edit] = (sum(k > 0 for k in ks), sum(k < 0 for k in ks), len(ks))
    for source in sources:
        ks = [jumps[(component, e, source)] for e in edits if (component, e, source) in jumps]
        if ks:
            pitched_sources.add(source)
        if any(k != 0 for k in ks):
            jumping.add(source)
    up = sum(u for u, _, _ in by_edit.values())
    down = sum(d for _, d, _ in by_edit.values())
    renders = sum(n for _, _, n in by_edit.values())
    p0 = floor.jump_rate
    k = up + down
    p_value = float(stats.binom.sf(k - 1, renders, p0)) if renders else 1.0
    strength = (k / renders - p0) / math.sqrt(p0 * (1 - p0) / renders) if renders else 0.0
    return OctaveJumps(
        renders=renders,
        up=up,
        down=down,
        by_edit=by_edit,
        sources_jumping=len(jumping),
        n_sources=len(pitched_sources),
        baseline_rate=p0,
        p_value=p_value,
        significant=p_value < config.jump_alpha / N_Z and k > 0,
        strength=max(0.0, strength),
    )


def knob_map(
    renders: Iterable[Render],
    *,
    gains: Sequence[float],
    config: KnobMapConfig | None = None,
) -> KnobMap:
    """The knob map of an analysis.

    Args:
        renders: The measured renders; those of the "baseline", "zero", "gain" and
            "sign" experiments are used (renders without descriptors are left out).
        gains: The analysis's gains (for the edit order).
        config: Thresholds (default: `KnobMapConfig()`).

    Returns:
        The map.
    """
    config = config or KnobMapConfig()
    renders = [r for r in renders if r.descriptors is not None]
    baselines: dict[str, list[Descriptors]] = {}
    edited: dict[tuple[int, str, str], Descriptors] = {}
    for r in renders:
        if r.experiment == "baseline":
            baselines.setdefault(r.source, []).append(r.descriptors)
        elif r.experiment in DIAL:
            edited[(r.coords["component"][0], edit_name(r.experiment, r.params), r.source)] = (
                r.descriptors
            )
    replicates = [
        (edited[key], r.descriptors)
        for r in renders
        if r.experiment == "replicate"
        and (key := (r.coords["component"][0], edit_name("gain", r.params), r.source)) in edited
    ]
    sources = tuple(baselines)
    floor = noise_floor(
        baselines, octave_tolerance_st=config.octave_tolerance_st, replicates=replicates
    )
    unedited = {r.source: r.component_means for r in renders if r.experiment == "baseline"}
    edits = edit_order(gains)
    positions: dict[str, float] = {}  # dial edits -> gain
    changes: dict[tuple[int, str, str], dict[str, float]] = {}
    value_shift: dict[tuple[int, str, str], float] = {}  # change of the component's mean
    gain_shift: dict[tuple[int, str, str], float] = {}  # dial position - 1
    jumps: dict[tuple[int, str, str], int] = {}
    for r in renders:
        if r.experiment not in DIAL or r.source not in baselines:
            continue
        (component,) = r.coords["component"]
        edit = edit_name(r.experiment, r.params)
        where = (component, edit, r.source)
        position = dial_position(r.experiment, r.params)
        if position is not None:
            positions[edit] = position
            gain_shift[where] = position - 1.0
        if r.component_means is not None and unedited[r.source] is not None:
            value_shift[where] = r.component_means[component] - unedited[r.source][component]
        change, octaves = floor.change(r.source, r.descriptors)
        changes[where] = change
        if not math.isnan(change["pitch"]):
            jumps[where] = octaves
    cells = []
    knobs = []
    for component in range(N_Z):
        effects = []
        for q in QUANTITIES:
            row = [
                _cell(
                    component,
                    q.name,
                    edit,
                    sources,
                    [changes.get((component, edit, s), {}).get(q.name, math.nan) for s in sources],
                    [value_shift.get((component, edit, s), math.nan) for s in sources],
                    n_sources=sum((component, edit, s) in changes for s in sources),
                    sigma=floor.sigma[q.name],
                    config=config,
                )
                for edit in edits
            ]
            cells += row
            consistent = [c for c in row if c.consistent]
            if not consistent:
                continue
            mode, direction, best = _reading(consistent, positions)
            agreement = best.agreement
            effects.append(
                Effect(
                    quantity=q.name,
                    mode=mode,
                    direction=direction,
                    value_direction=_direction(component, q.name, changes, value_shift, sources),
                    gain_direction=_direction(component, q.name, changes, gain_shift, sources),
                    strength=best.strength,
                    consistency=agreement.agreeing / agreement.n_sources,
                    best_edit=best.edit,
                    change=best.per_unit if mode == "value" else best.median_change,
                    edits=tuple(c.edit for c in consistent),
                )
            )
        octave = _octaves(component, jumps, edits, sources, floor, config)
        if octave.significant:
            best_edit = max(octave.by_edit, key=lambda e: sum(octave.by_edit[e][:2]))
            effects.append(
                Effect(
                    quantity="octave",
                    mode="changed",
                    direction=octave.direction or 1,
                    value_direction=0,
                    gain_direction=0,
                    strength=octave.strength,
                    consistency=octave.sources_jumping / max(1, octave.n_sources),
                    best_edit=best_edit,
                    change=octave.share,
                    edits=tuple(e for e, (u, d, _) in octave.by_edit.items() if u + d),
                )
            )
        effects.sort(key=lambda e: -e.strength)
        knobs.append(Knob(component, tuple(effects), octave))
    return KnobMap(
        knobs=tuple(knobs),
        cells=tuple(cells),
        floor=floor,
        edits=edits,
        sources=sources,
        config=config,
    )


# knobs.json ------------------------------------------------------------------------------


def _number(value: float, digits: int = 4) -> float | None:
    return None if math.isnan(value) else round(float(value), digits)


def knobs_json(knob_map_: KnobMap, *, about: Mapping[str, Any]) -> dict[str, Any]:
    """knobs.json's content: one entry per component (documented in docs/knobs.md).

    Args:
        knob_map_: The map.
        about: Model and analysis settings to record ("model" and "analysis" tables).
    """
    floor = knob_map_.floor
    return {
        "format": KNOBS_FORMAT,
        "version": KNOBS_VERSION,
        **about,
        "thresholds": {
            "sigma": knob_map_.config.threshold_sigma,
            "min_agreement": knob_map_.config.min_agreement,
            "octave_jump_alpha": knob_map_.config.jump_alpha,
        },
        "noise_floor": {
            q.name: {
                "sigma": _number(floor.sigma[q.name]),
                "unedited": _number(floor.measured[q.name]),
                "edited": _number(floor.edited[q.name]),
                "unit": q.delta_unit,
            }
            for q in QUANTITIES
        }
        | {"octave_jump_rate": _number(floor.jump_rate)},
        "knobs": [
            {
                "component": k.component,
                "label": k.label,
                "short": k.short,
                "strength": round(k.strength, 2),
                "effects": [
                    {
                        "quantity": e.quantity,
                        "label": e.label,
                        "mode": e.mode,
                        "direction": e.direction,
                        "value_direction": e.value_direction,
                        "gain_direction": e.gain_direction,
                        "strength": round(e.strength, 2),
                        "consistency": round(e.consistency, 3),
                        "best_edit": e.best_edit,
                        "change": _number(e.change),
                        "unit": e.change_unit,
                        "edits": list(e.edits),
                    }
                    for e in k.effects
                ],
                "octave_jumps": {
                    "renders": k.octave.renders,
                    "up": k.octave.up,
                    "down": k.octave.down,
                    "baseline_rate": _number(k.octave.baseline_rate),
                    "p_value": _number(k.octave.p_value, 6),
                    "significant": k.octave.significant,
                },
            }
            for k in knob_map_.knobs
        ],
    }
