"""The static report: index.html, figures/*.png, audio/*.wav and knobs.json in one folder.

Everything is referenced by relative path and nothing is loaded from the network, so
the folder opens with a double-click and can be copied anywhere. The WAVs the text cites
are copied in (named by their bank keys); every figure comes from `figures`.
"""

from __future__ import annotations

import html
import json
import logging
import math
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from precompute.analysis import figures
from precompute.analysis.descriptors import QUANTITIES, QUANTITY
from precompute.analysis.findings import Findings
from precompute.analysis.knobmap import (
    DIAL,
    Effect,
    KnobMap,
    dial_position,
    edit_name,
    knobs_json,
)
from precompute.analysis.knobs_file import KNOBS_NAME
from precompute.analysis.manifest import Manifest, write_text_atomic
from precompute.analysis.measure import Render

logger = logging.getLogger(__name__)

INDEX_NAME = "index.html"

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 1rem auto; padding: 0 1rem;
       color: #222; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.85rem; }
th, td { border: 1px solid #ccc; padding: 0.15rem 0.4rem; text-align: right; vertical-align: top; }
th { background: #f3f3f3; }
td.l, th.l { text-align: left; }
img { max-width: 100%; border: 1px solid #eee; }
audio { height: 1.8rem; vertical-align: middle; }
.hit { background: #fff3e0; font-weight: 600; }
.note { color: #555; font-size: 0.9rem; }
figure { margin: 0.5rem 0; }
"""


def _f(value: float, digits: int = 2, *, sign: bool = False) -> str:
    """A number for a table cell; "-" for NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"


def _e(text: object) -> str:
    return html.escape(str(text))


def _table(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, left: Iterable[int] = (0,)
) -> str:
    """An HTML table; columns in `left` are left-aligned. Cells are HTML already."""
    left = set(left)

    def cell(tag: str, i: int, content: str) -> str:
        return f'<{tag} class="l">{content}</{tag}>' if i in left else f"<{tag}>{content}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


class _Audio:
    """Copies cited WAVs into the report (once each) and writes their players."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.copied: dict[Path, str] = {}

    def player(self, path: Path | None, label: str = "") -> str:
        if path is None:
            return "(not rendered)"
        if path not in self.copied:
            name = f"audio/{len(self.copied):03d}-{path.stem}{path.suffix}"
            target = self.folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            self.copied[path] = name
        title = f' title="{_e(label)}"' if label else ""
        caption = f"{_e(label)} " if label else ""
        return (
            f'{caption}<audio controls preload="metadata" src="{self.copied[path]}"{title}></audio>'
        )


def _figure(path: Path | None, root: Path, caption: str) -> str:
    if path is None:
        return ""
    return (
        f'<figure><img src="{path.relative_to(root).as_posix()}" alt="{_e(caption)}">'
        f"<figcaption class=note>{_e(caption)}</figcaption></figure>"
    )


class _Index:
    """Renders by role, for the players the text cites (`baseline_path` and `edit_path`
    give None for a render the bank lacks)."""

    def __init__(self, renders: Sequence[Render]) -> None:
        self.edits: dict[tuple[int, str, str], Render] = {}
        self.baseline: dict[str, Render] = {}
        for r in renders:
            if r.path is None:
                continue
            if r.experiment == "baseline" and r.source not in self.baseline:
                self.baseline[r.source] = r
            elif r.experiment in DIAL:
                (component,) = r.coords["component"]
                self.edits[(component, edit_name(r.experiment, r.params), r.source)] = r

    def baseline_path(self, source: str) -> Path | None:
        render = self.baseline.get(source)
        return render.path if render else None

    def edit_path(self, component: int, edit: str, source: str) -> Path | None:
        render = self.edits.get((component, edit, source))
        return render.path if render else None


def _example(kmap: KnobMap, component: int, effect: Effect) -> tuple[str, str] | None:
    """(source, edit) of the clearest case of an effect: its best edit, the source that
    moved most in its direction."""
    if effect.quantity not in QUANTITY:
        return None
    cell = kmap.cell(component, effect.quantity, effect.best_edit)
    agreement = cell.agreement
    scored = [
        (z * agreement.direction * (np.sign(shift) if cell.kind == "value" else 1), s)
        for z, shift, s in zip(cell.z, cell.shifts, cell.sources, strict=True)
        if not math.isnan(z) and (cell.kind != "value" or shift)
    ]
    return (max(scored)[1], effect.best_edit) if scored else None


def _effect_text(effect: Effect) -> str:
    if effect.quantity == "octave":
        return (
            f"{_e(effect.label)}: {effect.change:.0%} of the edited renders jumped "
            f"({effect.strength:.1f} sigma above the unedited rate)"
        )
    return (
        f"{_e(effect.label)}: {effect.strength:.1f} sigma, {effect.consistency:.0%} of the "
        f"sources under {_e(effect.best_edit)} (median {_f(effect.change, 2, sign=True)} "
        f"{_e(effect.change_unit)}); consistent under {_e(', '.join(effect.edits))}"
    )


# Sections --------------------------------------------------------------------------------


def _header(info: Manifest, found: Findings) -> str:
    cfg = info.config
    sources = ", ".join(_e(s.name) for s in info.sources)
    checkpoint = _e(info.checkpoint or "(a model given in code)")
    missing = (
        f"<p><b>{found.missing} renders of the specs are not in the bank</b> (a shard or a "
        "failure); the tables leave them out.</p>"
        if found.missing
        else ""
    )
    return f"""<h1>What the 16 knobs do</h1>
<p>Model: <code>{checkpoint}</code> (fingerprint <code>{_e(info.fingerprint)}</code>).
Sources: {sources}. Renders of {cfg.length_s:g} s (vibrato {cfg.vibrato_length_s:g} s) at
temperature {cfg.temperature:g}; every source unedited with {cfg.seeds} seeds for the noise
floor; {len(found.renders) - found.missing} renders measured.</p>{missing}
<p class=note>Each change is measured against the source's unedited renders and given in
units of the noise floor sigma (the seed-to-seed spread, pooled over sources). An effect
counts when at least {found.knob_map.config.min_agreement:.0%} of the sources move by
{found.knob_map.config.threshold_sigma:g} sigma or more the same way. Pitch moves in octaves:
octave jumps are counted as jumps and left out of the pitch change.</p>"""


def _knob_section(found: Findings, audio: _Audio, root: Path, figs: dict[str, Path | None]) -> str:
    kmap = found.knob_map
    index = _Index(found.renders)
    rows = []
    for knob in kmap.knobs:
        effects = "<br>".join(_effect_text(e) for e in knob.effects) or "-"
        players = ""
        if knob.effects and (example := _example(kmap, knob.component, knob.effects[0])):
            source, edit = example
            players = (
                audio.player(index.baseline_path(source), f"{source} unedited")
                + "<br>"
                + audio.player(index.edit_path(knob.component, edit, source), edit)
            )
        o = knob.octave
        rows.append(
            [
                f"c{knob.component}",
                f'<span class="{"hit" if knob.effects else ""}">{_e(knob.label)}</span>',
                _f(knob.strength, 1),
                effects,
                f"{o.up} up, {o.down} down of {o.renders}" + (" *" if o.significant else ""),
                players,
            ]
        )
    table = _table(
        ["component", "label", "strength (sigma)", "consistent effects", "octave jumps", "example"],
        rows,
        left=(0, 1, 3, 5),
    )
    return f"""<h2 id="knobs">The knob map</h2>
<p>For each component: the qualities it moves consistently under zero, gain and sign, how
strongly (median change over sources in noise-floor units, in its strongest edit), in
which direction and in how many sources. A label says which edits move the quality, the
same way in every source: <i>with gain</i> (raising the component's gain moves it that
way, lowering it the other way), <i>when changed</i> (any change of the gain moves it that
way), <i>when boosted</i> (gains above 1 only), <i>when reduced</i> (zero or gains below 1
only), <i>when flipped</i> (the sign flip only), or <i>with value</i> (the sources agree
only relative to the component's value, whose sign differs between them). The same map is
in <a href="{KNOBS_NAME}">{KNOBS_NAME}</a>.</p>
{_figure(figs["knob_map"], root, "Knob map: signed strength of each consistent effect")}
{table}"""


def _noise_section(found: Findings) -> str:
    floor = found.knob_map.floor
    rows = [
        [
            _e(q.label),
            _e(q.delta_unit),
            f"{_f(floor.measured[q.name], 3)} ({floor.dof[q.name]})",
            f"{_f(floor.edited[q.name], 3)} ({floor.edited_dof[q.name]})",
            _f(q.resolution, 3),
            _f(floor.sigma[q.name], 3),
        ]
        for q in QUANTITIES
    ]
    header = ["quality", "unit", "unedited sigma (dof)", "edited sigma (pairs)", "resolution",
              "sigma used"]  # fmt: skip
    return f"""<h2 id="noise">The noise floor</h2>
<p>Every source rendered unedited with different sampler seeds, and one gain edit of
every component rendered twice: the spread of each quality between seeds, pooled over
sources (unedited) and over the pairs (edited), is the unit of every effect, the larger
of the two, and never below the quality's resolution. {floor.n_jumps} of {floor.n_pitched} unedited
renders were an octave or more from their source's reference pitch (the lower median
of its seeds): an unedited jump rate of {floor.jump_rate:.0%} (with one jump added and
two renders, so it is never zero).</p>
{_table(header, rows)}"""


def _reconstruction_section(found: Findings, audio: _Audio, root: Path, figs) -> str:
    recs = found.reconstructions
    if not recs:
        return (
            '<h2 id="reconstruction">0 Reconstruction</h2>'
            "<p>No audio source: nothing to reconstruct.</p>"
        )
    rows = []
    for rec in recs:
        midi = 69 + 12 * math.log2(rec.original_f0_hz / 440) if rec.original_f0_hz > 0 else math.nan
        rows.append(
            [
                _e(rec.source),
                " / ".join(_f(d) for d in rec.distances),
                _f(rec.seed_distance),
                f"{_f(rec.original_f0_hz, 1)} Hz (MIDI {_f(midi, 1)})",
                " / ".join(_f(f, 1) for f in rec.render_f0_hz),
                " / ".join(f"{k:+d}" for k in rec.octaves),
                " / ".join(_f(100 * e, 0, sign=True) for e in rec.pitch_error_st),
                audio.player(rec.original, "original")
                + "<br>"
                + audio.player(rec.renders[0], "seed 0"),
            ]
        )
    distances = [d for rec in recs for d in rec.distances]
    seed = np.nanmean([rec.seed_distance for rec in recs])
    jumps = sum(k != 0 for rec in recs for k in rec.octaves)
    n = sum(len(rec.octaves) for rec in recs)
    errors = [abs(e) for rec in recs for e in rec.pitch_error_st if not math.isnan(e)]
    return f"""<h2 id="reconstruction">0 Reconstruction</h2>
<p>Each audio source encoded and decoded with every seed. Multi-resolution spectral
distance to the original: mean {np.mean(distances):.2f} (between two seeds of one source:
{seed:.2f}). {jumps} of {n} reconstructions jumped an octave or more from the original's
pitch; the others' median pitch error is {np.median(errors) * 100 if errors else math.nan:.0f}
cents.</p>
{_figure(figs["reconstructions"], root, "Original and reconstruction (first seed)")}
{_table(["source", "distance per seed", "seed to seed", "original f0", "render f0 (Hz)",
         "octave jumps", "pitch error (cents)", "listen"], rows)}"""  # fmt: skip


def _embedding_section(found: Findings, root: Path, figs) -> str:
    stats = found.embeddings
    fit = found.fit
    rows = [
        [
            f"c{c}",
            _f(stats.mean[c], 3, sign=True),
            _f(stats.spread[c], 3),
            _f(stats.within[c], 3),
            _f(fit.r[c], 2, sign=True) if fit is not None else "-",
        ]
        for c in range(len(stats.mean))
    ]
    header = ["component", "mean", "spread across sources", "spread over time", "r with pitch"]
    return f"""<h2 id="embeddings">The embeddings themselves</h2>
<p>Each source's 16 components over time, and each component's mean and spread across
sources (and over time within one source).</p>
{_figure(figs["embedding_lines"], root, "Each source's components over time")}
{_figure(figs["embedding_spread"], root, "Mean and spread of each component")}
{_table(header, rows)}"""


def _edits_section(found: Findings, audio: _Audio, root: Path, figs) -> str:
    kmap = found.knob_map
    index = _Index(found.renders)
    rows = []
    for c in range(len(kmap.knobs)):
        for edit in kmap.edits:
            cells = [kmap.cell(c, q.name, edit) for q in QUANTITIES]
            up, down, n = kmap.knobs[c].octave.by_edit.get(edit, (0, 0, 0))
            rows.append(
                [f"c{c}", _e(edit)]
                + [
                    f'<span class="{"hit" if cell.consistent else ""}">'
                    f"{_f(cell.median_change, 2, sign=True)}</span> "
                    f"<span class=note>{cell.agreement.agreeing}/{cell.agreement.n_sources}</span>"
                    for cell in cells
                ]
                + [f"{up}&uarr; {down}&darr; /{n}"]
            )
    header = (
        ["component", "edit"]
        + [f"{_e(q.label)} ({_e(q.delta_unit)})" for q in QUANTITIES]
        + ["octave jumps"]
    )
    sentences = []
    for knob in kmap.knobs:
        for effect in knob.effects:
            example = _example(kmap, knob.component, effect)
            if example is None:
                continue
            source, edit = example
            sentences.append(
                f"<li>c{knob.component}: {_effect_text(effect)}. Example, {_e(source)}: "
                + audio.player(index.baseline_path(source), "unedited")
                + " "
                + audio.player(index.edit_path(knob.component, edit, source), edit)
                + "</li>"
            )
    none = [f"c{k.component}" for k in kmap.knobs if not k.effects]
    none_text = (
        f"<p>No consistent effect: {', '.join(none)}. Their changes stay within the seed-to-seed "
        "spread, or differ between sources.</p>"
        if none
        else ""
    )
    positions = {
        edit_name(r.experiment, r.params): dial_position(r.experiment, r.params)
        for r in found.renders
        if r.experiment in DIAL and dial_position(r.experiment, r.params) is not None
    }
    figs["curves"] = figures.response_curves(kmap, positions, root / "figures" / "curves.png")
    return f"""<h2 id="edits">1 Zero, 2 gain, 3 sign</h2>
<p>Each of the 16 components alone, for every source: set to zero, scaled by each gain,
sign flipped. Cells: median change over sources against the unedited renders (octave
jumps removed from pitch) and how many sources moved by the threshold in the majority
direction; highlighted when consistent.</p>
<ul>{"".join(sentences)}</ul>{none_text}
{_figure(figs["effects"], root, "Median change per component and edit, per quality")}
{_figure(figs["curves"], root, "Each labelled effect against the edits of its component")}
{_figure(figs["octave_jumps"], root, "Octave jumps per component")}
{_table(header, rows, left=(0, 1))}"""


def _pitch_section(found: Findings, audio: _Audio, root: Path, figs) -> str:
    fit = found.fit
    if fit is None:
        return (
            '<h2 id="pitch">4 and 6 Pitch</h2>'
            "<p>No pitch series was given: no pitch experiment.</p>"
        )
    instruments = list(fit.pitches)
    rows = [
        [f"c{c}", _f(fit.r[c], 2, sign=True), _f(fit.slope[c], 4, sign=True)]
        + [_f(fit.r_by_instrument[i][c], 2, sign=True) for i in instruments]
        + ["yes" if c in fit.following else ""]
        for c in range(len(fit.r))
    ]
    series = ", ".join(
        f"{_e(i)} ({len(p)} pitches, {min(p)}-{max(p)})" for i, p in fit.pitches.items()
    )
    following = ", ".join(f"c{c} (r {fit.r[c]:+.2f})" for c in fit.following) or "none"
    header = ["component", "r", "slope (/st)", *(f"r, {_e(i)}" for i in instruments), "follows"]
    text = f"""<h2 id="pitch">4 and 6 Pitch</h2>
<h3>Derived</h3>
<p>Notes of {series}, encoded; each note's mean per component against its MIDI pitch
(pooled within instruments). Components following pitch (|r| >= {fit.min_r:g}): {following}.</p>
{_figure(figs["derived_pitch"], root, "Component means against pitch")}
{_table(header, rows)}"""
    causal = found.causal
    if causal is None:
        return text + "<h3>Causal</h3><p>No component follows pitch: nothing to move.</p>"
    index = _Index(found.renders)
    rows = []
    for step in sorted(causal.steps, key=lambda s: (s.source, s.asked_st)):
        rows.append(
            [
                _e(step.source),
                f"{step.asked_st:+d}",
                _f(step.measured_st, 2, sign=True),
                f"{step.octaves:+d}" if step.octaves else "",
                audio.player(index.baseline_path(step.source), "unedited")
                + " "
                + audio.player(step.path, f"{step.asked_st:+d} st"),
            ]
        )
    return (
        text
        + f"""<h3>Causal</h3>
<p>The components {", ".join(f"c{c}" for c in causal.components)} moved by k times their
slope, asking for k semitones. Measured against the unedited renders: slope
{causal.slope:.2f} (1 = as asked), {causal.within_semitone:.0%} of the pitched renders within a
semitone of the asked change, {causal.jumped:.0%} with an octave jump.</p>
{_figure(figs["causal_pitch"], root, "Measured against asked pitch change")}
{_table(["source", "asked (st)", "measured (st)", "octave jumps", "listen"], rows)}"""
    )


def _additive_section(found: Findings, audio: _Audio, root: Path, figs) -> str:
    pairs = found.additive
    if not pairs:
        return '<h2 id="additive">5 Additive</h2><p>Fewer than two sources: no pair.</p>'
    index = _Index(found.renders)
    rows = []
    for p in pairs:
        rows.append(
            [
                f"{_e(p.a)} + {_e(p.b)}",
                *[
                    _f(p.spectral.get(key, math.nan))
                    for key in (
                        ("sum", "a"),
                        ("sum", "b"),
                        ("sum", "mean"),
                        ("mean", "a"),
                        ("mean", "b"),
                    )
                ],  # fmt: skip
                _f(p.seed_distance),
                _e({"a": p.a, "b": p.b, "mean": "the mean"}.get(p.nearest("sum"), "-")),
                _e(
                    {"a": p.a, "b": p.b, "mean": "the mean"}.get(
                        p.nearest("sum", by="descriptor"), "-"
                    )
                ),
                " ".join(
                    [
                        audio.player(index.baseline_path(p.a), p.a),
                        audio.player(index.baseline_path(p.b), p.b),
                        audio.player(p.sum_path, "sum"),
                        audio.player(p.mean_path, "mean"),
                    ]
                ),
            ]
        )
    header = ["pair", "sum to a", "sum to b", "sum to mean", "mean to a", "mean to b",
              "seed to seed", "sum nearest (spectral)", "sum nearest (descriptors)",
              "listen: a, b, sum, mean"]  # fmt: skip
    votes = [p.nearest("sum") for p in pairs]
    summary = ", ".join(
        f"{votes.count(k)} {label}"
        for k, label in (("a", "like a"), ("b", "like b"), ("mean", "like the mean"))
    )
    return f"""<h2 id="additive">5 Additive</h2>
<p>For each pair, z_a + z_b and the mean (z_a + z_b) / 2, compared by spectral distance
(to a source: the mean over its seeds) and by descriptors (root mean square change in
noise-floor units). By spectral distance the sums sound: {summary}.</p>
{_figure(figs["additive"], root, "Spectral distance of the sum and mean to each reference")}
{_table(header, rows)}"""


def _vibrato_section(found: Findings, audio: _Audio, root: Path, figs) -> str:
    renders = found.vibratos
    if not renders:
        return '<h2 id="vibrato">7 Vibrato</h2><p>No vibrato rendered.</p>'
    response = found.tracker_response
    rows = []
    for v in sorted(renders, key=lambda v: (v.kind, v.source, v.rate_hz, v.depth)):
        factor = response.get(v.rate_hz, math.nan)
        rows.append(
            [
                _e(v.source),
                _e(v.kind),
                f"{v.rate_hz:g}",
                f"{v.depth:g} {'frames' if v.kind == 'vibrato' else 'cents'}",
                _f(v.measured.depth_at_cents, 1),
                _f(v.measured.depth_at_cents / factor, 1),
                _f(v.null_cents, 1),
                f"{_f(v.measured.rate_hz, 2)} Hz, {_f(v.measured.depth_cents, 1)}",
                audio.player(v.path, f"{v.kind} {v.rate_hz:g} Hz"),
            ]
        )
    responses = ", ".join(f"{rate:g} Hz: {factor:.2f}" for rate, factor in response.items())
    header = ["source", "edit", "rate asked (Hz)", "depth asked", "depth at asked rate (cents)",
              "corrected (cents)", "null (cents)", "strongest modulation", "listen"]  # fmt: skip
    return f"""<h2 id="vibrato">7 Vibrato</h2>
<p>The <code>vibrato</code> edit (the embedding read back and forth in time by the depth
in frames) at several rates and depths, and a sinusoid along the pitch direction (the
causal pitch experiment's direction, depth asked in cents). The f0 of each render is
fitted with a sinusoid at the asked rate (depth: half the peak-to-peak swing, cents) and
at the strongest rate between 1 and 12 Hz. The measurement itself averages fast vibrato:
on a synthetic tone it finds this share of the depth: {responses}; the corrected column
divides by it. The null is the depth found at the same rate in the source's renders with
vibrato depth 0.</p>
{_figure(figs["vibrato"], root, "f0 over time of one source's vibrato renders")}
{_table(header, rows, left=(0, 1, 8))}"""


def _footer() -> str:
    return """<h2 id="rerun">Rerun</h2>
<p class=note>The experiments are grid specs in <code>specs/</code> of the analysis folder,
rendered into its <code>bank/</code>. <code>nsynth-precompute analyze --out DIR
--report-only</code> measures the bank again (cached) and rewrites this report without
synthesis.</p>"""


# Writing ---------------------------------------------------------------------------------


def write_report(folder: Path, info: Manifest, found: Findings) -> Path:
    """Writes the report folder (figures and audio are made anew each time).

    Args:
        folder: The report folder (created; its figures/ and audio/ are replaced).
        info: The analysis's manifest.
        found: Its findings.

    Returns:
        The path of index.html.
    """
    for sub in ("figures", "audio"):
        shutil.rmtree(folder / sub, ignore_errors=True)
    (folder / "figures").mkdir(parents=True, exist_ok=True)
    figure_dir = folder / "figures"
    kmap = found.knob_map
    rate = info.model_config.sample_rate_hz
    figs: dict[str, Path | None] = {
        "knob_map": figures.knob_map(kmap, figure_dir / "knob-map.png"),
        "effects": figures.effects(kmap, figure_dir / "effects.png"),
        "octave_jumps": figures.octave_jumps(kmap, figure_dir / "octave-jumps.png"),
        "reconstructions": figures.reconstructions(
            found.reconstructions, rate, figure_dir / "reconstruction.png"
        ),
        "embedding_lines": figures.embedding_lines(
            found.embeddings, info.model_config.frame_rate_hz, figure_dir / "embeddings.png"
        ),
        "embedding_spread": figures.embedding_spread(
            found.embeddings, figure_dir / "embedding-spread.png"
        ),
        "derived_pitch": figures.derived_pitch(found.fit, figure_dir / "derived-pitch.png")
        if found.fit is not None
        else None,
        "causal_pitch": figures.causal_pitch(found.causal, figure_dir / "causal-pitch.png")
        if found.causal is not None
        else None,
        "additive": figures.additive(found.additive, figure_dir / "additive.png"),
        "vibrato": figures.vibrato_tracks(
            found.vibratos, found.frame_rate_hz, figure_dir / "vibrato.png"
        ),
    }
    audio = _Audio(folder)
    body = "\n".join(
        [
            _header(info, found),
            _knob_section(found, audio, folder, figs),
            _noise_section(found),
            _reconstruction_section(found, audio, folder, figs),
            _embedding_section(found, folder, figs),
            _edits_section(found, audio, folder, figs),
            _pitch_section(found, audio, folder, figs),
            _additive_section(found, audio, folder, figs),
            _vibrato_section(found, audio, folder, figs),
            _footer(),
        ]
    )
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>What the 16 knobs do</title>"
        f"<style>{_STYLE}</style></head><body>\n{body}\n</body></html>\n"
    )
    about = {
        "model": {
            "checkpoint": info.checkpoint,
            "fingerprint": info.fingerprint,
            "config": info.model_config.to_dict(),
        },
        "analysis": {**info.config.to_dict(), "sources": [s.name for s in info.sources]},
    }
    write_text_atomic(
        folder / KNOBS_NAME, json.dumps(knobs_json(kmap, about=about), indent=2) + "\n"
    )
    index = folder / INDEX_NAME
    write_text_atomic(index, page)
    logger.info("report: %s (%d audio files, knobs.json)", index, len(audio.copied))
    return index
