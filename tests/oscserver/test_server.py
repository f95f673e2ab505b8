"""The server over real UDP sockets (in-process, no worker): every address, every error
path, answers (exact, nearest, blend, repitched), the job queue, hot reload, floods."""

from __future__ import annotations

import contextlib
import math
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from oscserver import answers as answers_module
from oscserver import lookup, protocol
from oscserver.config import ServerConfig, ServerError
from oscserver.jobs import JobError
from precompute.bank import Bank
from precompute.model.config import TINY

from .conftest import (
    CORNERS,
    ENV,
    REPO,
    OscClient,
    Running,
    add_render,
    fill_bank,
    future_timetag,
    knobs_json,
    not_center,
    osc_bundle,
    osc_message,
    point_at,
)

pytestmark = pytest.mark.sockets

CENTER = ("x", 0.5, "y", 0.5)


@pytest.fixture
def server(serve, bank_dir: Path) -> Running:
    return serve(bank_dir)


@pytest.fixture
def spec_path(grid_dir: Path) -> Path:
    return grid_dir / "spec" / "spec.toml"


def status(client: OscClient) -> tuple:
    client.send("/nsynth/status")
    return client.expect("/nsynth/status")


def test_hello_is_welcomed_with_version_and_bank_size(server: Running):
    client = server.client(hello=False)
    client.send("/nsynth/hello", client.port)
    assert client.expect("/nsynth/welcome") == (protocol.PROTOCOL_VERSION, 32)


def test_exact_hit(server: Running, spec_path: Path, fingerprint: str, bank_dir: Path):
    client = server.client()
    client.send("/nsynth/request", 7, "x", 1.0, "y", 0.0, "pitch", 67, "gain", 1.5)
    req_id, path, match, distance, rate = client.expect("/nsynth/sample")
    key = point_at(spec_path, fingerprint, x=1.0, y=0.0, pitch=67, gain=1.5).key
    assert (req_id, path, match, distance, rate) == (
        7,
        str(bank_dir / f"{key}.wav"),
        "exact",
        0.0,
        1.0,
    )
    assert Path(path).is_file()
    assert status(client)[:2] == (32, 0)  # nothing queued


def test_missing_axes_take_the_spec_defaults(server: Running, spec_path: Path, fingerprint: str):
    client = server.client()
    client.send("/nsynth/request", 1)  # x 0, y 0, pitch 60, gain 1.0: the first values
    _, path, match, _, _ = client.expect("/nsynth/sample")
    assert match == "exact"
    assert Path(path).stem == point_at(spec_path, fingerprint).key


def test_floats_ints_and_symbols_are_interchangeable(server: Running):
    client = server.client()
    client.send(
        "/nsynth/request", 1.0, "x", 1, "y", 0, "pitch", 67.0, "gain", 1.5, tags="fsisisfsf"
    )
    client.send(
        "/nsynth/request", 2, "x", 1.0, "y", 0.0, "pitch", 67, "gain", 1.5, tags="iSdSdSiSd"
    )
    first, second = client.expect("/nsynth/sample"), client.expect("/nsynth/sample")
    assert first[1:] == second[1:] and first[2] == "exact"


def test_nearest_answer_queues_the_exact_recipe(server: Running, spec_path: Path, fingerprint: str):
    client = server.client()
    client.send("/nsynth/request", 3, "x", 0.1, "y", 0.0)
    req_id, path, match, distance, rate = client.expect("/nsynth/sample")
    assert (req_id, match, rate) == (3, "nearest", 1.0)
    assert Path(path).stem == point_at(spec_path, fingerprint).key  # (0, 0) is 0.1 away
    assert distance == pytest.approx(0.1)
    assert status(client)[1:3] == (1, 0)
    client.send("/nsynth/request", 4, "x", 0.1, "y", 0.0)  # deduplicated
    client.expect("/nsynth/sample")
    assert status(client)[1] == 1


