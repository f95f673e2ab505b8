"""OSC protocol v1 of `nsynth-server`: datagrams -> typed requests, replies -> datagrams.

Pure functions and values only: no sockets, no threads, no clock. The full reference is
docs/protocol.md.

Decoding is our own rather than python-osc's `OscMessage`, because python-osc skips the
`c`, `S` and `I` type tags without consuming their data (so later arguments are misread)
and turns `T`/`F` into Python bools (which are ints). Here the type-tag string is read
first and every tag outside the accepted set is refused with its position and name:

    accepted: i (int32), f (float32), s (string), and, read as the same kinds,
              h (int64), d (float64), S (symbol)
    refused:  T F N I (no data), c, b, m, r, t, [ ] and anything else

An `f` argument is read as the shortest decimal its float32 stands for
(`shortest_float32`: 0.3f is 0.3, not 0.30000001192092896).

Bundles are flattened one level deep and their time tags are ignored (every message is
handled when it arrives; nothing waits for a time tag). A bundle inside a bundle, or a
bundle of more than MAX_BUNDLE_ELEMENTS messages, is refused.

Replies carry tags fixed per address (`REPLY_TAGS`), only `i`, `f` and `s`, never
inferred from Python types.
"""

from __future__ import annotations

import dataclasses
import math
import reprlib
import struct
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from precompute import perturb

if TYPE_CHECKING:
    from precompute.grid import GridSpec

#: Version string sent in `/nsynth/welcome`.
PROTOCOL_VERSION = "1"

#: Largest datagram read (bytes); a longer one is answered with `too_large`.
MAX_DATAGRAM_BYTES = 8192

#: Most messages one bundle may hold.
MAX_BUNDLE_ELEMENTS = 32

#: Longest error message sent back (characters); longer ones are cut.
MAX_ERROR_CHARS = 400

#: req_id of an error that belongs to no request (or whose request id is unknown).
NO_REQ_ID = -1

#: Velocity of a `/nsynth/note` that is a note-off (answered with nothing).
NOTE_OFF_VELOCITY = 0

#: Reply ports a client may register.
PORT_RANGE = (1, 65535)

_ALIGN = 4
_BUNDLE_TAG = b"#bundle\0"
_TIMETAG_BYTES = 8
_INT32 = struct.Struct(">i")
_INT64 = struct.Struct(">q")
_FLOAT32 = struct.Struct(">f")
_FLOAT64 = struct.Struct(">d")
_TWO_FLOATS = struct.Struct(">ff")
#: Largest finite float32: a reply's larger floats (a distance far off the grid) are sent
#: as this, since an `f` argument cannot hold them.
(_FLOAT32_MAX,) = _FLOAT32.unpack(b"\x7f\x7f\xff\xff")

#: Type tags whose arguments are read, by kind: ints, floats, strings.
_INT_TAGS = {"i": _INT32, "h": _INT64}
_STRING_TAGS = ("s", "S")

#: Names of the tags we refuse, for error messages.
_TAG_NAMES = {
    "T": "true",
    "F": "false",
    "N": "nil",
    "I": "infinitum",
    "c": "char",
    "b": "blob",
    "m": "MIDI",
    "r": "RGBA colour",
    "t": "time tag",
    "[": "array start",
    "]": "array end",
}

# Error codes (the second argument of /nsynth/error) -----------------------------------

MALFORMED = "malformed"  # not an OSC packet, or truncated / misaligned
BAD_TYPE = "bad_type"  # an argument of a type the address does not take
BAD_COUNT = "bad_count"  # too few or too many arguments
BAD_VALUE = "bad_value"  # right type, value out of range or not on the grid's terms
UNKNOWN_ADDRESS = "unknown_address"
UNKNOWN_KEY = "unknown_key"  # a recipe key that is not an axis or an operation name
BAD_BUNDLE = "bad_bundle"  # nested or oversized bundle
TOO_LARGE = "too_large"  # datagram over MAX_DATAGRAM_BYTES
RATE_LIMITED = "rate_limited"  # the client sent faster than the server's per-client limit
QUEUE_FULL = "queue_full"  # the background queue is full: the exact sound will not be made
RENDER_FAILED = "render_failed"  # background synthesis of the exact sound failed
NOT_AVAILABLE = "not_available"  # nothing in the bank can stand in (it is empty)
BUSY = "busy"  # too many new recipes wait to be worked out: this one was dropped
INTERNAL = "internal"  # a server bug; the message says what

