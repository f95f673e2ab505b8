"""The report's figures: one function per figure, each writing a PNG (matplotlib, Agg).

Every function takes the findings it draws and the path to write, and returns the path
(or None when there is nothing to draw). Colours of signed effect sizes use a symmetric
log scale whose linear part ends at the threshold of the knob map, so noise stays pale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from precompute.analysis.descriptors import QUANTITIES, QUANTITY
from precompute.analysis.findings import (
    AdditivePair,
    CausalPitch,
    EmbeddingStats,
    Reconstruction,
    VibratoRender,
)
from precompute.analysis.knobmap import KnobMap
from precompute.analysis.measure import read_clip
from precompute.analysis.pitch import PitchFit

#: Resolution of the PNGs (dots per inch).
DPI = 90

#: Largest |effect| the colour scales show (noise-floor units).
COLOUR_LIMIT = 100.0


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    return plt


def _save(fig, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=DPI, bbox_inches="tight")
    _pyplot().close(fig)
    return path


def _effect_norm(threshold: float):
    from matplotlib.colors import SymLogNorm

    return SymLogNorm(linthresh=threshold, vmin=-COLOUR_LIMIT, vmax=COLOUR_LIMIT, base=10)


def knob_map(kmap: KnobMap, path: Path) -> Path:
    """Heat map: component x quality, signed strength of each consistent effect."""
    plt = _pyplot()
    columns = [q.name for q in QUANTITIES] + ["octave"]
    labels = [QUANTITY[c].label if c in QUANTITY else "octave jumps" for c in columns]
    grid = np.zeros((len(kmap.knobs), len(columns)))
    for knob in kmap.knobs:
        for effect in knob.effects:
            grid[knob.component, columns.index(effect.quantity)] = (
                effect.direction * effect.strength
            )
    fig, ax = plt.subplots(figsize=(7.5, 7))
    image = ax.imshow(grid, cmap="RdBu_r", norm=_effect_norm(kmap.config.threshold_sigma))
    for (row, col), value in np.ndenumerate(grid):
        if value:
            ax.text(col, row, f"{value:+.0f}", ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(columns)), labels, rotation=35, ha="right")
    ax.set_yticks(range(len(kmap.knobs)), [f"c{k.component}: {k.label}" for k in kmap.knobs])
    ax.set_title("Knob map: consistent effects (noise-floor units; sign = direction)")
    fig.colorbar(image, ax=ax, shrink=0.7, label="direction x strength (sigma)")
    return _save(fig, path)


def effects(kmap: KnobMap, path: Path) -> Path:
    """One panel per quality: component x edit, median change in noise-floor units; a dot
    marks a consistent cell."""
    plt = _pyplot()
    n = len(QUANTITIES)
    cols = 4
    rows = math.ceil(n / cols)
    fig, axes = plt.subplots(
        rows, cols, figsize=(3.1 * cols, 4.4 * rows), squeeze=False, layout="constrained"
    )
    norm = _effect_norm(kmap.config.threshold_sigma)
    image = None
    for ax, q in zip(axes.flat, QUANTITIES, strict=False):
        grid = np.full((len(kmap.knobs), len(kmap.edits)), np.nan)
        for c in range(len(kmap.knobs)):
            for e, edit in enumerate(kmap.edits):
                cell = kmap.cell(c, q.name, edit)
                defined = [z for z in cell.z if not math.isnan(z)]
                grid[c, e] = np.median(defined) if defined else np.nan
                if cell.consistent:
                    ax.plot(e, c, "k.", markersize=4)
        image = ax.imshow(grid, cmap="RdBu_r", norm=norm, aspect="auto")
        ax.set_title(f"{q.label} ({q.delta_unit})", fontsize=9)
        ax.set_xticks(range(len(kmap.edits)), kmap.edits, rotation=60, fontsize=7)
        ax.set_yticks(range(len(kmap.knobs)), [f"c{c}" for c in range(len(kmap.knobs))], fontsize=7)
    for ax in list(axes.flat)[n:]:
        ax.axis("off")
    fig.suptitle("Median change / noise floor over sources (dot: consistent)")
    fig.colorbar(image, ax=axes, shrink=0.6, label="sigma")
    return _save(fig, path)


def response_curves(kmap: KnobMap, positions: dict[str, float], path: Path) -> Path | None:
    """For each component with an effect: its labelled quality against what the edits did
    to the component, one line per source through the unedited render at (0, 0). A
    "value" effect is drawn against the change of the component's mean value (the lines
    rise together for "up"); a "gain" or "flip" effect against the gain (0 = zero, the
    gains, -1 = the sign flip, 1 = unedited), so the lines read as the dial turns."""
    labelled = [k for k in kmap.knobs if k.effects and k.effects[0].quantity in QUANTITY]
    if not labelled:
        return None
    plt = _pyplot()
    cols = min(4, len(labelled))
    rows = math.ceil(len(labelled) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.4 * cols, 2.8 * rows), squeeze=False)
    for ax, knob in zip(axes.flat, labelled, strict=False):
        effect = knob.effects[0]
        q = QUANTITY[effect.quantity]
        by_value = effect.mode == "value"
        for s, source in enumerate(kmap.sources):
            points = [(0.0 if by_value else 1.0, 0.0)]
            for edit in kmap.edits:
                cell = kmap.cell(knob.component, q.name, edit)
                x = cell.shifts[s] if by_value else positions.get(edit, -1.0)
                if not (math.isnan(cell.changes[s]) or math.isnan(x)):
                    points.append((x, cell.changes[s]))
            xs, ys = zip(*sorted(points), strict=True)
            ax.plot(xs, ys, "o-", markersize=3, label=source)
        band = kmap.floor.sigma[q.name] * kmap.config.threshold_sigma
        ax.axhspan(-band, band, color="0.9", zorder=0)
        ax.set_title(f"c{knob.component}: {effect.label} ({q.delta_unit})", fontsize=9)
        ax.set_xlabel(
            f"change of c{knob.component}'s mean value" if by_value else "gain (-1: sign flip)",
            fontsize=8,
        )
    for ax in list(axes.flat)[len(labelled) :]:
        ax.axis("off")
    axes.flat[0].legend(fontsize=6)
    fig.suptitle("Each labelled effect, source by source (grey: within the threshold)")
    fig.tight_layout()
    return _save(fig, path)


def octave_jumps(kmap: KnobMap, path: Path) -> Path:
    """Share of each component's edited renders that jumped up or down an octave."""
    plt = _pyplot()
    comps = [k.component for k in kmap.knobs]
    up = [k.octave.up / k.octave.renders if k.octave.renders else 0 for k in kmap.knobs]
    down = [k.octave.down / k.octave.renders if k.octave.renders else 0 for k in kmap.knobs]
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.bar(comps, up, color="tab:red", label="up")
    ax.bar(comps, down, bottom=up, color="tab:blue", label="down")
    ax.axhline(kmap.floor.jump_rate, color="k", linestyle="--", label="unedited rate")
    for k in kmap.knobs:
        if k.octave.significant:
            ax.text(k.component, k.octave.share + 0.02, "*", ha="center")
    ax.set_xticks(comps, [f"c{c}" for c in comps])
    ax.set_ylabel("share of edited renders")
    ax.set_title("Octave jumps under zero, gain and sign (*: more than unedited)")
    ax.legend(fontsize=8)
    return _save(fig, path)


