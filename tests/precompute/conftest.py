"""Seeded synthetic fixtures for the precompute tests: embeddings, source files, specs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from precompute.model.config import TINY, ModelConfig
from precompute.perturb import N_Z

#: The repository root (subprocess tests run from it).
REPO = Path(__file__).resolve().parents[2]

#: Pitched sets the spec fixtures provide: name -> note names of their files.
PITCHED_SETS = {"brass": ("C4", "D4", "E4")}

#: Single-file embedding sources the spec fixtures provide.
SINGLE_SOURCES = ("flute", "organ", "bass", "keys")


def synthetic_embedding(n_frames: int, *, seed: int) -> np.ndarray:
    """A smooth, note-like embedding from a closed form (no RNG stream involved).

    z[t, c] = a_c * sin(2 pi f_c t + phi_c) * exp(-t / n_frames), with a, f, phi drawn
    from `seed` and c by fixed arithmetic. Shape [n_frames, N_Z], float32.
    """
    t = np.arange(n_frames, dtype=np.float64)[:, None]  # [n_frames, 1]
    c = np.arange(N_Z, dtype=np.float64)[None, :]  # [1, N_Z]
    freq = 0.02 + 0.01 * ((7 * c + 3 * seed) % 11)  # cycles per frame
    phase = 0.7 * (c + 1) * (seed + 1)
    amp = 1.0 + 0.5 * np.cos(1.3 * c + seed)
    z = amp * np.sin(2 * np.pi * freq * t + phase) * np.exp(-t / n_frames)
    return z.astype(np.float32)


@pytest.fixture
def config() -> ModelConfig:
    """The tiny model configuration (same sample rate, hop and width as the real one)."""
    return TINY


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(20240611)


@pytest.fixture
def z(rng: np.random.Generator) -> np.ndarray:
    """A random embedding, shape [40, N_Z], float32."""
    return rng.normal(size=(40, N_Z)).astype(np.float32)


@pytest.fixture
def ramp() -> np.ndarray:
    """z[t, c] = t, shape [20, N_Z]: linear interpolation along frames keeps it exact."""
    return np.repeat(np.arange(20, dtype=np.float32)[:, None], N_Z, axis=1)


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    """A folder with embedding sources (`sources/<name>.npy`, `sources/brass_<note>.npy`)
    and one audio source (`sources/tone.wav`, a 1 s 440 Hz sine at 16 kHz)."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for seed, name in enumerate(SINGLE_SOURCES):
        np.save(folder / f"{name}.npy", synthetic_embedding(40 + 5 * seed, seed=seed))
    for name, notes in PITCHED_SETS.items():
        for i, note in enumerate(notes):
            np.save(folder / f"{name}_{note}.npy", synthetic_embedding(30, seed=100 + i))
    t = np.arange(TINY.sample_rate_hz) / TINY.sample_rate_hz
    sf.write(folder / "tone.wav", 0.5 * np.sin(2 * np.pi * 440 * t), TINY.sample_rate_hz)
    return tmp_path


@pytest.fixture
def write_spec(spec_dir: Path) -> Callable[[str], Path]:
    """Writes TOML text to `spec.toml` in `spec_dir` and returns its path."""

    def write(text: str, name: str = "spec.toml") -> Path:
        path = spec_dir / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


# Rendering with a real (tiny) model ------------------------------------------------------------


def render_spec_text(
    *,
    gains: tuple[float, ...] = (0.5, 1.0, 1.5, 2.0, 2.5, 3.0),
    sources: tuple[str, ...] = ("flute", "organ"),
    n_frames: int = 4,
    batch_size: int = 2,
    checkpoint: Path | None = None,
) -> str:
    """TOML of a grid for `spec_dir`: each source x each gain, n_frames per render.

    With the defaults: 2 sources x 6 gains = 12 points of 4 frames (2048 samples), fades
    and peak normalisation on.
    """
    length_s = TINY.samples_to_seconds(TINY.frames_to_samples(n_frames))
    lines = ["[sources]"]
    lines += [f'{name} = "sources/{name}.{"wav" if name == "tone" else "npy"}"' for name in sources]
    lines += [
        "",
        "[[axes]]",
        'name = "gain"',
        'operation = "scale"',
        f"values = {list(gains)}",
        "",
        "[render]",
        f"length_s = {length_s}",
        f"batch_size = {batch_size}",
        "seed = 3",
        "peak_db = -1.0",
        "fade_ms = 4.0",
    ]
    if checkpoint is not None:
        lines.append(f'checkpoint = "{checkpoint}"')
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real TF1 checkpoint of the TINY model with random weights (seed 0)."""
    from precompute.model.checkpoint import random_weights, write_checkpoint

    prefix = tmp_path_factory.mktemp("tiny_checkpoint") / "model.ckpt-0"
    return write_checkpoint(prefix, random_weights(TINY, seed=0), TINY)


@pytest.fixture(scope="session")
def tiny_model(tiny_checkpoint: Path):
    """The TINY model loaded once per session (imports TensorFlow)."""
    from precompute.model.nsynth import NSynth

    return NSynth.from_checkpoint(tiny_checkpoint)