ERROR_CODES = (
    MALFORMED,
    BAD_TYPE,
    BAD_COUNT,
    BAD_VALUE,
    UNKNOWN_ADDRESS,
    UNKNOWN_KEY,
    BAD_BUNDLE,
    TOO_LARGE,
    RATE_LIMITED,
    QUEUE_FULL,
    RENDER_FAILED,
    NOT_AVAILABLE,
    BUSY,
    INTERNAL,
)

# Addresses ----------------------------------------------------------------------------

HELLO = "/nsynth/hello"
BYE = "/nsynth/bye"
REQUEST = "/nsynth/request"
NOTE = "/nsynth/note"
SET = "/nsynth/set"
STATUS = "/nsynth/status"
SOURCES = "/nsynth/sources"
AXES = "/nsynth/axes"
WORKER = "/nsynth/worker"
KNOBMAP = "/nsynth/knobmap"

#: Every request address, in the order error messages list them.
REQUEST_ADDRESSES = (HELLO, BYE, REQUEST, NOTE, SET, STATUS, SOURCES, AXES, WORKER, KNOBMAP)

#: Type tags of every reply, by address. Only i, f and s (what Pd's [oscparse] reads).
REPLY_TAGS: dict[str, str] = {
    "/nsynth/welcome": "si",  # version, bank_size
    "/nsynth/sample": "issff",  # req_id, path, match, distance, rate
    "/nsynth/voice": "iissff",  # pitch, velocity, path, match, distance, rate
    "/nsynth/ready": "is",  # req_id, path
    "/nsynth/voice/ready": "isf",  # pitch, path, rate
    "/nsynth/error": "iss",  # req_id, code, message
    "/nsynth/status": "iiiis",  # bank_size, queued, rendering, done, state
    "/nsynth/source": "s",  # name
    "/nsynth/sources/end": "",
    "/nsynth/axis": "sffi",  # key, min, max, steps
    "/nsynth/axes/end": "",
    "/nsynth/worker": "isi",  # pid, state, restarts
    "/nsynth/knob": "isf",  # component, label, strength
    "/nsynth/knobmap/end": "",
    "/nsynth/bye": "",
}

#: Addresses only a server sends. A server that answered them could loop with another
#: server (or with itself) forever, so they are ignored.
REPLY_ONLY_ADDRESSES = frozenset(REPLY_TAGS) - frozenset(REQUEST_ADDRESSES)

#: `match` values of /nsynth/sample and /nsynth/voice.
MATCHES = ("exact", "nearest", "blend")


class OscServerError(Exception):
    """Base class of every error the `oscserver` package raises on purpose."""


class ProtocolError(OscServerError):
    """A datagram or message breaks the protocol; becomes one `/nsynth/error` reply.

    Attributes:
        code: One of ERROR_CODES.
        message: What is wrong, naming the value and what is allowed.
        req_id: The request's id when it could be read, else NO_REQ_ID.
        address: The message's address when it could be read, else "".
    """

    def __init__(self, code: str, message: str, *, req_id: int = NO_REQ_ID, address: str = ""):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.req_id = req_id
        self.address = address

    def with_context(self, *, req_id: int, address: str) -> ProtocolError:
        """The same error carrying a request id and address (for one raised deeper down)."""
        return ProtocolError(self.code, self.message, req_id=req_id, address=address)


# OSC values -----------------------------------------------------------------------------

Value = int | float | str


@dataclasses.dataclass(frozen=True)
class Message:
    """One decoded OSC message.

    Attributes:
        address: The OSC address, e.g. "/nsynth/request".
        tags: The type tags without the leading comma, e.g. "iss".
        args: The arguments: int for i/h, float for f/d, str for s/S.
    """

    address: str
    tags: str
    args: tuple[Value, ...]


def _padded(n: int) -> int:
    """n rounded up to a multiple of 4 (OSC's alignment)."""
    return (n + _ALIGN - 1) & ~(_ALIGN - 1)