def _spectrogram(ax, clip: np.ndarray, sample_rate_hz: int, title: str) -> None:
    import librosa

    db = librosa.amplitude_to_db(np.abs(librosa.stft(clip, n_fft=512, hop_length=128)), ref=1.0)
    seconds = len(clip) / sample_rate_hz
    ax.imshow(
        db,
        origin="lower",
        aspect="auto",
        extent=(0, seconds, 0, sample_rate_hz / 2000),
        vmin=-80,
        vmax=20,
        cmap="magma",
    )
    ax.set_title(title, fontsize=8)
    ax.set_ylabel("kHz", fontsize=7)
    ax.tick_params(labelsize=7)


def reconstructions(recs: Sequence[Reconstruction], sample_rate_hz: int, path: Path) -> Path | None:
    """Original and reconstruction (first seed) spectrograms, one row per source."""
    if not recs:
        return None
    plt = _pyplot()
    fig, axes = plt.subplots(len(recs), 2, figsize=(8, 1.9 * len(recs)), squeeze=False)
    for row, rec in zip(axes, recs, strict=True):
        original = read_clip(rec.original, sample_rate_hz=sample_rate_hz)
        render = read_clip(rec.renders[0], sample_rate_hz=sample_rate_hz)
        _spectrogram(row[0], original[: len(render)], sample_rate_hz, f"{rec.source}: original")
        _spectrogram(
            row[1],
            render,
            sample_rate_hz,
            f"{rec.source}: reconstruction (distance {rec.distances[0]:.2f})",
        )
    fig.tight_layout()
    return _save(fig, path)