def test_blend_is_the_documented_mix_in_the_bank_cache(
    server: Running, spec_path: Path, fingerprint: str, bank_dir: Path
):
    client = server.client()
    client.send("/nsynth/request", 5, *CENTER)
    req_id, path, match, distance, rate = client.expect("/nsynth/sample")
    assert (req_id, match, rate) == (5, "blend", 1.0)
    assert distance == pytest.approx(0.5)  # four neighbours, each half a span away
    path = Path(path)
    assert path.parent == bank_dir / "cache" / "blends" and path.is_file()
    parts = [
        point_at(spec_path, fingerprint, x=x, y=y)
        for x, y in ((0.5, 0.0), (0.0, 0.5), (1.0, 0.5), (0.5, 1.0))
    ]
    clips = [sf.read(bank_dir / f"{p.key}.wav", dtype="float32")[0] for p in parts]
    expected = lookup.mix(clips, [0.25] * 4)
    audio, rate_hz = sf.read(path, dtype="float32")
    assert rate_hz == TINY.sample_rate_hz
    np.testing.assert_allclose(audio, expected, atol=1e-6)
    client.send("/nsynth/request", 6, *CENTER)  # served from the cache file
    assert client.expect("/nsynth/sample")[1:3] == (str(path), "blend")


def test_a_blend_that_cannot_be_written_serves_its_nearest_part(
    server: Running, spec_path: Path, fingerprint: str, bank_dir: Path
):
    blends = bank_dir / "cache" / "blends"
    shutil.rmtree(blends)
    blends.write_text("not a folder")
    client = server.client()
    client.send("/nsynth/request", 1, "x", 0.3, "y", 0.8)
    _, path, match, distance, _ = client.expect("/nsynth/sample")
    assert Path(path).stem == point_at(spec_path, fingerprint, x=0.5, y=1.0).key
    assert (match, distance) == ("nearest", pytest.approx(math.sqrt(0.2**2 + 0.2**2)))


def test_blend_cache_keeps_to_its_budget_and_remakes_what_it_dropped(serve, bank_dir: Path):
    # Blends of 1024 float samples take about 4.1 kB: room for two.
    client = serve(bank_dir, blend_cache_mb=0.009).client()
    paths = []
    for i, (x, y) in enumerate(((0.5, 0.5), (0.25, 0.0), (0.0, 0.25))):
        client.send("/nsynth/request", i, "x", x, "y", y)
        _, path, match, _, _ = client.expect("/nsynth/sample")
        assert match == "blend" and Path(path).is_file()
        paths.append(Path(path))
    assert not paths[0].exists()  # the least recently served was deleted
    assert len(list(paths[0].parent.glob("*.wav"))) == 2
    client.send("/nsynth/request", 9, *CENTER)
    assert client.expect("/nsynth/sample")[1:3] == (str(paths[0]), "blend")
    assert paths[0].is_file()  # made again


def test_requested_pitch_the_sources_lack_is_repitched(
    server: Running, spec_path: Path, fingerprint: str
):
    client = server.client()
    client.send("/nsynth/request", 1, "pitch", 62)  # C4's recipe, two semitones up
    _, path, match, distance, rate = client.expect("/nsynth/sample")
    assert (match, distance) == ("nearest", 0.0)
    assert rate == pytest.approx(2 ** (2 / 12))
    assert Path(path).stem == point_at(spec_path, fingerprint, pitch=60).key
    client.send("/nsynth/request", 2, "pitch", 64)  # nearer to G4: three semitones down
    _, path, match, _, rate = client.expect("/nsynth/sample")
    assert rate == pytest.approx(2 ** (-3 / 12))
    assert Path(path).stem == point_at(spec_path, fingerprint, pitch=67).key
    assert status(client)[1] == 0  # nothing better can be synthesized


def test_blend_between_renders_is_repitched_from_the_nearest_pitch(server: Running):
    client = server.client()
    client.send("/nsynth/request", 1, *CENTER, "pitch", 66)
    _, _, match, _, rate = client.expect("/nsynth/sample")
    assert match == "blend"
    assert rate == pytest.approx(2 ** (-1 / 12))


def test_nearest_only_policy_never_blends(serve, bank_dir: Path):
    nearest = serve(bank_dir, answer="nearest").client()
    nearest.send("/nsynth/request", 1, *CENTER)
    assert nearest.expect("/nsynth/sample")[2] == "nearest"


def test_embedding_metric_ranks_by_embedding_distance(serve, grid_dir: Path, fingerprint: str):
    bank = grid_dir / "bank2"
    fill_bank(
        bank,
        grid_dir / "spec" / "spec.toml",
        fingerprint,
        keep=lambda p: dict(p.coords)["x"] != 0.5,
    )
    client = serve(bank, metric="embedding").client()
    client.send("/nsynth/request", 1, "x", 0.5, "y", 0.0)
    _, _, match, distance, _ = client.expect("/nsynth/sample")
    assert match in ("nearest", "blend") and distance > 0
    client.send("/nsynth/request", 2, "x", 1.0, "y", 0.0)
    assert client.expect("/nsynth/sample")[2:4] == ("exact", 0.0)