def _read_string(data: bytes, start: int, what: str) -> tuple[str, int]:
    """OSC-string at `start` -> (text, index after its padding).

    "A sequence of non-null ASCII characters followed by a null, followed by 0-3
    additional null characters to make the total number of bits a multiple of 32"
    (OSC 1.0). UTF-8 is accepted too (paths and names from Max are UTF-8).
    """
    end = data.find(b"\0", start)
    if end < 0:
        raise ProtocolError(MALFORMED, f"{what} at byte {start} has no terminating null")
    after = _padded(end + 1)
    if after > len(data):
        raise ProtocolError(MALFORMED, f"{what} at byte {start} is not padded to 4 bytes")
    if data.count(b"\0", end, after) != after - end:
        raise ProtocolError(MALFORMED, f"{what} at byte {start} is padded with non-null bytes")
    try:
        return data[start:end].decode("utf-8"), after
    except UnicodeDecodeError as e:
        raise ProtocolError(MALFORMED, f"{what} at byte {start} is not UTF-8: {e}") from e


def shortest_float32(x: float) -> float:
    """The shortest decimal that rounds to the same float32 as `x` (0.3f -> 0.3).

    An `f` argument holds a float32: 0.3 typed in Max arrives as 0.30000001192092896.
    Reading it as the decimal the sender meant lets it match grid values written in
    decimal (a spec's 0.3) and keeps recipe keys free of float32 noise. Non-finite
    values are returned as they are.
    """
    if x == 0.0 or not math.isfinite(x):
        return x
    packed = _FLOAT32.pack(x)
    for digits in range(1, 10):
        y = float(f"{x:.{digits}g}")
        try:
            if _FLOAT32.pack(y) == packed:
                return y
        except OverflowError:  # rounded past float32's largest value
            continue
    return x


def encode_string(text: str) -> bytes:
    """An OSC-string: UTF-8, a null, nulls up to a multiple of 4 bytes."""
    raw = text.encode("utf-8") + b"\0"
    return raw + b"\0" * (_padded(len(raw)) - len(raw))


def decode_message(data: bytes) -> Message:
    """Decodes one OSC message (not a bundle).

    Args:
        data: The message's bytes.

    Returns:
        The message; its address starts with "/".

    Raises:
        ProtocolError: MALFORMED for bytes that are not a complete, aligned OSC message
            with a type-tag string (a message with no arguments may omit it); BAD_TYPE
            for a tag outside i f s h d S. The error carries the request id when the
            address is /nsynth/request and its first argument was read.
    """
    if not data:
        raise ProtocolError(MALFORMED, "empty datagram")
    if data[:1] != b"/":
        shown = data[:16]
        raise ProtocolError(MALFORMED, f"not an OSC message (starts with {shown!r}, not '/')")
    address, index = _read_string(data, 0, "address")
    if index == len(data):  # no type-tag string: only valid without arguments
        return Message(address, "", ())
    if data[index : index + 1] != b",":
        raise ProtocolError(
            MALFORMED, f"{address}: no type-tag string (byte {index} is not ',')", address=address
        )
    tag_text, index = _read_string(data, index, "type-tag string")
    tags = tag_text[1:]
    args: list[Value] = []
    try:
        for position, tag in enumerate(tags, start=1):
            if tag in _INT_TAGS:
                fmt = _INT_TAGS[tag]
                args.append(fmt.unpack_from(data, index)[0])
                index += fmt.size
            elif tag == "f":
                args.append(shortest_float32(_FLOAT32.unpack_from(data, index)[0]))
                index += _FLOAT32.size
            elif tag == "d":
                args.append(_FLOAT64.unpack_from(data, index)[0])
                index += _FLOAT64.size
            elif tag in _STRING_TAGS:
                text, index = _read_string(data, index, f"argument {position}")
                args.append(text)
            else:
                name = _TAG_NAMES.get(tag, "unknown")
                raise ProtocolError(
                    BAD_TYPE,
                    f"{address}: argument {position} has OSC type {tag!r} ({name}); "
                    "accepted: i, f, s (and h, d, S)",
                )
        if index != len(data):
            raise ProtocolError(
                MALFORMED,
                f"{address}: {len(data) - index} bytes after the last argument (tags ',{tags}')",
            )
    except struct.error as e:
        raise ProtocolError(
            MALFORMED, f"{address}: truncated at byte {index} (tags ',{tags}'): {e}"
        ).with_context(req_id=_req_id_of(address, args), address=address) from e
    except ProtocolError as e:
        raise e.with_context(req_id=_req_id_of(address, args), address=address) from None
    return Message(address, tags, tuple(args))


