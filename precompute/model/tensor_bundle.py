"""TensorFlow's checkpoint format (the "tensor bundle", V2) read and written without TensorFlow.

A checkpoint `<prefix>` is two files:

- `<prefix>.index`: a LevelDB table (an SSTable) mapping each tensor's name to a
  `BundleEntryProto` (dtype, shape, shard, byte offset, size, masked CRC-32C); the empty
  name holds a `BundleHeaderProto` (shard count, endianness, version).
- `<prefix>.data-<shard>-of-<count>`: the tensors' raw bytes, little-endian, C order.

The table is data blocks of prefix-compressed entries with a restart array, an index block
pointing at them, an (empty) meta-index block, and a 48-byte footer ending in LevelDB's
magic number; every block is followed by a compression byte and a masked CRC-32C.
TensorFlow writes its tables uncompressed, and so does `write_bundle`. The protobuf
messages are decoded field by field here (the few fields a checkpoint uses), so reading
needs neither TensorFlow nor protobuf.

Every CRC is checked on reading: a truncated or corrupted download fails with the name
of the tensor or block, instead of giving wrong weights.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import struct
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import numpy as np

from precompute.errors import PrecomputeError
from precompute.model.crc32c import crc32c, mask, unmask

#: LevelDB's table magic number, the footer's last 8 bytes.
TABLE_MAGIC = 0xDB4775248B80FB57
FOOTER_SIZE = 48
#: Compression byte + masked CRC after every block.
BLOCK_TRAILER_SIZE = 5
#: TensorFlow's table options: data blocks of ~256 KiB, a restart point every 16 keys.
BLOCK_SIZE = 256 * 1024
RESTART_INTERVAL = 16
#: `kTensorBundleVersion`, the producer version TensorFlow writes.
BUNDLE_VERSION = 1

#: TensorFlow's DataType enum values of the fixed-size types a checkpoint may hold.
DTYPES: dict[int, np.dtype] = {
    1: np.dtype("<f4"),
    2: np.dtype("<f8"),
    3: np.dtype("<i4"),
    4: np.dtype("u1"),
    5: np.dtype("<i2"),
    6: np.dtype("i1"),
    9: np.dtype("<i8"),
    10: np.dtype("?"),
    17: np.dtype("<u2"),
    19: np.dtype("<f2"),
    22: np.dtype("<u4"),
    23: np.dtype("<u8"),
}
_DTYPE_CODES = {dtype: code for code, dtype in DTYPES.items()}


class BundleError(PrecomputeError):
    """A file is not a readable tensor bundle, or a tensor in it is corrupt or unsupported."""


@dataclasses.dataclass(frozen=True)
class TensorEntry:
    """Where one tensor lies in a bundle (a decoded `BundleEntryProto`).

    Attributes:
        dtype_code: TensorFlow's DataType enum value.
        shape: Dimensions.
        shard: Index of the data file.
        offset: Byte offset in the data file.
        size: Bytes.
        crc32c: Masked CRC-32C of the bytes.
        sliced: The tensor is saved in slices (a partitioned variable).
    """

    dtype_code: int
    shape: tuple[int, ...]
    shard: int
    offset: int
    size: int
    crc32c: int
    sliced: bool = False

    @property
    def dtype(self) -> np.dtype | None:
        """The NumPy dtype, or None for types this reader cannot return (strings)."""
        return DTYPES.get(self.dtype_code)


@dataclasses.dataclass(frozen=True)
class BundleIndex:
    """The decoded `.index` file of a bundle.

    Attributes:
        prefix: The checkpoint prefix.
        n_shards: Data files (`<prefix>.data-0000i-of-0000n`).
        entries: Tensor name -> entry, in the table's (bytewise sorted) order.
    """

    prefix: Path
    n_shards: int
    entries: dict[str, TensorEntry]

    def data_path(self, shard: int) -> Path:
        return self.prefix.with_name(f"{self.prefix.name}.data-{shard:05d}-of-{self.n_shards:05d}")


# Protobuf wire format ------------------------------------------------------------------


def _read_varint(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    """(value, next position) of the base-128 varint at `pos`."""
    value = shift = 0
    while True:
        if pos >= len(data):
            raise BundleError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
        if shift > 63:
            raise BundleError("varint longer than 10 bytes")


def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64s are written as 10-byte two's complement
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _fields(message: bytes | memoryview) -> Iterator[tuple[int, int | bytes]]:
    """(field number, value) of every field: ints for varint and fixed, bytes for the rest."""
    pos = 0
    while pos < len(message):
        key, pos = _read_varint(message, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _read_varint(message, pos)
        elif wire == 1:
            value, pos = int.from_bytes(message[pos : pos + 8], "little"), pos + 8
        elif wire == 5:
            value, pos = int.from_bytes(message[pos : pos + 4], "little"), pos + 4
        elif wire == 2:
            length, pos = _read_varint(message, pos)
            value, pos = bytes(message[pos : pos + length]), pos + length
        else:
            raise BundleError(f"unsupported protobuf wire type {wire} (field {number})")
        if pos > len(message):
            raise BundleError(f"protobuf field {number} runs past its message")
        yield number, value


def _int64(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _decode_entry(name: str, message: bytes) -> TensorEntry:
    fields: dict[str, int] = {"dtype": 0, "shard": 0, "offset": 0, "size": 0, "crc": 0}
    shape: list[int] = []
    sliced = False
    for number, value in _fields(message):
        if number == 1:
            fields["dtype"] = int(value)
        elif number == 2:  # TensorShapeProto: repeated Dim dim = 2 {int64 size = 1}
            for dim_number, dim in _fields(value):
                if dim_number == 2:
                    size = [int(v) for n, v in _fields(dim) if n == 1]
                    shape.append(_int64(size[0]) if size else 0)
        elif number in (3, 4, 5, 6):
            fields[{3: "shard", 4: "offset", 5: "size", 6: "crc"}[number]] = int(value)
        elif number == 7:
            sliced = True
    if any(d < 0 for d in shape):
        raise BundleError(f"{name}: shape {shape} is not fully defined")
    return TensorEntry(
        dtype_code=fields["dtype"],
        shape=tuple(shape),
        shard=fields["shard"],
        offset=fields["offset"],
        size=fields["size"],
        crc32c=fields["crc"],
        sliced=sliced,
    )


def _encode_entry(dtype_code: int, shape: tuple[int, ...], offset: int, size: int, crc: int):
    dims = b"".join(b"\x12" + _varint(len(d)) + d for d in (b"\x08" + _varint(n) for n in shape))
    out = b"\x08" + _varint(dtype_code) + b"\x12" + _varint(len(dims)) + dims
    if offset:
        out += b"\x20" + _varint(offset)
    if size:
        out += b"\x28" + _varint(size)
    return out + b"\x35" + struct.pack("<I", crc)


def _encode_header(n_shards: int) -> bytes:
    version = b"\x08" + _varint(BUNDLE_VERSION)
    return b"\x08" + _varint(n_shards) + b"\x1a" + _varint(len(version)) + version


# LevelDB table --------------------------------------------------------------------------


def _read_block(data: bytes, handle: tuple[int, int], what: str) -> memoryview:
    """The contents of the block at (offset, size), its trailer checked."""
    offset, size = handle
    end = offset + size + BLOCK_TRAILER_SIZE
    if end > len(data):
        raise BundleError(f"{what} at byte {offset} runs past the end of the file")
    compression = data[offset + size]
    if compression != 0:
        raise BundleError(
            f"{what} is compressed (type {compression}); only uncompressed tables are read, "
            "as TensorFlow writes them"
        )
    stored = unmask(int.from_bytes(data[offset + size + 1 : end], "little"))
    if crc32c(data[offset : offset + size + 1]) != stored:
        raise BundleError(f"{what} at byte {offset}: checksum mismatch (corrupt file)")
    return memoryview(data)[offset : offset + size]


def _block_entries(block: memoryview, what: str) -> Iterator[tuple[bytes, memoryview]]:
    """(key, value) of every entry of a block, keys rebuilt from their shared prefixes."""
    if len(block) < 4:
        raise BundleError(f"{what} is shorter than its restart count")
    n_restarts = int.from_bytes(block[-4:], "little")
    end = len(block) - 4 * (n_restarts + 1)
    if end < 0:
        raise BundleError(f"{what}: {n_restarts} restart points do not fit in the block")
    key = b""
    pos = 0
    while pos < end:
        shared, pos = _read_varint(block, pos)
        unshared, pos = _read_varint(block, pos)
        length, pos = _read_varint(block, pos)
        if shared > len(key) or pos + unshared + length > end:
            raise BundleError(f"{what}: malformed entry at byte {pos}")
        key = key[:shared] + bytes(block[pos : pos + unshared])
        pos += unshared
        yield key, block[pos : pos + length]
        pos += length


def _read_handle(data: bytes | memoryview, pos: int) -> tuple[tuple[int, int], int]:
    offset, pos = _read_varint(data, pos)
    size, pos = _read_varint(data, pos)
    return (offset, size), pos


def _table_entries(data: bytes) -> Iterator[tuple[bytes, memoryview]]:
    """Every (key, value) of a LevelDB table file, in order."""
    if len(data) < FOOTER_SIZE:
        raise BundleError(f"{len(data)} bytes is too short for a table footer")
    footer = data[-FOOTER_SIZE:]
    if int.from_bytes(footer[-8:], "little") != TABLE_MAGIC:
        raise BundleError("not a TensorFlow checkpoint index (no LevelDB table magic number)")
    _, pos = _read_handle(footer, 0)  # the meta-index: TensorFlow stores no filters
    index_handle, _ = _read_handle(footer, pos)
    index = _read_block(data, index_handle, "index block")
    for n, (_, value) in enumerate(_block_entries(index, "index block")):
        handle, _ = _read_handle(value, 0)
        yield from _block_entries(_read_block(data, handle, f"data block {n}"), f"data block {n}")


class _BlockBuilder:
    """One table block: prefix-compressed entries, a restart point every `interval` keys."""

    def __init__(self, interval: int):
        self.interval = interval
        self.buffer = bytearray()
        self.restarts = [0]
        self.count = 0
        self.last = b""

    def add(self, key: bytes, value: bytes) -> None:
        shared = 0
        if self.count < self.interval:
            limit = min(len(key), len(self.last))
            while shared < limit and key[shared] == self.last[shared]:
                shared += 1
        else:
            self.restarts.append(len(self.buffer))
            self.count = 0
        self.buffer += _varint(shared) + _varint(len(key) - shared) + _varint(len(value))
        self.buffer += key[shared:] + value
        self.last = key
        self.count += 1

    def finish(self) -> bytes:
        restarts = b"".join(struct.pack("<I", r) for r in self.restarts)
        return bytes(self.buffer) + restarts + struct.pack("<I", len(self.restarts))


def _table(entries: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A LevelDB table of sorted (key, value) pairs, uncompressed, as TensorFlow writes one."""
    out = bytearray()

    def write_block(contents: bytes) -> bytes:
        handle = _varint(len(out)) + _varint(len(contents))
        trailer = b"\x00"
        out.extend(contents + trailer + struct.pack("<I", mask(crc32c(contents + trailer))))
        return handle

    index = _BlockBuilder(interval=1)
    block = _BlockBuilder(RESTART_INTERVAL)
    for key, value in entries:
        block.add(key, value)
        if len(block.buffer) >= BLOCK_SIZE:
            index.add(block.last, write_block(block.finish()))  # the last key separates
            block = _BlockBuilder(RESTART_INTERVAL)
    if block.buffer:
        index.add(block.last, write_block(block.finish()))
    meta_handle = write_block(_BlockBuilder(RESTART_INTERVAL).finish())
    index_handle = write_block(index.finish())
    footer = (meta_handle + index_handle).ljust(FOOTER_SIZE - 8, b"\x00")
    out.extend(footer + struct.pack("<Q", TABLE_MAGIC))
    return bytes(out)


