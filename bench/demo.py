"""The demo model against a random-init model of the same size, on held-out notes.

    python bench/demo.py [--checkpoint samples/models/demo] [--temperatures 1 0.5]
                         [--png docs/demo-spectrograms.png]

Prints, per sampling temperature, the mean multi-resolution spectral distance of
reconstructions of held-out notes (both models in the same run), their ratio, the share
of notes whose pitch came back within a semitone (of the MIDI pitch, and of YIN's estimate
of the original note, which YIN sometimes misreads) and the share with any pitch at all;
then the time to render a 2 s clip. With --png (needs matplotlib), draws original vs
reconstruction spectrograms at the last temperature.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from precompute.evaluate import compare_reconstructions, held_out_notes, reconstruct  # noqa: E402
from precompute.model.checkpoint import random_weights  # noqa: E402
from precompute.model.config import DEMO  # noqa: E402
from precompute.notes import HOLDOUT_PITCHES  # noqa: E402


def draw(path: Path, clips, reconstructions, names) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from scipy import signal

    fig, axes = plt.subplots(2, len(clips), figsize=(3 * len(clips), 5), sharey=True)
    for col, (clip, rec, name) in enumerate(zip(clips, reconstructions, names, strict=True)):
        for row, (audio, label) in enumerate([(clip, "original"), (rec, "demo model")]):
            f, t, s = signal.stft(audio, fs=16000, nperseg=512, noverlap=384)
            axes[row, col].pcolormesh(
                t, f, 20 * np.log10(np.abs(s) + 1e-5), vmin=-100, vmax=0, shading="auto"
            )
            axes[row, col].set_title(f"{name}: {label}", fontsize=8)
            axes[row, col].set_ylim(0, 4000)
    axes[0, 0].set_ylabel("Hz")
    axes[1, 0].set_ylabel("Hz")
    fig.tight_layout()
    fig.savefig(path, dpi=80)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--checkpoint", type=Path, default=ROOT / "samples" / "models" / "demo")
    parser.add_argument(
        "--pitches",
        type=int,
        nargs="+",
        default=list(HOLDOUT_PITCHES),
        help="MIDI pitches of the notes (default: training's default hold-out)",
    )
    parser.add_argument(
        "--temperatures",
        type=float,
        nargs="+",
        default=[1.0, 0.5],
        help="decoder sampling temperatures to measure (default: 1 0.5; the demo spec uses 0.5)",
    )
    parser.add_argument("--png", type=Path, help="write spectrograms here (needs matplotlib)")
    args = parser.parse_args()

    from precompute.model.nsynth import NSynth

    instruments = ("organ", "strings", "flute", "trumpet")
    with tempfile.TemporaryDirectory() as tmp:
        clips, pitches = held_out_notes(
            Path(tmp),
            instruments=instruments,
            pitches=args.pitches,
            n_samples=16000,
            sample_rate_hz=16000,
        )
    demo = NSynth.from_checkpoint(args.checkpoint)
    random = NSynth(DEMO, random_weights(DEMO, seed=1), "random")
    results = {}
    for temperature in args.temperatures:
        for name, model in [("demo", demo), ("random", random)]:
            recs = reconstruct(model, clips, temperature=temperature)
            scores = compare_reconstructions(clips, recs, pitches, sample_rate_hz=16000)
            results[name] = (scores, recs)
            print(
                f"T={temperature:g} {name:>6}: "
                f"spectral distance {scores['spectral_distance']:.3f}, "
                f"pitch within a semitone {scores['pitch_within_semitone']:.0%} "
                f"(of the original's estimate: {scores['pitch_matches_original']:.0%}), "
                f"pitched {scores['pitched']:.0%} of {len(clips)} notes",
                flush=True,
            )
        ratio = results["demo"][0]["spectral_distance"] / results["random"][0]["spectral_distance"]
        print(
            f"T={temperature:g} demo / random spectral distance: {ratio:.2f} "
            f"({1 - ratio:.0%} lower; required >= 40%)"
        )

    z = demo.encode(np.concatenate([clips[0], clips[0]]))
    demo.decode(z[:1], seeds=[0])  # compile
    start = time.perf_counter()
    demo.decode(z, seeds=[0])
    print(
        f"a 2 s clip renders in {time.perf_counter() - start:.1f} s on this machine "
        f"({os.cpu_count()} CPU cores)"
    )
    if args.png:
        keep = [i for i in range(len(clips)) if pitches[i] == args.pitches[1]][:4]
        draw(
            args.png,
            [clips[i] for i in keep],
            [results["demo"][1][i] for i in keep],
            [f"{instruments[i // len(args.pitches)]} {pitches[i]}" for i in keep],
        )
        print(f"spectrograms: {args.png}")


if __name__ == "__main__":
    main()
