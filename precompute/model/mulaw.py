"""8-bit mu-law companding exactly as magenta's `utils.mu_law` / `utils.inv_mu_law_numpy`.

The only mu-law in the project. Integers `q` lie in [-128, 127]; the decoder's input is
`q / 128` and its class label is `q + 128`.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def audio_to_mulaw(audio: np.ndarray, *, mu: int = 255, xp: Any = np) -> np.ndarray:
    """q = floor(sign(x) * log1p(mu |x|) / log1p(mu) * 128), x clipped to [-1, 1], q to 127.

    Args:
        audio: Samples in [-1, 1]; any shape.
        mu: Companding constant (255 for 256 classes).
        xp: The array module: numpy, or jax.numpy inside a jitted training step.

    Returns:
        int32 array, same shape, values in [-128, 127]. The floor makes the map
        asymmetric: tiny negative values give -1, zero gives 0. Inputs within float32
        rounding of 1.0 would give 128 (class 256, past the top), so q is clipped to 127.
    """
    x = xp.clip(xp.asarray(audio, dtype=xp.float32), -1.0, 1.0)
    # float32 throughout, in the same order of operations as magenta's TF graph.
    out = xp.sign(x) * xp.log(np.float32(1) + np.float32(mu) * xp.abs(x)) / np.float32(np.log1p(mu))
    return xp.minimum(xp.floor(out * np.float32(128)), 127).astype(xp.int32)


def mulaw_to_audio(q: np.ndarray, *, mu: int = 255, xp: Any = np) -> np.ndarray:
    """x = sign(y) / mu * ((1 + mu) ** |y| - 1) with y = (q + 0.5) * 2 / (mu + 1); q = 0 -> 0.

    Args:
        q: Integers in [-128, 127]; any shape.
        mu: Companding constant.
        xp: The array module (numpy or jax.numpy).

    Returns:
        float32 array, same shape, in (-1, 1): the centre of each mu-law bin.
    """
    qf = xp.asarray(q).astype(xp.float32)
    y = (qf + np.float32(0.5)) * np.float32(2.0 / (mu + 1))
    out = xp.sign(y) / np.float32(mu) * (np.float32(1 + mu) ** xp.abs(y) - np.float32(1))
    return xp.where(qf == 0, np.float32(0), out).astype(xp.float32)


def mulaw_to_label(q: np.ndarray) -> np.ndarray:
    """Class index q + 128 in [0, 255]."""
    return np.asarray(q, dtype=np.int32) + 128


def label_to_mulaw(label: np.ndarray) -> np.ndarray:
    """Inverse of `mulaw_to_label`."""
    return np.asarray(label, dtype=np.int32) - 128