# Bundles --------------------------------------------------------------------------------


def index_path(prefix: Path) -> Path:
    return prefix.with_name(prefix.name + ".index")


def read_index(prefix: str | Path) -> BundleIndex:
    """Decode `<prefix>.index`.

    Raises:
        BundleError: the file is missing, not a table, corrupt, big-endian, or has no header.
    """
    prefix = Path(prefix)
    path = index_path(prefix)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BundleError(f"cannot read {path}: {e.strerror or e}") from e
    header: bytes | None = None
    entries: dict[str, TensorEntry] = {}
    try:
        for key, value in _table_entries(data):
            if key == b"":
                header = bytes(value)
                continue
            name = key.decode("utf-8", errors="replace")
            entries[name] = _decode_entry(name, bytes(value))
    except BundleError as e:
        raise BundleError(f"{path}: {e}") from e
    if header is None:
        raise BundleError(f"{path}: no bundle header (not a TensorFlow V2 checkpoint)")
    fields = dict(_fields(header))
    if fields.get(2, 0) != 0:
        raise BundleError(f"{path}: a big-endian checkpoint; only little-endian ones are read")
    return BundleIndex(prefix=prefix, n_shards=int(fields.get(1, 1)), entries=entries)


def read_tensors(index: BundleIndex, names: Iterable[str]) -> dict[str, np.ndarray]:
    """Read tensors of a bundle, each checked against its CRC.

    Args:
        index: The bundle's decoded index (`read_index`).
        names: Tensors to read.

    Returns:
        name -> array of the stored dtype and shape (a new, writable array).

    Raises:
        BundleError: a name is not in the bundle, a data file is missing or short, a CRC
            does not match, or a tensor is sliced or of a type without fixed size (strings).
    """
    names = list(names)
    missing = [n for n in names if n not in index.entries]
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        raise BundleError(f"{index.prefix} holds no tensor {shown}")
    wanted = sorted(names, key=lambda n: (index.entries[n].shard, index.entries[n].offset))
    out: dict[str, np.ndarray] = {}
    files: dict[int, BinaryIO] = {}
    try:
        for name in wanted:
            entry = index.entries[name]
            if entry.sliced:
                raise BundleError(f"{name} is saved in slices (a partitioned variable)")
            if entry.dtype is None:
                raise BundleError(f"{name} has TensorFlow dtype {entry.dtype_code}, not numeric")
            n_items = int(np.prod(entry.shape, dtype=np.int64))
            if n_items * entry.dtype.itemsize != entry.size:
                raise BundleError(
                    f"{name}: {entry.size} bytes stored for shape {list(entry.shape)} of "
                    f"{entry.dtype}"
                )
            path = index.data_path(entry.shard)
            if entry.shard not in files:
                try:
                    files[entry.shard] = path.open("rb")
                except OSError as e:
                    raise BundleError(f"cannot read {path}: {e.strerror or e}") from e
            handle = files[entry.shard]
            buffer = bytearray(entry.size)
            handle.seek(entry.offset)
            if handle.readinto(buffer) != entry.size:
                raise BundleError(f"{path} ends inside {name} (truncated file)")
            if crc32c(buffer) != unmask(entry.crc32c):
                raise BundleError(f"{name} in {path}: checksum mismatch (corrupt file)")
            out[name] = np.frombuffer(buffer, entry.dtype).reshape(entry.shape)
    finally:
        for handle in files.values():
            handle.close()
    return out


