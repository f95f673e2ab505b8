"""Properties of precompute.audio_io.load_audio: formats, rates, channels, and every refusal."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from precompute import audio_io
from precompute.audio_io import AudioError, load_audio
from precompute.errors import PrecomputeError

RATE_HZ = 16000


def sine(n_samples: int, *, freq_hz: float, rate_hz: int, amplitude: float = 0.5) -> np.ndarray:
    """amplitude * sin(2 pi freq_hz n / rate_hz), shape [n_samples], float64."""
    return amplitude * np.sin(2 * np.pi * freq_hz * np.arange(n_samples) / rate_hz)


def dominant_hz(audio: np.ndarray, *, rate_hz: int) -> float:
    """Frequency of the largest FFT bin (Hz)."""
    spectrum = np.abs(np.fft.rfft(audio * np.hanning(audio.size)))
    return float(np.argmax(spectrum) * rate_hz / audio.size)


def test_float_wav_at_the_model_rate_reads_back_exactly(tmp_path: Path) -> None:
    audio = sine(4000, freq_hz=440, rate_hz=RATE_HZ).astype(np.float32)
    sf.write(tmp_path / "a.wav", audio, RATE_HZ, subtype="FLOAT")
    out = load_audio(tmp_path / "a.wav", sample_rate_hz=RATE_HZ)
    assert out.dtype == np.float32 and out.shape == (4000,)
    np.testing.assert_array_equal(out, audio)


@pytest.mark.parametrize(
    ("name", "subtype", "atol"),
    [
        ("a.flac", "PCM_16", 1 / 32768),
        ("a.aiff", "PCM_24", 1 / 2**23),
        ("a.ogg", "VORBIS", 0.05),  # lossy
        ("a.wav", "PCM_16", 1 / 32768),
    ],
)
def test_every_libsndfile_format_reads(
    tmp_path: Path, name: str, subtype: str, atol: float
) -> None:
    audio = sine(8000, freq_hz=440, rate_hz=RATE_HZ)
    sf.write(tmp_path / name, audio, RATE_HZ, subtype=subtype)
    out = load_audio(tmp_path / name, sample_rate_hz=RATE_HZ)
    assert out.shape == (8000,)
    np.testing.assert_allclose(out, audio, atol=atol)


def test_stereo_is_mixed_down_by_the_mean(tmp_path: Path) -> None:
    left = sine(2048, freq_hz=440, rate_hz=RATE_HZ)
    right = sine(2048, freq_hz=660, rate_hz=RATE_HZ, amplitude=0.25)
    sf.write(tmp_path / "s.wav", np.stack([left, right], axis=1), RATE_HZ, subtype="DOUBLE")
    out = load_audio(tmp_path / "s.wav", sample_rate_hz=RATE_HZ)
    np.testing.assert_allclose(out, (left + right) / 2, atol=1e-7)


@pytest.mark.parametrize("file_rate_hz", [8000, 22050, 44100, 48000])
def test_other_rates_are_resampled_keeping_pitch_and_duration(
    tmp_path: Path, file_rate_hz: int
) -> None:
    n_file = file_rate_hz  # 1 s
    sf.write(tmp_path / "r.wav", sine(n_file, freq_hz=1000, rate_hz=file_rate_hz), file_rate_hz)
    out = load_audio(tmp_path / "r.wav", sample_rate_hz=RATE_HZ)
    assert out.size == -(-n_file * RATE_HZ // file_rate_hz)  # ceil: resample_poly's length
    assert dominant_hz(out, rate_hz=RATE_HZ) == pytest.approx(1000, abs=2)
    middle = out[out.size // 4 : 3 * out.size // 4]  # away from the filter's edges
    assert np.abs(middle).max() == pytest.approx(0.5, abs=0.01)


def test_files_of_any_length_read(tmp_path: Path) -> None:
    sf.write(tmp_path / "long.wav", sine(10 * RATE_HZ + 7, freq_hz=220, rate_hz=RATE_HZ), RATE_HZ)
    assert load_audio(tmp_path / "long.wav", sample_rate_hz=RATE_HZ).size == 10 * RATE_HZ + 7


def _write_nan(path: Path) -> None:
    audio = sine(1024, freq_hz=440, rate_hz=RATE_HZ)
    audio[100] = np.nan
    sf.write(path, audio, RATE_HZ, subtype="FLOAT")


def _write_inf(path: Path) -> None:
    audio = sine(1024, freq_hz=440, rate_hz=RATE_HZ)
    audio[5] = np.inf
    sf.write(path, audio, RATE_HZ, subtype="FLOAT")


@pytest.mark.parametrize(
    ("make", "min_samples", "message"),
    [
        (None, 1, "no such audio file"),
        (lambda p: p.write_bytes(b""), 1, "not readable audio"),
        (lambda p: p.write_bytes(b"RIFF\x00\x01junk" * 50), 1, "not readable audio"),
        (lambda p: sf.write(p, np.zeros(0), RATE_HZ), 1, "holds no samples"),
        (_write_nan, 1, "NaN or infinite"),
        (_write_inf, 1, "NaN or infinite"),
        (lambda p: sf.write(p, np.zeros(4096), RATE_HZ), 1, "silent"),
        (lambda p: sf.write(p, sine(511, freq_hz=440, rate_hz=RATE_HZ), RATE_HZ), 512, "511"),
    ],
    ids=["missing", "zero-bytes", "corrupt", "no-samples", "nan", "inf", "silent", "too-short"],
)
def test_unusable_files_raise_audio_error_naming_the_file(
    tmp_path: Path, make, min_samples: int, message: str
) -> None:
    path = tmp_path / "bad input.wav"
    if make is not None:
        make(path)
    with pytest.raises(AudioError, match=message) as info:
        load_audio(path, sample_rate_hz=RATE_HZ, min_samples=min_samples)
    assert str(path) in str(info.value)
    assert isinstance(info.value, PrecomputeError)


def test_min_samples_counts_after_resampling(tmp_path: Path) -> None:
    # 1000 samples at 32 kHz become 500 at 16 kHz: fewer than one 512-sample frame.
    sf.write(tmp_path / "short.wav", sine(1000, freq_hz=440, rate_hz=32000), 32000)
    with pytest.raises(AudioError, match="500 samples at 16000 Hz"):
        load_audio(tmp_path / "short.wav", sample_rate_hz=RATE_HZ, min_samples=512)
    assert load_audio(tmp_path / "short.wav", sample_rate_hz=RATE_HZ, min_samples=500).size == 500


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sample_rate_hz": 0}, "sample_rate_hz=0"),
        ({"sample_rate_hz": 16000.0}, "sample_rate_hz=16000.0"),
        ({"sample_rate_hz": RATE_HZ, "min_samples": 0}, "min_samples=0"),
    ],
)
def test_bad_arguments_raise(tmp_path: Path, kwargs: dict, message: str) -> None:
    sf.write(tmp_path / "a.wav", sine(1024, freq_hz=440, rate_hz=RATE_HZ), RATE_HZ)
    with pytest.raises(AudioError, match=message):
        load_audio(tmp_path / "a.wav", **kwargs)


@pytest.mark.parametrize("subtype", ["FLOAT", "PCM_16"])
def test_encoded_wavs_depend_on_the_samples_alone(subtype: str) -> None:
    """libsndfile stamps a float WAV's PEAK chunk with the time of writing; encode_wav
    writes 0 there, so the same samples give the same bytes at any time."""
    audio = (0.5 * np.sin(np.linspace(0, 100, 4000))).astype(np.float32)
    wav = audio_io.encode_wav(audio, sample_rate_hz=16000, subtype=subtype)
    chunks, at = {}, 12
    while at < len(wav):
        chunk_id, size = wav[at : at + 4], int.from_bytes(wav[at + 4 : at + 8], "little")
        chunks[chunk_id] = wav[at + 8 : at + 8 + size]
        at += 8 + size + (size & 1)
    assert (b"PEAK" in chunks) == (subtype == "FLOAT")
    if subtype == "FLOAT":
        assert chunks[b"PEAK"][4:8] == bytes(4)  # the time stamp
        assert chunks[b"PEAK"][8:12] == np.float32(np.abs(audio).max()).tobytes()  # the peak
    read, rate = sf.read(io.BytesIO(wav), dtype="float32")
    assert rate == 16000
    np.testing.assert_allclose(read, audio, atol=0 if subtype == "FLOAT" else 2**-15)
    assert audio_io.encode_wav(audio, sample_rate_hz=16000, subtype=subtype) == wav
