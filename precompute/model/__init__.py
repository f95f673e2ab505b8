"""The NSynth WaveNet autoencoder: config, mu-law, checkpoints, and the TF2 model.

TensorFlow loads only when `precompute.model.nsynth` is imported; the rest is cheap.
"""

from precompute.model.checkpoint import CheckpointError, fingerprint, load_weights
from precompute.model.config import CONFIGS, H512_BO16, TINY, ConfigError, ModelConfig

__all__ = [
    "CONFIGS",
    "H512_BO16",
    "TINY",
    "CheckpointError",
    "ConfigError",
    "ModelConfig",
    "fingerprint",
    "load_weights",
]