def test_note_plays_the_clients_settings(server: Running, spec_path: Path, fingerprint: str):
    client = server.client()
    client.send("/nsynth/set", "x", 1.0, "gain", 1.5)
    client.send("/nsynth/note", 67, 100)
    pitch, velocity, path, match, distance, rate = client.expect("/nsynth/voice")
    assert (pitch, velocity, match, distance, rate) == (67, 100, "exact", 0.0, 1.0)
    assert Path(path).stem == point_at(spec_path, fingerprint, x=1.0, pitch=67, gain=1.5).key
    client.send("/nsynth/note", 67, 0)  # note-off: no answer
    assert client.silent()
    other = server.client()  # settings belong to one client
    other.send("/nsynth/note", 60, 90)
    assert Path(other.expect("/nsynth/voice")[2]).stem == point_at(spec_path, fingerprint).key


def test_set_refuses_values_the_grid_does_not_take(server: Running):
    client = server.client()
    client.send("/nsynth/set", "x", 1.0, "gain", 1.5)
    client.send("/nsynth/set", "x", 1.5)
    code, message = client.error()[1:]
    assert code == "bad_value" and "x=1.5" in message
    client.send("/nsynth/note", 60, 100)
    answer = client.expect("/nsynth/voice")
    assert answer[3] == "exact"  # x 1.0 again, not the default 0.0
    client.send("/nsynth/request", 1, "x", 1.0, "gain", 1.5)
    assert client.expect("/nsynth/sample")[1] == answer[2]


def test_sources_axes_status_worker_and_bye(server: Running):
    client = server.client()
    client.send("/nsynth/sources")
    names = [client.expect("/nsynth/source")[0] for _ in CORNERS]
    assert names == list(CORNERS)
    client.expect("/nsynth/sources/end")
    client.send("/nsynth/axes")
    axes = [client.expect("/nsynth/axis") for _ in range(4)]
    assert axes == [
        ("x", 0.0, 1.0, 3),
        ("y", 0.0, 1.0, 3),
        ("pitch", 60.0, 67.0, 2),
        ("gain", 1.0, 1.5, 2),
    ]
    client.expect("/nsynth/axes/end")
    assert status(client) == (32, 0, 0, 0, "off")
    client.send("/nsynth/worker")
    assert client.expect("/nsynth/worker") == (-1, "off", 0)
    client.send("/nsynth/bye")
    client.expect("/nsynth/bye")


def test_a_source_on_a_bilinear_bank_is_its_corner(server: Running):
    client = server.client()
    for (x, y), name in zip([(0, 0), (1, 0), (0, 1), (1, 1)], CORNERS, strict=True):
        client.send("/nsynth/request", 1, "x", x, "y", y, "gain", 1.5)
        path = client.expect("/nsynth/sample")[1]
        client.send("/nsynth/request", 2, "source", name, "gain", 1.5)
        assert client.expect("/nsynth/sample")[:3] == (2, path, "exact")
        # A corner by name overrides x and y (a player sends its pad sliders too) ...
        client.send("/nsynth/request", 3, "x", 0.5, "y", 0.5, "source", name, "gain", 1.5)
        assert client.expect("/nsynth/sample")[:3] == (3, path, "exact")
    # ... and notes play it after /nsynth/set.
    client.send("/nsynth/set", "x", 0.5, "source", CORNERS[1], "gain", 1.0)
    client.send("/nsynth/note", 60, 100)
    client.send("/nsynth/request", 4, "x", 1, "y", 0, "pitch", 60)
    voice, sample = client.expect("/nsynth/voice"), client.expect("/nsynth/sample")
    assert voice[2:4] == (sample[1], "exact")
    client.send("/nsynth/request", 5, "source", "cello")
    assert client.error() == (
        5, "bad_value", f"source 'cello' is not a corner; corners: {list(CORNERS)}"
    )  # fmt: skip


def knobmap(client: OscClient) -> list[tuple]:
    client.send("/nsynth/knobmap")
    knobs = []
    while (reply := client.recv())[0] != "/nsynth/knobmap/end":
        assert reply[0] == "/nsynth/knob"
        knobs.append(reply[1])
    return knobs