def embedding_lines(stats: EmbeddingStats, frame_rate_hz: float, path: Path) -> Path:
    """Each source's 16 components over time."""
    plt = _pyplot()
    names = list(stats.embeddings)
    cols = min(2, len(names))
    rows = math.ceil(len(names) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(5.2 * cols, 2.6 * rows), squeeze=False)
    colours = plt.get_cmap("tab20")(np.linspace(0, 1, 16))
    for ax, name in zip(axes.flat, names, strict=False):
        z = stats.embeddings[name]
        t = np.arange(len(z)) / frame_rate_hz
        for c in range(z.shape[1]):
            ax.plot(t, z[:, c], color=colours[c], linewidth=1, label=f"c{c}")
        ax.set_title(name, fontsize=9)
        ax.set_xlabel("s", fontsize=8)
    for ax in list(axes.flat)[len(names) :]:
        ax.axis("off")
    axes.flat[0].legend(fontsize=5, ncol=4)
    fig.tight_layout()
    return _save(fig, path)


def embedding_spread(stats: EmbeddingStats, path: Path) -> Path:
    """Per component: mean over sources (with their spread) and the spread over time."""
    plt = _pyplot()
    comps = np.arange(len(stats.mean))
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.errorbar(comps - 0.1, stats.mean, yerr=stats.spread, fmt="o", capsize=3,
                label="mean over sources +- spread across sources")  # fmt: skip
    ax.errorbar(comps + 0.1, stats.mean, yerr=stats.within, fmt="none", ecolor="0.6", capsize=3,
                label="spread over time within a source")  # fmt: skip
    for i, (name, means) in enumerate(stats.means.items()):
        ax.plot(comps + 0.25, means, "x", markersize=4, label=name if i < 8 else None)
    ax.set_xticks(comps, [f"c{c}" for c in comps])
    ax.axhline(0, color="0.8", linewidth=0.8)
    ax.legend(fontsize=6, ncol=3)
    ax.set_title("Embedding components across sources")
    return _save(fig, path)


def derived_pitch(fit: PitchFit, path: Path) -> Path:
    """Each component's note mean against MIDI pitch, one line per instrument."""
    plt = _pyplot()
    fig, axes = plt.subplots(4, 4, figsize=(11, 8.5), sharex=True)
    for c, ax in enumerate(axes.flat):
        for name, pitches in fit.pitches.items():
            ax.plot(pitches, fit.means[name][:, c], "o-", markersize=3, label=name)
        following = c in fit.following
        ax.set_title(
            f"c{c}: r={fit.r[c]:+.2f}, {fit.slope[c]:+.3f}/st",
            fontsize=8,
            fontweight="bold" if following else "normal",
        )
        if following:
            ax.set_facecolor("#fff3e0")
        ax.tick_params(labelsize=7)
    axes.flat[0].legend(fontsize=6)
    fig.supxlabel("MIDI pitch")
    fig.suptitle(f"Derived pitch: component mean per note (shaded: |r| >= {fit.min_r:g})")
    fig.tight_layout()
    return _save(fig, path)