def _req_id_of(address: str, args: Sequence[Value]) -> int:
    """The request id of a (partly read) /nsynth/request, or NO_REQ_ID."""
    if address != REQUEST or not args:
        return NO_REQ_ID
    try:
        return _whole(args[0], "req_id", (-(2**31), 2**31 - 1))
    except ProtocolError:
        return NO_REQ_ID


def decode_packet(data: bytes) -> list[Message | ProtocolError]:
    """Decodes a datagram: one message, or a bundle of messages (one level deep).

    A bundle's time tag is ignored: its messages are returned at once, in order. A bad
    element of a bundle becomes a ProtocolError in its place; the others still decode.

    Args:
        data: The datagram.

    Returns:
        Messages and errors, in datagram order (one entry for a plain message).
    """
    if len(data) > MAX_DATAGRAM_BYTES:
        return [
            ProtocolError(
                TOO_LARGE, f"datagram of {len(data)} bytes; the limit is {MAX_DATAGRAM_BYTES}"
            )
        ]
    if not data.startswith(_BUNDLE_TAG):
        try:
            return [decode_message(data)]
        except ProtocolError as e:
            return [e]
    return _decode_bundle(data)


def _decode_bundle(data: bytes) -> list[Message | ProtocolError]:
    index = len(_BUNDLE_TAG) + _TIMETAG_BYTES
    if len(data) < index:
        return [ProtocolError(MALFORMED, f"bundle of {len(data)} bytes has no time tag")]
    elements: list[bytes] = []
    while index < len(data):
        if len(data) - index < _INT32.size:
            return [ProtocolError(MALFORMED, f"bundle element size truncated at byte {index}")]
        (size,) = _INT32.unpack_from(data, index)
        index += _INT32.size
        if size <= 0 or size % _ALIGN or index + size > len(data):
            return [
                ProtocolError(
                    MALFORMED,
                    f"bundle element at byte {index - 4} has size {size} "
                    f"({len(data) - index} bytes left; sizes are positive multiples of 4)",
                )
            ]
        elements.append(data[index : index + size])
        index += size
        if len(elements) > MAX_BUNDLE_ELEMENTS:
            return [
                ProtocolError(
                    BAD_BUNDLE, f"bundle of more than {MAX_BUNDLE_ELEMENTS} elements refused"
                )
            ]
    out: list[Message | ProtocolError] = []
    for element in elements:
        if element.startswith(b"#bundle"):
            out.append(ProtocolError(BAD_BUNDLE, "nested bundles are not accepted"))
            continue
        try:
            out.append(decode_message(element))
        except ProtocolError as e:
            out.append(e)
    return out


# Argument coercion ---------------------------------------------------------------------


def _number(value: Value, what: str) -> int | float:
    """An int or a finite float (Pd sends every number as a float, Max ints for integers)."""
    if isinstance(value, str):
        raise ProtocolError(BAD_TYPE, f"{what}={value!r} must be a number, not a string")
    if isinstance(value, float) and not math.isfinite(value):
        raise ProtocolError(BAD_VALUE, f"{what}={value!r} must be finite")
    return value


def _whole(value: Value, what: str, bounds: tuple[int, int]) -> int:
    """A whole number (int, or a float without fraction) within bounds, as int."""
    number = _number(value, what)
    if isinstance(number, float):
        if not number.is_integer():
            raise ProtocolError(BAD_VALUE, f"{what}={number!r} must be a whole number")
        number = int(number)
    low, high = bounds
    if not low <= number <= high:
        raise ProtocolError(BAD_VALUE, f"{what}={number} must be in [{low}, {high}]")
    return number


# Recipe vocabulary ----------------------------------------------------------------------

#: Kinds of recipe keys: what values they take.
NUMBER, STRING, LIST, PITCH = "number", "string", "list", "pitch"


