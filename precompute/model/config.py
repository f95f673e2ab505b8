"""Hyperparameters of the NSynth WaveNet autoencoder and the unit conversions they imply.

Every sample and frame count in the project derives from one frozen `ModelConfig`.
Units: `n_samples` counts 16 kHz audio samples, `n_frames` counts embedding frames
(one frame per `hop_length` samples), `pitch` is a MIDI note number.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any


class ConfigError(ValueError):
    """A model configuration is inconsistent or cannot be read."""


@dataclasses.dataclass(frozen=True)
class ModelConfig:
    """Shape of one WaveNet autoencoder.

    The defaults are magenta's published `h512_bo16` checkpoint.

    Attributes:
        sample_rate_hz: Audio rate the model was trained on (Hz).
        hop_length: Audio samples per embedding frame (the encoder's average pool).
        n_z: Embedding channels per frame (the bottleneck width).
        n_quantization: Mu-law classes (256 for 8-bit mu-law, mu = 255).
        enc_layers: Dilated residual layers in the encoder.
        enc_stages: Encoder dilation cycle: layer i has dilation 2 ** (i % enc_stages).
        enc_width: Encoder residual channels.
        dec_layers: Dilated gated layers in the decoder.
        dec_stages: Decoder dilation cycle: layer i has dilation 2 ** (i % dec_stages).
        dec_width: Decoder residual channels (the gate sees 2 * dec_width).
        skip_width: Decoder skip-connection channels.
        filter_length: Taps of every dilated convolution (magenta's fastgen assumes 3).
    """

    sample_rate_hz: int = 16000
    hop_length: int = 512
    n_z: int = 16
    n_quantization: int = 256
    enc_layers: int = 30
    enc_stages: int = 10
    enc_width: int = 128
    dec_layers: int = 30
    dec_stages: int = 10
    dec_width: int = 512
    skip_width: int = 256
    filter_length: int = 3

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{field.name}={value!r} must be a positive integer")
        if self.filter_length != 3:
            raise ConfigError(f"filter_length={self.filter_length} must be 3 (as magenta's)")
        if self.n_quantization != 256:
            raise ConfigError(f"n_quantization={self.n_quantization} must be 256 (8-bit mu-law)")
        if self.hop_length % (2 ** (self.enc_stages - 1)) != 0:
            # magenta's time_to_batch needs the clip length (a multiple of the hop)
            # to divide by every encoder dilation.
            raise ConfigError(
                f"hop_length={self.hop_length} must be a multiple of the largest encoder "
                f"dilation {2 ** (self.enc_stages - 1)}"
            )

    # Derived sizes -------------------------------------------------------------------

    @property
    def mu(self) -> int:
        """Mu of the mu-law companding (255 for 256 classes)."""
        return self.n_quantization - 1

    def enc_dilation(self, layer: int) -> int:
        """Dilation of encoder layer `layer` (0-based)."""
        return 2 ** (layer % self.enc_stages)

    def dec_dilation(self, layer: int) -> int:
        """Dilation of decoder layer `layer` (0-based)."""
        return 2 ** (layer % self.dec_stages)

    @property
    def dec_dilations(self) -> tuple[int, ...]:
        return tuple(self.dec_dilation(i) for i in range(self.dec_layers))

    @property
    def receptive_field(self) -> int:
        """Past audio samples that can influence one decoder output (embedding fixed).

        Output t reads the right-shifted input, so it sees x[t - receptive_field .. t - 1]:
        one sample of shift, (filter_length - 1) taps of `startconv`, and
        (filter_length - 1) * dilation taps per dilated layer.
        """
        taps = self.filter_length - 1
        return 1 + taps + taps * sum(self.dec_dilations)

    @property
    def n_decoder_parameters(self) -> int:
        """Decoder weights and biases (what one generation step reads)."""
        k, w, s, z = self.filter_length, self.dec_width, self.skip_width, self.n_z
        per_layer = (k * w * 2 * w + 2 * w) + (z * 2 * w + 2 * w) + (w * w + w) + (w * s + s)
        head = (s * s + s) + (z * s + s) + (s * self.n_quantization + self.n_quantization)
        return (k * w + w) + (w * s + s) + self.dec_layers * per_layer + head

    @property
    def macs_per_sample(self) -> int:
        """Multiply-adds per generated sample per stream in incremental decoding.

        Conditioning is computed once per frame, and the last layer's residual output
        is never used, so neither is counted.
        """
        k, w, s = self.filter_length, self.dec_width, self.skip_width
        layers = self.dec_layers * (k * w * 2 * w + w * s) + (self.dec_layers - 1) * w * w
        return k * w + w * s + layers + s * s + s * self.n_quantization

    # Unit conversions ----------------------------------------------------------------

    @property
    def frame_rate_hz(self) -> float:
        """Embedding frames per second (31.25 for 16 kHz and hop 512)."""
        return self.sample_rate_hz / self.hop_length

    def frames_to_samples(self, n_frames: int) -> int:
        """Audio samples decoded from `n_frames` embedding frames."""
        return n_frames * self.hop_length

    def samples_to_frames(self, n_samples: int) -> int:
        """Embedding frames encoded from `n_samples` samples (the tail is dropped, as magenta)."""
        return n_samples // self.hop_length

    def seconds_to_samples(self, seconds: float) -> int:
        return int(round(seconds * self.sample_rate_hz))

    def samples_to_seconds(self, n_samples: int) -> float:
        return n_samples / self.sample_rate_hz

    # Serialisation -------------------------------------------------------------------

    def to_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown model config keys {unknown}; known: {sorted(known)}")
        return cls(**data)


#: magenta's published `h512_bo16` checkpoint (61.8 M raw parameters).
H512_BO16 = ModelConfig()

#: A few-thousand-parameter model for fast tests; same hop and embedding width.
TINY = ModelConfig(
    enc_layers=4,
    enc_stages=2,
    enc_width=8,
    dec_layers=4,
    dec_stages=2,
    dec_width=16,
    skip_width=8,
)

#: The project's demo model: small enough to train on a 2-core CPU and to commit.
DEMO = ModelConfig(enc_layers=10, enc_width=32, dec_layers=20, dec_width=32, skip_width=64)

CONFIGS: dict[str, ModelConfig] = {"h512_bo16": H512_BO16, "demo": DEMO, "tiny": TINY}
