"""Choosing and loading a backend: the one door every command and the server's worker use.

`load_model(checkpoint, backend=..., use_ema=...)` returns an `autoencoder.Autoencoder`:
`"tf"` is TensorFlow 2 (`nsynth.NSynth`), `"jax"` is JAX (`jax_nsynth.JaxNSynth`). Both
read the same checkpoint without TensorFlow's help (`checkpoint.load_weights`), and only
the chosen backend's framework is imported, at load time: a JAX load never imports
TensorFlow, so it runs on machines that have JAX and CUDA but no TensorFlow.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from precompute.errors import PrecomputeError
from precompute.model.checkpoint import fingerprint, load_weights
from precompute.model.config import ModelConfig

if TYPE_CHECKING:
    from precompute.model.autoencoder import Autoencoder

logger = logging.getLogger(__name__)

#: Backends by `--backend` name.
BACKENDS = ("tf", "jax")
#: JAX: measured faster than TensorFlow on this project's CPUs at every batch size
#: (docs/model.md), and the only one on the JAX-only GPU machines.
DEFAULT_BACKEND = "jax"


class BackendError(PrecomputeError):
    """An unknown backend or device, or the backend's framework is not installed."""


def load_model(
    checkpoint: str | Path,
    *,
    backend: str = DEFAULT_BACKEND,
    use_ema: bool = False,
    config: ModelConfig | None = None,
    device: str | None = None,
    precision: str = "float32",
) -> Autoencoder:
    """Load a magenta-named checkpoint into the chosen backend (load once per process).

    Args:
        checkpoint: Checkpoint prefix, file or directory (`checkpoint.resolve_checkpoint`).
        backend: One of `BACKENDS`.
        use_ema: Load the ExponentialMovingAverage copies instead of the raw weights.
        config: Expected config (default: the checkpoint's sidecar, or its shapes).
        device: Where the weights live, e.g. "cpu", "gpu" or "gpu:1" (default: the
            backend's placement, a GPU when there is one). JAX runs the model there;
            TensorFlow runs each call where a `device_scope` around it says.
        precision: JAX only: the generator's matmul arithmetic (`jax_nsynth.PRECISIONS`).

    Returns:
        The model; `model.backend` names its backend.

    Raises:
        BackendError: unknown backend or device, a JAX-only option given to TensorFlow,
            or the backend's framework is missing.
        CheckpointError: the checkpoint cannot be read or does not fit.
    """
    if backend == "tf" and precision != "float32":
        raise BackendError(f"precision {precision!r} needs --backend jax")
    config, weights = load_weights(checkpoint, config=config, use_ema=use_ema)
    options = {"precision": precision} if backend == "jax" else {}
    model = build_model(
        backend, config, weights, fingerprint(checkpoint, use_ema=use_ema), device=device, **options
    )
    logger.info("loaded %s (%s) on --backend %s", checkpoint, model.fingerprint, backend)
    return model


def build_model(
    backend: str,
    config: ModelConfig,
    weights: dict[str, np.ndarray],
    fingerprint: str,
    *,
    device: str | None = None,
    **options: Any,
) -> Autoencoder:
    """Make a model from weights already read: a process without the checkpoint file.

    A cluster's worker makes the driver's model with
    `build_model(model.backend, model.config, model.raw_weights(), model.fingerprint,
    **model.options())`.

    Args:
        backend: One of `BACKENDS`.
        config: The model's shape.
        weights: Variables by magenta name (`load_weights`, `Autoencoder.raw_weights`).
        fingerprint: The checkpoint's fingerprint.
        device: As `load_model`'s.
        **options: The backend class's own keywords (`Autoencoder.options`): `xla` for
            TensorFlow, `precision` for JAX.

    Raises:
        BackendError: As `load_model`.
    """
    if backend not in BACKENDS:
        raise BackendError(f"backend {backend!r}; known: {', '.join(BACKENDS)}")
    if backend == "tf":
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TF's C++ start-up chatter
        nsynth = _import("tf", "precompute.model.nsynth")
        with device_scope("tf", device):  # the weights' variables live there
            return nsynth.NSynth(config, weights, fingerprint, **options)
    jax_nsynth = _import("jax", "precompute.model.jax_nsynth")
    where = jax_device(device) if device is not None else None
    return jax_nsynth.JaxNSynth(config, weights, fingerprint, device=where, **options)


def _import(backend: str, module: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        package = {"tf": "tensorflow-cpu (or tensorflow[and-cuda])", "jax": "jax"}[backend]
        raise BackendError(
            f"--backend {backend} needs {e.name or package}, which is not installed "
            f"(pip install {package}), or choose the other backend"
        ) from e


def jax_device(name: str):
    """The JAX device a user names: "cpu", "gpu", "gpu:1", "cuda:0", or TF's "/GPU:0".

    Raises:
        BackendError: the name does not parse, or no such device here (lists them).
    """
    import jax

    match = re.fullmatch(r"/?(?:device:)?([a-z]+)(?::(\d+))?", name.strip().lower())
    if match is None:
        raise BackendError(f"--device {name!r}: expected e.g. cpu, gpu, gpu:1")
    platform, index = match.group(1), int(match.group(2) or 0)
    platform = {"cuda": "gpu", "rocm": "gpu"}.get(platform, platform)
    try:
        devices = jax.devices(platform)
    except RuntimeError:
        devices = []
    if index >= len(devices):
        shown = ", ".join(f"{d.platform}:{d.id}" for d in jax.devices())
        raise BackendError(f"--device {name!r}: no such device here; available: {shown}")
    return devices[index]


@contextlib.contextmanager
def device_scope(backend: str, device: str | None) -> Iterator[None]:
    """Runs what is inside on `device` (None: the backend's own placement).

    TensorFlow places ops by a scope around them; JAX by where the model's arrays are,
    so for JAX the device goes to `load_model` and this scope does nothing.

    Raises:
        BackendError: TensorFlow has no such device (the message lists those it has).
    """
    if device is None or backend != "tf":
        yield
        return
    import tensorflow as tf

    try:
        wanted = tf.DeviceSpec.from_string(device)
    except ValueError as e:
        raise BackendError(f"--device {device!r}: {e}") from e
    names = [d.name for d in tf.config.list_logical_devices()]
    found = [
        n
        for n in names
        if (s := tf.DeviceSpec.from_string(n)).device_type == (wanted.device_type or "").upper()
        and s.device_index == (wanted.device_index or 0)
    ]
    if not found:
        shown = ", ".join("/" + n.removeprefix("/device:") for n in names)  # as users type
        raise BackendError(f"--device {device!r}: no such device here; available: {shown}")
    with tf.device(found[0]):
        yield