@dataclasses.dataclass(frozen=True)
class Vocabulary:
    """The recipe keys a bank's grid spec gives clients.

    Attributes:
        keys: Axis names in spec order (base axes, pitch, edit axes).
        kinds: Each key's kind: NUMBER, STRING (a source name), LIST (one or more values
            up to the next key) or PITCH (a whole MIDI number).
        aliases: Operation name -> the axis that sweeps it, for operations swept by
            exactly one axis under another name ("scale 1.5" for an axis named "gain").
    """

    keys: tuple[str, ...]
    kinds: Mapping[str, str]
    aliases: Mapping[str, str]

    def resolve(self, name: str) -> str | None:
        """The axis a key names (itself or through an alias), or None."""
        if name in self.kinds:
            return name
        return self.aliases.get(name)

    def known(self) -> list[str]:
        """Every key a request may use: axis names, then aliases."""
        return [*self.keys, *(a for a in self.aliases if a not in self.kinds)]


def vocabulary(spec: GridSpec) -> Vocabulary:
    """The recipe keys of a grid spec (pure: reads the loaded spec object only)."""
    kinds: dict[str, str] = {}
    for axis in spec.axes:
        values = axis.values
        if axis.name == "pitch":
            kinds[axis.name] = PITCH
        elif all(isinstance(v, str) for v in values):
            kinds[axis.name] = STRING
        elif any(isinstance(v, list) for v in values):
            kinds[axis.name] = LIST
        else:
            kinds[axis.name] = NUMBER
    if spec.mode == "bilinear":  # a corner by name: the point that is that source alone
        kinds["source"] = STRING
    by_operation: dict[str, list[str]] = {}
    for axis in spec.axes:
        if axis.operation is not None:
            by_operation.setdefault(axis.operation, []).append(axis.name)
    aliases = {
        op: names[0]
        for op, names in by_operation.items()
        if len(names) == 1 and op not in kinds and op in perturb.OPERATIONS
    }
    return Vocabulary(keys=tuple(kinds), kinds=kinds, aliases=aliases)


Settings = tuple[tuple[str, Any], ...]


def parse_settings(args: Sequence[Value], vocab: Vocabulary, *, first: int = 1) -> Settings:
    """A flat key/value list -> ((axis name, value), ...) in the order given.

    A key is followed by one value, or (LIST keys) by every value up to the next known
    key. Numbers may be ints or floats; PITCH values must be whole MIDI numbers.
    Whether a value lies on or between the grid's values is the grid's business
    (`grid.point_at`), not checked here.

    Args:
        args: The arguments holding the pairs.
        vocab: The bank's recipe keys.
        first: Argument number of args[0], for error messages (1-based).

    Returns:
        Pairs with keys resolved to axis names (aliases replaced).

    Raises:
        ProtocolError: UNKNOWN_KEY (listing the known keys), BAD_TYPE (a key that is
            not a string, a string where a number belongs), BAD_COUNT (a key without a
            value), BAD_VALUE (a key given twice, a bad pitch, a non-finite number).
    """
    pairs: list[tuple[str, Any]] = []
    seen: set[str] = set()
    i = 0
    while i < len(args):
        token = args[i]
        if not isinstance(token, str):
            raise ProtocolError(
                BAD_TYPE, f"argument {first + i} ({token!r}) should be a key (a string)"
            )
        axis = vocab.resolve(token)
        if axis is None:
            raise ProtocolError(
                UNKNOWN_KEY,
                f"unknown key {reprlib.repr(token)}; known: {', '.join(vocab.known())}",
            )
        if axis in seen:
            raise ProtocolError(BAD_VALUE, f"key {token!r} given twice")
        seen.add(axis)
        kind = vocab.kinds[axis]
        j = i + 1
        if kind == LIST:
            while j < len(args) and not (
                isinstance(args[j], str) and vocab.resolve(args[j]) is not None
            ):
                j += 1
        else:
            j = min(i + 2, len(args))
        values = args[i + 1 : j]
        if not values:
            raise ProtocolError(BAD_COUNT, f"key {token!r} (argument {first + i}) has no value")
        where = f"{token} (argument {first + i + 1})"
        if kind == PITCH:
            value: Any = _whole(values[0], where, perturb.MIDI_RANGE)
        elif kind == NUMBER:
            value = _number(values[0], where)
        elif kind == STRING:
            if not isinstance(values[0], str):
                raise ProtocolError(BAD_TYPE, f"{where}={values[0]!r} must be a name (a string)")
            value = values[0]
        else:
            value = [v if isinstance(v, str) else _number(v, where) for v in values]
        pairs.append((axis, value))
        i = j
    return tuple(pairs)


