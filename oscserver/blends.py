"""Blend files: mixes of neighbouring renders, made on demand for stand-in answers.

A blend answer names a file in `<bank>/cache/blends/`, made (atomically) before the
answer is sent, so a patch can load it at once. The files are kept within a disk
budget, least recently served deleted first, and the folder is emptied at start-up (a
blend is made again when asked for: never a torn file). The clips blends are mixed from
are kept in memory within AUDIO_CACHE_SAMPLES.

Threads: the answer thread makes blends; the receive loop only asks `used` (an ordered
dict's move to the end, atomic under the GIL) to know whether it can answer at once.
"""

from __future__ import annotations

import collections
import dataclasses
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import soundfile as sf

from oscserver import lookup
from precompute.audio_io import encode_wav

#: The blends folder, inside the server's cache folder.
BLEND_DIR = "blends"

#: Audio samples of neighbours kept in memory for blending (float32: 4 bytes each).
AUDIO_CACHE_SAMPLES = 16_000_000


@dataclasses.dataclass(frozen=True)
class Blend:
    """A mix of neighbours to write to the cache before it can be served.

    Attributes:
        name: The file's stem: a hash of the parts and their shares.
        path: The file.
        keys: The renders mixed, nearest first.
        weights: Their shares (sum 1).
        nearest_distance: keys[0]'s distance, served instead when the mix cannot be made.
    """

    name: str
    path: Path
    keys: tuple[str, ...]
    weights: tuple[float, ...]
    nearest_distance: float


class BlendFiles:
    """The blends folder and the clips it is made from.

    Args:
        cache: The server's cache folder (the blends folder is made inside it, emptied).
        bank: The bank folder (renders are `<bank>/<key>.wav`).
        sample_rate_hz: Sample rate of the bank's renders.
        budget_bytes: Disk the blend files may take.
    """

    def __init__(
        self, cache: Path, *, bank: Path, sample_rate_hz: int, budget_bytes: float
    ) -> None:
        self.folder = cache / BLEND_DIR
        self.folder.mkdir(exist_ok=True)
        for old in self.folder.iterdir():  # made again when asked for: never a torn file
            old.unlink()
        self._bank = bank
        self._sample_rate_hz = sample_rate_hz
        self._budget_bytes = budget_bytes
        # Blend files by name -> size (bytes), least recently served first.
        self._files: collections.OrderedDict[str, int] = collections.OrderedDict()
        self._bytes = 0
        self._audio: collections.OrderedDict[str, np.ndarray] = collections.OrderedDict()
        self._audio_samples = 0

    def blend(
        self, keys: Sequence[str], shares: Sequence[float], *, nearest_distance: float
    ) -> Blend:
        """The blend of renders `keys` at `shares` (named by both, so equal mixes share
        one file)."""
        text = "|".join(f"{k}:{w:.6f}" for k, w in zip(keys, shares, strict=True))
        name = hashlib.sha256(text.encode()).hexdigest()[:20]
        return Blend(name, self.folder / f"{name}.wav", tuple(keys), tuple(shares),
                     nearest_distance)  # fmt: skip

    def used(self, name: str) -> bool:
        """Whether blend `name` has its file (and marks it as just served)."""
        try:
            self._files.move_to_end(name)
            return True
        except KeyError:  # never made, or deleted to keep the cache in its budget
            return False

    def make(self, blend: Blend) -> None:
        """Mixes the blend's parts into its file (atomically) and registers it.

        Raises:
            OSError, RuntimeError, ValueError, soundfile.LibsndfileError: A part cannot
                be read or the file cannot be written.
        """
        clips = [self._clip(key) for key in blend.keys]
        audio = lookup.mix(clips, blend.weights)  # [n_samples]
        # Encoded in memory, written with one call.
        data = encode_wav(audio, sample_rate_hz=self._sample_rate_hz, subtype="FLOAT")
        temp = blend.path.with_name(f".{blend.name}.{os.getpid()}.tmp")
        try:
            temp.write_bytes(data)
            os.replace(temp, blend.path)
        finally:
            temp.unlink(missing_ok=True)
        self._files[blend.name] = len(data)
        self._bytes += len(data)
        while self._bytes > self._budget_bytes and len(self._files) > 1:
            oldest, size = self._files.popitem(last=False)
            self._bytes -= size
            (self.folder / f"{oldest}.wav").unlink(missing_ok=True)

    def _clip(self, key: str) -> np.ndarray:
        """A render's audio [n_samples] float32, from memory when read before."""
        clip = self._audio.get(key)
        if clip is None:
            clip = sf.read(self._bank / f"{key}.wav", dtype="float32", always_2d=False)[0]
            self._audio[key] = clip
            self._audio_samples += len(clip)
            while self._audio_samples > AUDIO_CACHE_SAMPLES and len(self._audio) > 1:
                _, dropped = self._audio.popitem(last=False)
                self._audio_samples -= len(dropped)
        else:
            self._audio.move_to_end(key)
        return clip