def causal_pitch(causal: CausalPitch, path: Path) -> Path:
    """Measured pitch change against the one asked for, per source."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5, 4))
    asked = sorted({s.asked_st for s in causal.steps})
    ax.plot(
        [min(asked), max(asked)], [min(asked), max(asked)], "k--", linewidth=1, label="as asked"
    )
    sources = sorted({s.source for s in causal.steps})
    for i, source in enumerate(sources):
        steps = [s for s in causal.steps if s.source == source]
        jitter = (i - len(sources) / 2) * 0.1
        ax.plot([s.asked_st + jitter for s in steps], [s.measured_st for s in steps], "o",
                markersize=5, label=source)  # fmt: skip
        for s in steps:
            if s.octaves:
                ax.annotate(f"{s.octaves:+d} oct", (s.asked_st + jitter, s.measured_st), fontsize=6)
    ax.set_xlabel("semitones asked")
    ax.set_ylabel("semitones measured")
    ax.set_title(f"Causal pitch (slope {causal.slope:.2f})")
    ax.legend(fontsize=6)
    return _save(fig, path)


def additive(pairs: Sequence[AdditivePair], path: Path) -> Path | None:
    """Spectral distance of the sum and the mean to each reference, per pair."""
    if not pairs:
        return None
    plt = _pyplot()
    keys = [("sum", "a"), ("sum", "b"), ("sum", "mean"), ("mean", "a"), ("mean", "b")]
    fig, ax = plt.subplots(figsize=(max(5, 1.4 * len(pairs)), 3.2))
    width = 0.8 / len(keys)
    x = np.arange(len(pairs))
    for i, key in enumerate(keys):
        values = [p.spectral.get(key, np.nan) for p in pairs]
        ax.bar(x + i * width, values, width, label=f"{key[0]} to {key[1]}")
    floor = np.nanmean([p.seed_distance for p in pairs])
    ax.axhline(floor, color="k", linestyle="--", label="seed to seed")
    ax.set_xticks(x + 0.4 - width / 2, [f"{p.a}+{p.b}" for p in pairs], fontsize=7, rotation=20)
    ax.set_ylabel("spectral distance")
    ax.legend(fontsize=6, ncol=3)
    ax.set_title("Additive: which does z_a + z_b sound like?")
    return _save(fig, path)


def vibrato_tracks(
    renders: Sequence[VibratoRender], frame_rate_hz: float, path: Path
) -> Path | None:
    """f0 over time (cents around the median, octave errors folded) of one source's
    vibrato renders, one panel per kind and rate, one line per depth."""
    if not renders:
        return None
    plt = _pyplot()
    source = renders[0].source
    mine = [r for r in renders if r.source == source]
    panels = sorted({(r.kind, r.rate_hz) for r in mine})
    fig, axes = plt.subplots(len(panels), 1, figsize=(7, 2.1 * len(panels)), squeeze=False)
    for ax, (kind, rate) in zip(axes[:, 0], panels, strict=True):
        for r in sorted(
            (r for r in mine if (r.kind, r.rate_hz) == (kind, rate)), key=lambda r: r.depth
        ):
            f0 = np.array(r.f0_track_hz)
            t = np.arange(len(f0)) / frame_rate_hz
            with np.errstate(invalid="ignore", divide="ignore"):
                cents = 1200 * np.log2(f0 / np.nanmedian(f0))
            cents = (cents + 600) % 1200 - 600  # octave errors fold, as the measurement does
            unit = "frames" if kind == "vibrato" else "cents"
            ax.plot(t, cents, linewidth=1, label=f"depth {r.depth:g} {unit}")
        ax.set_title(f"{source}: {kind} at {rate:g} Hz", fontsize=9)
        ax.set_ylabel("cents", fontsize=8)
        ax.legend(fontsize=6)
    axes[-1, 0].set_xlabel("s")
    fig.tight_layout()
    return _save(fig, path)