# Requests -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Hello:
    """`/nsynth/hello <reply_port:i>`: register where replies go."""

    reply_port: int


@dataclasses.dataclass(frozen=True)
class Bye:
    """`/nsynth/bye`: forget the client's registration and settings (extension)."""


@dataclasses.dataclass(frozen=True)
class Request:
    """`/nsynth/request <req_id:i> <key> <value> ...`: ask for the sound of a recipe.

    Attributes:
        req_id: The client's id for the request, echoed in the replies.
        settings: (axis name, value) pairs; axes not given take the spec's defaults.
    """

    req_id: int
    settings: Settings


@dataclasses.dataclass(frozen=True)
class Note:
    """`/nsynth/note <pitch:i> <velocity:i>`: a live trigger at the client's settings."""

    pitch: int
    velocity: int


@dataclasses.dataclass(frozen=True)
class Set:
    """`/nsynth/set <key> <value> ...`: change the client's settings for notes."""

    settings: Settings


@dataclasses.dataclass(frozen=True)
class Query:
    """A request without arguments: /nsynth/status, /sources, /axes, /worker or /knobmap.

    Attributes:
        address: Which one.
    """

    address: str


ParsedRequest = Hello | Bye | Request | Note | Set | Query

_NO_ARGUMENTS = (BYE, STATUS, SOURCES, AXES, WORKER, KNOBMAP)
_REQ_ID_RANGE = (-(2**31), 2**31 - 1)


def _count(message: Message, expected: int) -> None:
    if len(message.args) != expected:
        raise ProtocolError(
            BAD_COUNT,
            f"{message.address} takes {expected} arguments, got {len(message.args)} "
            f"(tags ',{message.tags}')",
        )


def parse_request(message: Message, vocab: Vocabulary) -> ParsedRequest:
    """A decoded message -> the typed request it is.

    Args:
        message: A decoded message.
        vocab: The bank's recipe keys.

    Returns:
        Hello, Bye, Request, Note, Set or Query.

    Raises:
        ProtocolError: UNKNOWN_ADDRESS (listing the known ones), BAD_COUNT, BAD_TYPE,
            BAD_VALUE or UNKNOWN_KEY; it carries the req_id of a /nsynth/request whose
            id could be read.
    """
    address, args = message.address, message.args
    if address == REQUEST:
        if not args:
            raise ProtocolError(BAD_COUNT, f"{REQUEST} needs <req_id> and a recipe")
        req_id = _whole(args[0], "req_id", _REQ_ID_RANGE)
        try:
            return Request(req_id, parse_settings(args[1:], vocab, first=2))
        except ProtocolError as e:
            raise e.with_context(req_id=req_id, address=address) from None
    if address == HELLO:
        _count(message, 1)
        return Hello(_whole(args[0], "reply_port", PORT_RANGE))
    if address == NOTE:
        _count(message, 2)
        return Note(
            _whole(args[0], "pitch", perturb.MIDI_RANGE), _whole(args[1], "velocity", (0, 127))
        )
    if address == SET:
        if not args:
            raise ProtocolError(BAD_COUNT, f"{SET} needs at least one <key> <value> pair")
        return Set(parse_settings(args, vocab))
    if address in _NO_ARGUMENTS:
        _count(message, 0)
        return Bye() if address == BYE else Query(address)
    raise ProtocolError(
        UNKNOWN_ADDRESS,
        f"unknown address {reprlib.repr(address)}; known: {', '.join(REQUEST_ADDRESSES)}",
        address=address,
    )


