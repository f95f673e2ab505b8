"""oscserver.protocol: literal datagrams in, typed requests or ProtocolErrors out; replies
with fixed tags, readable by python-osc's parser."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from pythonosc.osc_message import OscMessage

from oscserver import protocol
from oscserver.protocol import (
    Hello,
    Message,
    Note,
    ProtocolError,
    Query,
    Reply,
    Request,
    Set,
    Vocabulary,
)

from .conftest import future_timetag, load, osc_bundle, osc_message

#: A /nsynth/request as Max's [udpsend] sends it: req_id 7, x 0.5, pitch 60 (literal bytes).
MAX_REQUEST = (
    b"/nsynth/request\x00"
    b",isfsi\x00\x00"
    b"\x00\x00\x00\x07"
    b"x\x00\x00\x00"
    b"\x3f\x00\x00\x00"
    b"pitch\x00\x00\x00"
    b"\x00\x00\x00\x3c"
)

VOCAB = Vocabulary(
    keys=("source", "pitch", "gain", "weights"),
    kinds={"source": "string", "pitch": "pitch", "gain": "number", "weights": "list"},
    aliases={"scale": "gain"},
)


def test_literal_max_request_decodes():
    assert protocol.decode_packet(MAX_REQUEST) == [
        Message("/nsynth/request", "isfsi", (7, "x", 0.5, "pitch", 60))
    ]


def test_float32_arguments_read_as_the_decimal_sent():
    (message,) = protocol.decode_packet(osc_message("/a", 0.3, 0.1, 1.5, 1e-7, tags="ffff"))
    assert message.args == (0.3, 0.1, 1.5, 1e-7)
    assert protocol.shortest_float32(float("inf")) == float("inf")


def test_symbols_int64_and_doubles_are_read_as_their_kinds():
    data = osc_message("/a", "flute", 2**40, 0.25, tags="Shd")
    assert protocol.decode_message(data).args == ("flute", 2**40, 0.25)


def test_message_without_type_tags_and_arguments_is_accepted():
    assert protocol.decode_message(b"/nsynth/status\x00\x00") == Message("/nsynth/status", "", ())


@pytest.mark.parametrize(
    ("tags", "args", "name"),
    [
        ("T", (), "true"),
        ("F", (), "false"),
        ("N", (), "nil"),
        ("I", (), "infinitum"),
        ("c", ("a",), "char"),
        ("b", (b"blob",), "blob"),
        ("ic", (1, "a"), "char"),
    ],
)
def test_refused_tags_are_named_with_their_position(tags, args, name):
    with pytest.raises(ProtocolError) as e:
        protocol.decode_message(osc_message("/nsynth/hello", *args, tags=tags))
    assert e.value.code == protocol.BAD_TYPE
    assert f"argument {len(tags)} has OSC type {tags[-1]!r} ({name})" in e.value.message


def test_bad_type_in_a_request_keeps_its_req_id():
    with pytest.raises(ProtocolError) as e:
        protocol.decode_message(osc_message("/nsynth/request", 42, "x", tags="isT"))
    assert (e.value.code, e.value.req_id) == (protocol.BAD_TYPE, 42)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty datagram"),
        (b"hello world\n", "not an OSC message"),
        (b"/nsynth/status", "no terminating null"),
        (b"/nsynth/status\x00\x00iiii", "no type-tag string"),
        (osc_message("/a", 1)[:-2], "truncated"),
        (osc_message("/a", "abc")[:-4], "no terminating null"),
        (osc_message("/a", 1) + b"\x00\x00\x00\x00", "bytes after the last argument"),
        (b"/a\x00\x00,s\x00\x00\xff\xfe\x00\x00", "not UTF-8"),
    ],
)
def test_malformed_datagrams_are_explained(data, words):
    (error,) = protocol.decode_packet(data)
    assert isinstance(error, ProtocolError)
    assert error.code == protocol.MALFORMED
    assert words in error.message


def test_bundle_is_flattened_at_once_whatever_its_timetag():
    far_future = future_timetag(3600.0)
    data = osc_bundle(
        osc_message("/nsynth/status"), osc_message("/nsynth/note", 60, 100), timetag=far_future
    )
    assert [m.address for m in protocol.decode_packet(data)] == ["/nsynth/status", "/nsynth/note"]


def test_bad_bundle_element_is_an_error_in_its_place():
    data = osc_bundle(osc_message("/nsynth/status"), osc_message("/x", tags="T"))
    first, second = protocol.decode_packet(data)
    assert first.address == "/nsynth/status"
    assert second.code == protocol.BAD_TYPE


def test_nested_bundle_is_refused():
    inner = osc_bundle(osc_message("/nsynth/status"))
    (error,) = protocol.decode_packet(osc_bundle(inner))
    assert error.code == protocol.BAD_BUNDLE and "nested" in error.message


def test_oversized_bundle_is_refused():
    elements = [osc_message("/nsynth/status")] * (protocol.MAX_BUNDLE_ELEMENTS + 1)
    (error,) = protocol.decode_packet(osc_bundle(*elements))
    assert error.code == protocol.BAD_BUNDLE and str(protocol.MAX_BUNDLE_ELEMENTS) in error.message


@pytest.mark.parametrize(
    "data",
    [
        b"#bundle\x00\x00\x00",  # no time tag
        b"#bundle\x00" + b"\x00" * 8 + b"\x00\x00",  # size truncated
        b"#bundle\x00" + b"\x00" * 8 + struct.pack(">i", 400) + b"/a\x00\x00",  # size too big
        b"#bundle\x00" + b"\x00" * 8 + struct.pack(">i", -4),  # negative size
        b"#bundle\x00" + b"\x00" * 8 + struct.pack(">i", 3) + b"/a\x00",  # unaligned size
    ],
)
def test_broken_bundles_are_malformed(data):
    (error,) = protocol.decode_packet(data)
    assert error.code == protocol.MALFORMED


def test_datagram_over_the_limit_is_too_large():
    data = osc_message("/a", "x" * protocol.MAX_DATAGRAM_BYTES)
    (error,) = protocol.decode_packet(data)
    assert error.code == protocol.TOO_LARGE


# Requests -------------------------------------------------------------------------------


def parse(address, *args, tags=None):
    return protocol.parse_request(
        protocol.decode_message(osc_message(address, *args, tags=tags)), VOCAB
    )


@pytest.mark.parametrize(
    ("address", "args", "expected"),
    [
        ("/nsynth/hello", (9000,), Hello(9000)),
        ("/nsynth/hello", (9000.0,), Hello(9000)),  # Pd sends every number as a float
        ("/nsynth/note", (60.0, 100), Note(60, 100)),
        ("/nsynth/status", (), Query("/nsynth/status")),
        ("/nsynth/sources", (), Query("/nsynth/sources")),
        ("/nsynth/axes", (), Query("/nsynth/axes")),
        ("/nsynth/worker", (), Query("/nsynth/worker")),
        ("/nsynth/bye", (), protocol.Bye()),
        (
            "/nsynth/request",
            (1, "source", "flute", "pitch", 60, "gain", 1.5),
            Request(1, (("source", "flute"), ("pitch", 60), ("gain", 1.5))),
        ),
        ("/nsynth/request", (2.0, "scale", 2), Request(2, (("gain", 2),))),  # alias
        (
            "/nsynth/request",
            (3, "weights", 0.25, 0.75, "pitch", 61.0),
            Request(3, (("weights", [0.25, 0.75]), ("pitch", 61))),
        ),
        ("/nsynth/request", (4,), Request(4, ())),
        (
            "/nsynth/set",
            ("gain", 1.5, "source", "organ"),
            Set((("gain", 1.5), ("source", "organ"))),
        ),
    ],
)
def test_requests_parse(address, args, expected):
    assert parse(address, *args) == expected


@pytest.mark.parametrize(
    ("address", "args", "code", "words", "req_id"),
    [
        ("/nsynth/hello", (), "bad_count", "takes 1 arguments, got 0", -1),
        ("/nsynth/hello", (1, 2), "bad_count", "takes 1 arguments, got 2", -1),
        ("/nsynth/hello", ("x",), "bad_type", "must be a number", -1),
        ("/nsynth/hello", (0,), "bad_value", "reply_port=0 must be in [1, 65535]", -1),
        ("/nsynth/hello", (9000.5,), "bad_value", "whole number", -1),
        ("/nsynth/note", (60,), "bad_count", "takes 2", -1),
        ("/nsynth/note", (128, 1), "bad_value", "pitch=128", -1),
        ("/nsynth/note", (60, 200), "bad_value", "velocity=200", -1),
        ("/nsynth/status", (1,), "bad_count", "takes 0", -1),
        ("/nsynth/set", (), "bad_count", "at least one", -1),
        ("/nsynth/request", (), "bad_count", "<req_id>", -1),
        ("/nsynth/request", ("a",), "bad_type", "req_id", -1),
        (
            "/nsynth/request",
            (5, "color", 1),
            "unknown_key",
            "known: source, pitch, gain, weights, scale",
            5,
        ),
        ("/nsynth/request", (5, 1.0), "bad_type", "should be a key", 5),
        ("/nsynth/request", (5, "gain"), "bad_count", "has no value", 5),
        ("/nsynth/request", (5, "gain", "loud"), "bad_type", "must be a number", 5),
        ("/nsynth/request", (5, "gain", float("nan")), "bad_value", "finite", 5),
        ("/nsynth/request", (5, "source", 3), "bad_type", "must be a name", 5),
        ("/nsynth/request", (5, "pitch", 60.5), "bad_value", "whole number", 5),
        ("/nsynth/request", (5, "gain", 1, "scale", 2), "bad_value", "given twice", 5),
        ("/nsynth/request", (5, "weights", "pitch", 60), "bad_count", "has no value", 5),
        ("/nsynth/frobnicate", (), "unknown_address", "known: /nsynth/hello", -1),
    ],
)
def test_bad_requests_are_explained(address, args, code, words, req_id):
    with pytest.raises(ProtocolError) as e:
        parse(address, *args)
    assert e.value.code == code
    assert words in e.value.message
    assert e.value.req_id == req_id


def test_vocabulary_of_a_grid_spec(grid_dir: Path):
    vocab = protocol.vocabulary(load(grid_dir / "spec" / "spec.toml"))
    # A bilinear grid also takes `source`: a corner by name.
    assert vocab.keys == ("x", "y", "pitch", "gain", "source")
    assert vocab.kinds == {
        "x": "number", "y": "number", "pitch": "pitch", "gain": "number", "source": "string"
    }  # fmt: skip
    assert vocab.aliases == {"scale": "gain"}


# Replies ---------------------------------------------------------------------------------


def test_reply_bytes_are_fixed_by_address():
    assert protocol.welcome(3).encode() == (
        b"/nsynth/welcome\x00,si\x00" + b"1\x00\x00\x00" + b"\x00\x00\x00\x03"
    )
    # An int where a float belongs is sent as f: tags come from the address, not the value.
    data = protocol.status(1, 2, 3, 4, "idle").encode()
    assert OscMessage(data).params == [1, 2, 3, 4, "idle"]


@pytest.mark.parametrize(
    "reply",
    [
        protocol.welcome(10),
        protocol.sample(3, "/bank/a b.wav", "exact", 0.0, 1.0),
        protocol.voice(60, 100, "/bank/ü.wav", "blend", 0.25, 0.5),
        protocol.ready(3, "/bank/k.wav"),
        protocol.voice_ready(60, "/bank/k.wav", 1.5),
        protocol.error(-1, "bad_type", "x" * 1000),
        protocol.status(1, 0, 0, 0, "off"),
        protocol.source("flute"),
        protocol.SOURCES_END,
        protocol.axis("gain", 0, 2.5, 3),
        protocol.AXES_END,
        protocol.worker(-1, "off", 0),
        protocol.BYE_REPLY,
    ],
)
def test_every_reply_uses_only_i_f_s_and_python_osc_reads_it(reply: Reply):
    data = reply.encode()
    assert set(protocol.REPLY_TAGS[reply.address]) <= set("ifs")
    message = OscMessage(data)
    assert message.address == reply.address
    assert len(message.params) == len(reply.tags)
    assert len(data) <= protocol.MAX_DATAGRAM_BYTES


def test_long_error_messages_are_cut():
    assert len(protocol.error(1, "x", "y" * 5000).args[2]) == protocol.MAX_ERROR_CHARS


@pytest.mark.parametrize(
    "reply",
    [
        Reply("/nsynth/sample", (1, "p", "exact", 0.0)),  # count
        Reply("/nsynth/sample", (True, "p", "exact", 0.0, 1.0)),  # a bool is not an int
        Reply("/nsynth/sample", (1.0, "p", "exact", 0.0, 1.0)),  # a float is not an int
        Reply("/nsynth/welcome", (1, 2)),  # an int is not a string
    ],
)
def test_replies_refuse_values_of_the_wrong_kind(reply):
    with pytest.raises(protocol.OscServerError):
        reply.encode()


def test_prebuilt_sample_datagram_equals_the_reply():
    path = "/bank/abc.wav"
    fast = protocol.sample_datagram(9, protocol.encode_string(path), "nearest", 0.5, 0.75)
    assert fast == protocol.sample(9, path, "nearest", 0.5, 0.75).encode()
