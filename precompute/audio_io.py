"""Audio I/O: reading source audio for the encoder (any libsndfile format, rate and
channel count), and encoding WAVs whose bytes depend on the samples alone.

Storing renders is the bank's job (`bank.Bank.add` writes WAVs atomically); this module
reads files and encodes bytes. Every reading failure is an `AudioError` whose message
starts with the file's path.
"""

from __future__ import annotations

import io
import math
import os
import struct
from pathlib import Path

import numpy as np
import soundfile as sf

from precompute.errors import PrecomputeError


class AudioError(PrecomputeError):
    """An audio file is missing, unreadable, or holds no usable sound."""


def load_audio(
    path: str | os.PathLike[str], *, sample_rate_hz: int, min_samples: int = 1
) -> np.ndarray:
    """Reads an audio file as mono float32 at `sample_rate_hz`.

    Channels are mixed down by their mean; a file at another rate is resampled with a
    polyphase filter (`scipy.signal.resample_poly`, up/down = the rates over their gcd),
    so n_samples = ceil(n_file_samples * sample_rate_hz / file_rate_hz).

    Args:
        path: Any format libsndfile reads (WAV, FLAC, AIFF, OGG, ...).
        sample_rate_hz: Rate wanted (Hz), the model's `ModelConfig.sample_rate_hz`.
        min_samples: Fewest samples accepted after resampling; pass the model's
            `hop_length` so a clip yields at least one embedding frame.

    Returns:
        Shape [n_samples], float32, full-scale units (1.0 = 0 dBFS; not clipped).

    Raises:
        AudioError: The file is missing, unreadable or corrupt, holds no samples, holds
            NaN or infinite samples, is silent (all zeros), or is shorter than
            `min_samples`. The message names the file.
    """
    if not _positive_int(sample_rate_hz):
        raise AudioError(f"sample_rate_hz={sample_rate_hz!r} must be a positive integer")
    if not _positive_int(min_samples):
        raise AudioError(f"min_samples={min_samples!r} must be a positive integer")
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: no such audio file")
    try:
        data, file_rate_hz = sf.read(str(path), dtype="float64", always_2d=True)
    except (sf.LibsndfileError, RuntimeError) as e:  # RuntimeError: older soundfile
        raise AudioError(f"{path}: not readable audio: {e}") from e
    # data: [n_file_samples, n_channels]
    if data.size == 0:
        raise AudioError(f"{path}: holds no samples")
    if not np.isfinite(data).all():
        raise AudioError(f"{path}: holds NaN or infinite samples")
    audio = data.mean(axis=1)  # [n_file_samples]
    if not audio.any():
        raise AudioError(f"{path}: is silent (every sample is 0)")
    if file_rate_hz != sample_rate_hz:
        from scipy import signal  # 1 s to import: only when a file needs resampling

        g = math.gcd(sample_rate_hz, file_rate_hz)
        audio = signal.resample_poly(audio, sample_rate_hz // g, file_rate_hz // g)
    if audio.size < min_samples:
        raise AudioError(
            f"{path}: {audio.size} samples at {sample_rate_hz} Hz, fewer than the "
            f"{min_samples} needed"
        )
    return audio.astype(np.float32)


def _positive_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


#: A RIFF chunk's header: its id and its size in bytes (little-endian).
_CHUNK = struct.Struct("<4sI")


def encode_wav(audio: np.ndarray, *, sample_rate_hz: int, subtype: str) -> bytes:
    """A mono WAV of `audio`, the same bytes for the same samples.

    libsndfile writes float WAVs with a PEAK chunk whose `dwTimeStamp` is the time of
    writing, so two writes of one render differed in 4 bytes; that field is set to 0
    here, so a bank's files depend only on their renders (a render made locally and on
    a cluster is byte for byte the same file).

    Args:
        audio: Shape [n_samples], float32, full-scale units.
        sample_rate_hz: Sample rate (Hz).
        subtype: libsndfile subtype, e.g. "FLOAT" or "PCM_16".

    Returns:
        The file's bytes.
    """
    buffer = io.BytesIO()
    sf.write(buffer, audio, sample_rate_hz, subtype=subtype, format="WAV")
    data = bytearray(buffer.getvalue())
    at = 12  # after "RIFF", the size and "WAVE"
    while at + _CHUNK.size <= len(data):
        chunk_id, size = _CHUNK.unpack_from(data, at)
        if chunk_id == b"PEAK":  # version (4 bytes), then the time stamp (4 bytes)
            data[at + 12 : at + 16] = bytes(4)
            break
        if chunk_id == b"data":
            break
        at += _CHUNK.size + size + (size & 1)
    return bytes(data)