def write_bundle(prefix: str | Path, tensors: Mapping[str, np.ndarray]) -> None:
    """Write `tensors` as a one-shard bundle that TensorFlow's `load_checkpoint` reads.

    The data file is written first and the index last, each to a temporary name then
    renamed, so a crash leaves no index pointing at missing data.

    Args:
        prefix: Checkpoint prefix (its folder must exist).
        tensors: name -> array of a dtype in `DTYPES` (stored little-endian, C order).

    Raises:
        BundleError: a dtype TensorFlow's bundle cannot hold here.
    """
    prefix = Path(prefix)
    names = sorted(tensors, key=lambda n: n.encode("utf-8"))
    entries: list[tuple[bytes, bytes]] = [(b"", _encode_header(1))]
    data_path = prefix.with_name(f"{prefix.name}.data-00000-of-00001")
    offset = 0
    with _atomic(data_path) as f:
        for name in names:
            array = np.asarray(tensors[name])
            code = _DTYPE_CODES.get(array.dtype.newbyteorder("<"))
            if code is None:
                raise BundleError(f"{name}: dtype {array.dtype} cannot be written")
            raw = np.ascontiguousarray(array, dtype=DTYPES[code]).tobytes()
            f.write(raw)
            value = _encode_entry(code, array.shape, offset, len(raw), mask(crc32c(raw)))
            entries.append((name.encode("utf-8"), value))
            offset += len(raw)
    with _atomic(index_path(prefix)) as f:
        f.write(_table(entries))


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[BinaryIO]:
    """A temporary file beside `path`, fsynced and renamed onto `path` if the block succeeds."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temp.open("wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