def test_knobmap_answers_each_components_label_from_the_banks_knob_map(
    serve, bank_dir: Path, spec_path: Path, fingerprint: str
):
    def served() -> list[tuple]:
        running = serve(bank_dir)
        knobs = knobmap(running.client())
        running.close()  # (one server per bank)
        return knobs

    assert served() == []  # no knobs.json: an empty list
    shorts = ["pitch+", "loud-", *["none"] * 14]
    knobs_json(spec_path.parent / "knobs.json", fingerprint, ["bright+"] * 16)
    knobs_json(bank_dir / "knobs.json", fingerprint, shorts)  # the bank's comes first
    assert served() == [(c, short, 2.5 * c) for c, short in enumerate(shorts)]
    (bank_dir / "knobs.json").unlink()  # then the one beside the spec
    assert [k[1] for k in served()] == ["bright+"] * 16


def test_a_knob_map_of_another_checkpoint_is_not_served(
    serve, bank_dir: Path, caplog: pytest.LogCaptureFixture
):
    knobs_json(bank_dir / "knobs.json", "0123456789abcdef", ["pitch+"] * 16)
    assert knobmap(serve(bank_dir).client()) == []
    assert "describes checkpoint 0123456789abcdef" in caplog.text


def test_a_bad_knob_map_is_named(grid_dir: Path, bank_dir: Path, fingerprint: str):
    spec = grid_dir / "spec" / "spec.toml"
    bad = knobs_json(grid_dir / "bad.json", fingerprint, ["pitch+"] * 16)
    bad.write_text(bad.read_text().replace('"short": "pitch+", ', "", 1))
    with pytest.raises(ServerError, match=r"--knob-map: .*bad.json: knobs\[0\]: 'label' and"):
        Running(ServerConfig(bank=bank_dir, spec=spec, port=0, knob_map=bad, worker=False))
    (grid_dir / "other.json").write_text('{"format": "nsynth-knobs", "version": 9}')
    with pytest.raises(ServerError, match=r"other.json: knob map version 9; this version reads 1"):
        Running(ServerConfig(bank=bank_dir, spec=spec, port=0, knob_map=grid_dir / "other.json",
                             worker=False))  # fmt: skip


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (osc_message("/nsynth/frobnicate", 1), "unknown_address", "known: /nsynth/hello"),
        (osc_message("/nsynth/request", 9, "colour", 1), "unknown_key", "known: x, y, pitch, gain"),
        (osc_message("/nsynth/request", 9, "x", 1.5), "bad_value", "x=1.5"),
        (osc_message("/nsynth/request", 9, "pitch", 200), "bad_value", "pitch"),
        (osc_message("/nsynth/request", 9, "x", tags="isT"), "bad_type", "'T' (true)"),
        (osc_message("/nsynth/request", 9, "x", "a", tags="isc"), "bad_type", "'c' (char)"),
        (osc_message("/nsynth/request", 9, "x", 0.5, tags="isI"), "bad_type", "'I'"),
        (osc_message("/nsynth/note", 60), "bad_count", "takes 2"),
        (osc_message("/nsynth/status", 1), "bad_count", "takes 0"),
        (osc_message("/nsynth/hello", "port"), "bad_type", "must be a number"),
        (b"GET / HTTP/1.1\r\n\r\n", "malformed", "not an OSC message"),
        (b"", "malformed", "empty datagram"),
        (b"/nsynth/status\x00\x00,i\x00\x00\x00", "malformed", "truncated"),
        (b"/nsynth/status\x00X", "malformed", "non-null"),
        (osc_message("/nsynth/set", "x", "y" * 9000), "too_large", "limit"),
        (osc_bundle(osc_bundle(osc_message("/nsynth/status"))), "bad_bundle", "nested"),
        (osc_bundle(*[osc_message("/nsynth/status")] * 40), "bad_bundle", "more than 32"),
    ],
)
def test_every_bad_message_gets_an_error_and_the_server_goes_on(server: Running, data, code, words):
    client = server.client()
    client.send_raw(data)
    req_id, got_code, message = client.error()
    assert got_code == code and words in message
    if b"/nsynth/request" in data:
        assert req_id == 9
    client.send("/nsynth/request", 1)
    assert client.expect("/nsynth/sample")[2] == "exact"


@pytest.mark.parametrize(
    ("address", "args"),
    [
        ("/nsynth/welcome", ("1", 36)),
        ("/nsynth/error", (-1, "unknown_address", "...")),
        ("/nsynth/sample", (1, "/a.wav", "exact", 0.0, 1.0)),
    ],
)
def test_replies_sent_to_the_server_are_ignored(server: Running, address, args):
    # Answering a reply could make two servers (or one, told its own port) loop forever.
    client = server.client()
    client.send(address, *args)
    assert client.silent()
    assert status(client)[0] == 32


