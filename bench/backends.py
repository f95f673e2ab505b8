"""The two backends on one checkpoint: how far apart their numbers are, and their renders.

    python bench/backends.py                    # h512_bo16 (random weights) and the demo model
    python bench/backends.py --no-full          # the demo model alone (~2 min on 2 cores)

For each model, JAX against TensorFlow (the reference, checked against magenta):

- the encoder's embeddings and the teacher-forced logits of two 8,192-sample chirps, as
  max |JAX - TF| / max |TF|;
- the per-step probabilities of the incremental generators over 2,048 teacher-fed steps,
  as max |JAX - TF|;

and for the demo model, a render of each of the demo's source notes (1 s, the same seed
on both backends): the share of samples that are identical, the sample where each stream
parts (a uniform fell between the backends' CDFs, which differ by ~1e-7), and the mean
spectral distance between the backends' renders against that between two seeds.
docs/model.md quotes these figures. Not a timing: bench/generate.py times the backends.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from precompute.evaluate import spectral_distance  # noqa: E402
from precompute.model import mulaw  # noqa: E402
from precompute.model.backends import load_model  # noqa: E402
from precompute.model.checkpoint import random_weights, write_checkpoint  # noqa: E402
from precompute.model.config import H512_BO16  # noqa: E402

DEMO_CHECKPOINT = REPO / "samples" / "models" / "demo"
DEMO_SOURCES = REPO / "samples" / "specs" / "sources"


def chirp(n_samples: int, seed: int) -> np.ndarray:
    """A 220 Hz upward chirp with a little noise, 16 kHz, float32."""
    t = np.arange(n_samples) / 16000
    noise = np.random.default_rng(seed).normal(size=n_samples)
    return (0.5 * np.sin(2 * np.pi * (220 + 300 * t) * t) + 0.05 * noise).astype(np.float32)


def relative(ours: np.ndarray, reference: np.ndarray) -> float:
    return float(np.abs(ours - reference).max() / np.abs(reference).max())


def compare(name: str, checkpoint: Path, *, renders: bool) -> None:
    tf_model, jax_model = (load_model(checkpoint, backend=b) for b in ("tf", "jax"))
    clips = np.stack([chirp(8192, 1), chirp(8192, 2)[::-1]])
    z = tf_model.encode(clips)
    print(f"{name} encoder: {relative(jax_model.encode(clips), z):.1e} of scale", flush=True)
    logits = relative(
        jax_model.teacher_forced_logits(clips, z), tf_model.teacher_forced_logits(clips, z)
    )
    print(f"{name} teacher-forced logits: {logits:.1e} of scale", flush=True)
    fed = mulaw.mulaw_to_audio(mulaw.audio_to_mulaw(np.stack([chirp(2048, 3), chirp(2048, 4)])))
    z_fed = tf_model.encode(np.concatenate([fed, fed], axis=1))
    probs = np.abs(
        jax_model.incremental_probabilities(z_fed, fed)
        - tf_model.incremental_probabilities(z_fed, fed)
    ).max()
    print(f"{name} probabilities, 2048 teacher-fed steps: {probs:.1e} absolute", flush=True)
    if not renders:
        return
    paths = sorted(DEMO_SOURCES.glob("*.npy"))
    frames = tf_model.config.samples_to_frames(16000)
    zs = np.stack([np.load(p)[:frames] for p in paths]).astype(np.float32)
    seeds = list(range(len(paths)))
    tf_audio, jax_audio = tf_model.decode(zs, seeds=seeds), jax_model.decode(zs, seeds=seeds)
    other_seeds = tf_model.decode(zs, seeds=[s + 100 for s in seeds])
    parted = [np.flatnonzero(a != b) for a, b in zip(tf_audio, jax_audio, strict=True)]
    backends = np.mean([spectral_distance(a, b) for a, b in zip(tf_audio, jax_audio, strict=True)])
    seed = np.mean([spectral_distance(a, b) for a, b in zip(tf_audio, other_seeds, strict=True)])
    print(
        f"{name} renders of {len(paths)} notes x {tf_audio.shape[1]} samples, same seeds: "
        f"{np.mean(tf_audio == jax_audio):.1%} of samples identical; streams part at "
        f"{[int(p[0]) if p.size else None for p in parted]} (None: identical); spectral "
        f"distance between backends {backends:.3f}, between two seeds {seed:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--full",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also compare h512_bo16 with random weights (default: on)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.full:
            weights = random_weights(H512_BO16)
            full = write_checkpoint(Path(tmp) / "model.ckpt-0", weights, H512_BO16)
            compare("h512_bo16", full, renders=False)
        compare("demo", DEMO_CHECKPOINT, renders=True)


if __name__ == "__main__":
    main()