# Replies ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Reply:
    """One reply message. Its tags come from REPLY_TAGS[address], never from the values.

    Attributes:
        address: A key of REPLY_TAGS.
        args: Values in tag order: int for i, float for f, str for s.
    """

    address: str
    args: tuple[Value, ...] = ()

    @property
    def tags(self) -> str:
        return REPLY_TAGS[self.address]

    def encode(self) -> bytes:
        """The reply as one OSC message (bytes).

        Raises:
            OscServerError: An argument of the wrong kind for its tag, or a wrong count
                (a server bug, never a client's doing).
        """
        tags = REPLY_TAGS[self.address]
        if len(self.args) != len(tags):
            raise OscServerError(f"{self.address} takes {len(tags)} values, got {self.args!r}")
        parts = [encode_string(self.address), encode_string("," + tags)]
        for tag, value in zip(tags, self.args, strict=True):
            if tag == "i" and isinstance(value, int) and not isinstance(value, bool):
                parts.append(_INT32.pack(value))
            elif tag == "f" and isinstance(value, int | float) and not isinstance(value, bool):
                parts.append(_FLOAT32.pack(_float32_range(value)))
            elif tag == "s" and isinstance(value, str):
                parts.append(encode_string(value))
            else:
                raise OscServerError(f"{self.address}: {value!r} cannot be sent as {tag!r}")
        return b"".join(parts)


def welcome(bank_size: int) -> Reply:
    return Reply("/nsynth/welcome", (PROTOCOL_VERSION, bank_size))


def sample(req_id: int, path: str, match: str, distance: float, rate: float) -> Reply:
    return Reply("/nsynth/sample", (req_id, path, match, distance, rate))


def voice(pitch: int, velocity: int, path: str, match: str, distance: float, rate: float) -> Reply:
    return Reply("/nsynth/voice", (pitch, velocity, path, match, distance, rate))


def ready(req_id: int, path: str) -> Reply:
    return Reply("/nsynth/ready", (req_id, path))


def voice_ready(pitch: int, path: str, rate: float) -> Reply:
    return Reply("/nsynth/voice/ready", (pitch, path, rate))


def error(req_id: int, code: str, message: str) -> Reply:
    if len(message) > MAX_ERROR_CHARS:
        message = message[: MAX_ERROR_CHARS - 3] + "..."
    return Reply("/nsynth/error", (req_id, code, message))


def error_for(e: ProtocolError) -> Reply:
    return error(e.req_id, e.code, e.message)


def status(bank_size: int, queued: int, rendering: int, done: int, state: str) -> Reply:
    return Reply("/nsynth/status", (bank_size, queued, rendering, done, state))


def source(name: str) -> Reply:
    return Reply("/nsynth/source", (name,))


def axis(key: str, low: float, high: float, steps: int) -> Reply:
    return Reply("/nsynth/axis", (key, low, high, steps))


def worker(pid: int, state: str, restarts: int) -> Reply:
    return Reply("/nsynth/worker", (pid, state, restarts))


def knob(component: int, label: str, strength: float) -> Reply:
    return Reply("/nsynth/knob", (component, label, strength))


SOURCES_END = Reply("/nsynth/sources/end")
AXES_END = Reply("/nsynth/axes/end")
KNOBMAP_END = Reply("/nsynth/knobmap/end")
BYE_REPLY = Reply("/nsynth/bye")

# Prebuilt answers (the server's hot path) -----------------------------------------------

#: Every /nsynth/sample datagram starts with these bytes; its req_id follows them.
SAMPLE_HEAD = encode_string("/nsynth/sample") + encode_string(",issff")
_MATCH_BYTES = {m: encode_string(m) for m in MATCHES}


def sample_datagram(
    req_id: int, path_osc: bytes, match: str, distance: float, rate: float
) -> bytes:
    """`sample(...).encode()` from a path already encoded with `encode_string`.

    The server keeps every bank path encoded, so an exact hit costs two packs and a join.
    `distance` >= 0 is clipped to float32's range as in `Reply.encode`; `rate`, a
    repitching factor of at most 2 ** (127 / 12), always fits.
    """
    if distance > _FLOAT32_MAX:  # inline: this runs for every answer
        distance = _FLOAT32_MAX
    return b"".join(
        (
            SAMPLE_HEAD,
            _INT32.pack(req_id),
            path_osc,
            _MATCH_BYTES[match],
            _TWO_FLOATS.pack(distance, rate),
        )
    )


def _float32_range(x: float) -> float:
    """`x` clipped to float32's finite range (NaN passes)."""
    return x if -_FLOAT32_MAX <= x <= _FLOAT32_MAX or x != x else math.copysign(_FLOAT32_MAX, x)