def test_hello_with_the_servers_own_port_is_refused(server: Running):
    client = server.client()
    client.send("/nsynth/hello", server.address[1])
    code, message = client.error()[1:]
    assert code == "bad_value" and "own port" in message
    assert client.silent(0.5)  # and no reply went round in a loop
    assert status(client)[0] == 32  # still registered at the client's own port


def test_a_number_beyond_float64_as_an_int_is_answered(server: Running):
    # 1e30 becomes a Python int when made canonical: it must not escape the checks.
    client = server.client()
    client.send("/nsynth/request", 7, "gain", 1e30)
    req_id, _, match, distance, _ = client.expect("/nsynth/sample")
    assert (req_id, match) == (7, "blend") and distance > 1e29
    client.send("/nsynth/request", 8, "gain", 3.4e38)  # beyond float32 once scaled
    req_id, _, match, distance, _ = client.expect("/nsynth/sample")
    assert (req_id, match) == (8, "blend") and distance == pytest.approx(3.4028235e38)


def test_a_bug_in_the_answer_thread_answers_internal_and_the_server_goes_on(
    server: Running, monkeypatch: pytest.MonkeyPatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(server.server._answers, "_stand_in", broken)
    client = server.client()
    client.send("/nsynth/request", 4, *CENTER)  # a search: done in the answer thread
    assert client.error() == (4, "internal", "/nsynth/request: RuntimeError: a bug")
    client.send("/nsynth/request", 5)
    assert client.expect("/nsynth/sample")[0] == 5


def test_a_note_right_after_a_refused_set_plays_without_it(
    server: Running, spec_path: Path, fingerprint: str
):
    client = server.client()
    client.send("/nsynth/set", "x", 1.0)
    client.send_raw(
        osc_bundle(osc_message("/nsynth/set", "y", 5.0), osc_message("/nsynth/note", 67, 100))
    )
    code, message = client.error()[1:]
    assert code == "bad_value" and "y=5" in message
    pitch, _, path, match, _, _ = client.expect("/nsynth/voice")
    assert (pitch, match) == (67, "exact")
    assert Path(path).stem == point_at(spec_path, fingerprint, x=1.0, pitch=67).key
    assert client.silent()  # one error, for the set


def test_every_message_of_a_bundle_counts_against_the_rate(serve, bank_dir: Path):
    client = serve(bank_dir, client_rate=5.0).client()  # its hello takes 1 of the 5
    client.send_raw(osc_bundle(*[osc_message("/nsynth/status")] * 10))
    replies = []
    with contextlib.suppress(TimeoutError):
        while True:
            replies.append(client.recv(0.5))
    # What is left of the budget (refilled at 5/s since the hello), then one notice.
    assert [address for address, _ in replies[:-1]] == ["/nsynth/status"] * (len(replies) - 1)
    assert 4 <= len(replies) - 1 <= 5
    assert replies[-1][0] == "/nsynth/error" and replies[-1][1][1] == "rate_limited"


def test_a_long_unknown_key_still_lists_the_known_ones(server: Running):
    client = server.client()
    client.send("/nsynth/request", 3, "k" * 400, 1)
    code, message = client.error()[1:]
    assert code == "unknown_key" and "k...k" in message and "known: x, y, pitch, gain" in message
    client.send("/" + "a" * 400)
    code, message = client.error()[1:]
    assert code == "unknown_address" and "known: /nsynth/hello" in message


def test_true_is_not_reply_port_one(server: Running):
    client = server.client()
    client.send("/nsynth/hello", tags="T")
    assert client.error()[1] == "bad_type"
    client.send("/nsynth/status")  # still answered at the registered port
    client.expect("/nsynth/status")


def test_far_future_bundle_is_answered_at_once(server: Running):
    client = server.client()
    started = time.monotonic()
    client.send_raw(
        osc_bundle(
            osc_message("/nsynth/request", 1, "x", 1.0),
            osc_message("/nsynth/status"),
            timetag=future_timetag(3600.0),
        )
    )
    assert client.expect("/nsynth/sample")[0] == 1
    client.expect("/nsynth/status")
    assert time.monotonic() - started < 1.0


def test_unregistered_senders_get_replies_at_the_default_port(serve, bank_dir: Path):
    listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()
    running = serve(bank_dir, reply_port=port)
    receiver = OscClient(running.address, hello=False, port=port)
    running.clients.append(receiver)
    sender = running.client(hello=False)
    sender.send("/nsynth/status")
    assert receiver.expect("/nsynth/status")[0] == 32


def test_client_is_its_host_and_registered_port_not_its_source_port(server: Running):
    from pythonosc.udp_client import SimpleUDPClient

    client = server.client()  # registered from its own socket
    python_osc = SimpleUDPClient(*server.address)  # same host, another source port
    python_osc.send_message("/nsynth/request", [11, "x", 1.0])
    assert client.expect("/nsynth/sample")[0] == 11


def test_bye_forgets_the_registration(serve, bank_dir: Path):
    listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    listener.bind(("127.0.0.1", 0))
    default = OscClient(("127.0.0.1", 1), hello=False, port=0)
    running = serve(bank_dir, reply_port=default.port)
    running.clients.append(default)
    client = running.client()
    client.send("/nsynth/bye")
    client.expect("/nsynth/bye")
    client.send("/nsynth/status")
    assert default.expect("/nsynth/status")[0] == 32  # now at the default port
    listener.close()


def test_a_flood_of_new_recipes_is_answered_busy_not_queued_forever(
    server: Running, monkeypatch: pytest.MonkeyPatch
):
    from oscserver import answers as answers_module

    monkeypatch.setattr(answers_module, "MAX_DEFERRED", 3)
    client = server.client()
    for i in range(40):  # each a recipe never seen: worked out by the answer thread
        client.send("/nsynth/request", i, "x", 0.01 * (i + 1), "y", 0.3)
    answered, busy = set(), set()
    for _ in range(40):
        address, args = client.recv()
        if address == "/nsynth/error":
            assert args[1] == "busy"
            busy.add(args[0])
        else:
            answered.add(args[0])
    assert answered | busy == set(range(40)) and not answered & busy
    assert busy and len(answered) >= 3
    client.send("/nsynth/request", 99, "x", 1.0)  # the backlog is worked off: accepted again
    assert client.expect("/nsynth/sample")[0] == 99


def test_full_queue_answers_and_says_queue_full(serve, bank_dir: Path):
    client = serve(bank_dir, queue_size=1).client()
    client.send("/nsynth/request", 1, "x", 0.1)
    client.expect("/nsynth/sample")
    client.send("/nsynth/request", 2, "x", 0.2)
    assert client.expect("/nsynth/sample")[0] == 2  # still answered with a stand-in
    req_id, code, message = client.error()
    assert (req_id, code) == (2, "queue_full") and "1 sounds" in message
    client.send("/nsynth/request", 3, "x", 0.1)  # a queued key is never refused
    client.expect("/nsynth/sample")
    assert client.silent()


def test_empty_bank_says_not_available_and_queues(serve, grid_dir: Path):
    Bank.open(grid_dir / "empty", config=TINY, create=True).close()
    client = serve(grid_dir / "empty").client()
    assert client.backlog == []
    client.send("/nsynth/request", 4, "x", 1.0)
    req_id, code, _ = client.error()
    assert (req_id, code) == (4, "not_available")
    assert status(client)[:2] == (0, 1)


def test_queue_persists_across_server_restarts(serve, bank_dir: Path):
    first = serve(bank_dir)
    client = first.client()
    client.send("/nsynth/request", 1, *CENTER)
    client.expect("/nsynth/sample")
    first.close()
    client = serve(bank_dir).client()
    assert status(client)[1] == 1


@pytest.mark.parametrize("watch", [True, False], ids=["watchdog", "poll"])
def test_renders_added_by_another_process_are_served_and_announced(
    serve, bank_dir: Path, spec_path: Path, fingerprint: str, watch: bool
):
    running = serve(bank_dir, watch=watch, poll_s=30.0 if watch else 0.2)
    client = running.client()
    client.send("/nsynth/request", 21, *CENTER)
    assert client.expect("/nsynth/sample")[2] == "blend"
    client.send("/nsynth/note", 67, 100)  # x 0, y 0 is there; ask for the centre by note
    client.send("/nsynth/set", *CENTER)
    client.send("/nsynth/note", 66, 100)
    client.expect("/nsynth/voice")
    client.expect("/nsynth/voice")
    # Another process (a precompute run, another shard) adds the centre.
    added = fill_bank(
        bank_dir,
        spec_path,
        fingerprint,
        keep=lambda p: not not_center(p),  # the pad's centre, at 2 pitches x 2 gains
    )
    assert len(added) == 4
    req_id, path = client.expect("/nsynth/ready", 10.0)
    assert req_id == 21
    assert Path(path).stem == point_at(spec_path, fingerprint, x=0.5, y=0.5).key
    note, path, rate = client.expect("/nsynth/voice/ready", 10.0)
    assert note == 66 and rate == pytest.approx(2 ** (-1 / 12))
    assert Path(path).stem == point_at(spec_path, fingerprint, x=0.5, y=0.5, pitch=67).key
    client.send("/nsynth/request", 22, *CENTER)
    assert client.expect("/nsynth/sample")[2] == "exact"
    # The readies came when the renders they wait for landed; the fourth render may
    # land a moment later (the reload thread reads the index on its own time).
    deadline = time.monotonic() + 10.0
    while status(client)[0] != 36 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert status(client)[:2] == (36, 0)


FLOODER = """
import socket, sys, time
from tests.oscserver.conftest import osc_message
host, port, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(("127.0.0.1", 0))
sock.setblocking(False)
sock.sendto(osc_message("/nsynth/hello", sock.getsockname()[1]), (host, port))
request, garbage = osc_message("/nsynth/request", 1, "x", 1.0), b"\\x00garbage" * 20
notices = sent = 0
end = time.monotonic() + seconds
while time.monotonic() < end:
    for _ in range(100):
        for data in (request, garbage):
            try:
                sock.sendto(data, (host, port))
                sent += 1
            except BlockingIOError:
                pass
    while True:
        try:
            notices += b"rate_limited" in sock.recv(65536)
        except BlockingIOError:
            break
print(notices, sent)
"""


def test_a_flooding_client_is_limited_and_others_are_served(serve, bank_dir: Path):
    running = serve(bank_dir, client_rate=500.0)
    victim = running.client()
    flood_s = 3.0
    flooder = subprocess.Popen(
        [sys.executable, "-c", FLOODER, *map(str, running.address), str(flood_s)],
        cwd=REPO, env=ENV, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    time.sleep(0.5)
    answered = 0
    for i in range(20):
        victim.send("/nsynth/request", 100 + i, "x", 1.0)
        with contextlib.suppress(TimeoutError):
            answered += victim.expect("/nsynth/sample", 1.0)[0] == 100 + i
        time.sleep(0.05)
    notices, sent = map(int, flooder.communicate(timeout=30)[0].split())
    assert sent > 20 * 500  # far over the limit
    assert answered >= 18  # UDP may drop a datagram under a flood; the server never stalls
    assert 1 <= notices <= flood_s + 1  # one notice a second, not one per dropped datagram
    victim.send("/nsynth/status")
    victim.expect("/nsynth/status")


def test_startup_refuses_a_checkpoint_the_bank_was_not_rendered_with(
    grid_dir: Path, bank_dir: Path
):
    other = grid_dir / "other"
    other.mkdir()
    (other / "model.ckpt-0.index").write_bytes(b"other weights")
    config = ServerConfig(bank=bank_dir, spec=grid_dir / "spec" / "spec.toml", port=0,
                          checkpoint=other / "model.ckpt-0", worker=False)  # fmt: skip
    with pytest.raises(ServerError, match="none of the 32 renders"):
        Running(config)
    with pytest.raises(ServerError, match="no checkpoint at"):
        Running(ServerConfig(bank=bank_dir, spec=config.spec, port=0, checkpoint=grid_dir / "nope"))


def test_without_a_checkpoint_the_banks_one_fingerprint_is_used(
    grid_dir: Path, bank_dir: Path, tmp_path: Path
):
    spec = grid_dir / "spec" / "spec.toml"
    no_checkpoint = spec.with_name("plain.toml")
    no_checkpoint.write_text(
        "\n".join(line for line in spec.read_text().splitlines() if "checkpoint" not in line)
    )
    running = Running(ServerConfig(bank=bank_dir, spec=no_checkpoint, port=0, watch=False))
    try:
        client = running.client()
        client.send("/nsynth/request", 1, "x", 1.0)
        assert client.expect("/nsynth/sample")[2] == "exact"
        assert status(client)[4] == "off"
    finally:
        running.close()


def test_embedding_metric_needs_embedding_sources(grid_dir: Path, bank_dir: Path):
    spec = grid_dir / "spec" / "spec.toml"
    t = np.arange(TINY.sample_rate_hz) / TINY.sample_rate_hz
    sf.write(spec.parent / "tone.wav", 0.5 * np.sin(2 * np.pi * 440 * t), TINY.sample_rate_hz)
    text = spec.read_text().replace(
        'flute = { glob = "sources/flute_*.npy" }', 'flute = "tone.wav"'
    )
    audio_spec = spec.with_name("audio.toml")
    audio_spec.write_text(text)
    config = ServerConfig(bank=bank_dir, spec=audio_spec, port=0, worker=False, metric="embedding")
    with pytest.raises(ServerError, match="--metric embedding needs .npy sources"):
        Running(config)


def test_one_server_per_bank(serve, bank_dir: Path, grid_dir: Path):
    serve(bank_dir)
    with pytest.raises(JobError, match="another nsynth-server"):
        Running(
            ServerConfig(bank=bank_dir, spec=grid_dir / "spec" / "spec.toml", port=0, worker=False)
        )


def test_bad_options_are_refused():
    with pytest.raises(ServerError, match="snap"):
        ServerConfig(bank=Path("b"), spec=Path("s"), snap=0.0)
    with pytest.raises(ServerError, match="metric"):
        ServerConfig(bank=Path("b"), spec=Path("s"), metric="cosine")
    with pytest.raises(ServerError, match="gc_every_s=-1"):
        ServerConfig(bank=Path("b"), spec=Path("s"), gc_every_s=-1)
    with pytest.raises(ServerError, match="temperature=0"):
        ServerConfig(bank=Path("b"), spec=Path("s"), temperature=0.0)


def test_refreshes_rest_while_new_recipes_are_answered_and_shutdown_ends_the_rest(
    serve, bank_dir: Path, spec_path: Path, fingerprint: str, monkeypatch: pytest.MonkeyPatch
):
    # One refresh buys a rest of a million times its length: the second waits (REFRESH_SHARE).
    monkeypatch.setattr(answers_module, "REFRESH_SHARE", 1e-6)
    running = serve(bank_dir)
    client = running.client()

    def ask(*coords: object) -> tuple:
        client.send("/nsynth/request", 1, *coords)
        return client.expect("/nsynth/sample")[1:3]

    first, second = ("x", 0.5, "y", 0.5), ("x", 0.45, "y", 0.5)
    before = {coords: ask(*coords) for coords in (first, second)}
    assert {match for _, match in before.values()} == {"blend"}
    add_render(bank_dir, spec_path, fingerprint, x=0.5, y=0.4)  # nearer to both
    deadline = time.monotonic() + 10.0
    while status(client)[0] != 33:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert ask(*first) == before[first]  # stale, served at once; its refresh runs now
    while ask(*first) == before[first]:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert ask(*second) == before[second]  # stale; its refresh waits for the rest to end
    # A new recipe does not wait for the rest: its client is answered at once.
    assert ask("x", 0.3, "y", 0.7)[1] == "blend"
    assert ask(*second) == before[second]
    assert ask(*first) != before[first]
    running.close()  # ends the rest too (the fixture's close finds it closed)


def test_remembered_blend_survives_far_renders_and_follows_near_ones(
    server: Running, bank_dir: Path, spec_path: Path, fingerprint: str
):
    client = server.client()

    def ask() -> tuple:
        client.send("/nsynth/request", 1, *CENTER)
        return client.expect("/nsynth/sample")[1:4]

    def wait_for_size(size: int) -> None:
        deadline = time.monotonic() + 10.0
        while status(client)[0] != size:
            assert time.monotonic() < deadline
            time.sleep(0.05)

    path, match, distance = ask()
    assert match == "blend"
    add_render(bank_dir, spec_path, fingerprint, x=0.0, y=0.0, gain=1.25)  # 0.87 away
    wait_for_size(33)
    assert ask() == (path, "blend", distance)  # the same file: its neighbours are nearest
    near = add_render(bank_dir, spec_path, fingerprint, x=0.5, y=0.4)  # 0.1 away
    wait_for_size(34)
    assert ask()[0] in (path, str(bank_dir / f"{near.key}.wav"))  # never waits for the search
    deadline = time.monotonic() + 5.0
    while ask() != (str(bank_dir / f"{near.key}.wav"), "nearest", pytest.approx(0.1)):
        assert time.monotonic() < deadline
        time.sleep(0.02)
