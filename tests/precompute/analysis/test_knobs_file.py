"""knobs.json's reader (precompute.analysis.knobs_file): what the OSC server labels dials with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from precompute.analysis.knobs_file import KnobsFileError, read_knobs
from precompute.errors import PrecomputeError

GOOD = {"format": "nsynth-knobs", "version": 1, "model": {"fingerprint": "fp"},
        "knobs": [{"component": 0, "label": "pitch up with gain", "short": "pitch+",
                   "strength": 4.5}]}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", r"knobs.json: not JSON"),
        ("[]", r"not a knob map \(format 'nsynth-knobs' expected\)"),
        (json.dumps({**GOOD, "version": 2}), r"knob map version 2; this version reads 1"),
        (json.dumps({**GOOD, "knobs": []}), r"'knobs' must be a non-empty list"),
        (json.dumps({**GOOD, "knobs": [1]}), r"knobs\[0\] must be an object"),
        (
            json.dumps({**GOOD, "knobs": [{**GOOD["knobs"][0], "component": 1}]}),
            r"knobs must list components 0 .. 0 in order",
        ),
        (
            json.dumps({**GOOD, "knobs": [{**GOOD["knobs"][0], "short": ""}]}),
            r"knobs\[0\]: 'label' and 'short' must be strings",
        ),
        (
            json.dumps({**GOOD, "knobs": [{**GOOD["knobs"][0], "strength": -1}]}),
            r"knobs\[0\].strength=-1 must be finite and >= 0",
        ),
        (
            json.dumps({**GOOD, "knobs": [{**GOOD["knobs"][0], "component": True}]}),
            r"knobs\[0\].component=True must be an integer",
        ),
    ],
)
def test_a_bad_knob_map_names_file_and_field(text: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "knobs.json"
    path.write_text(text)
    with pytest.raises(KnobsFileError, match=message) as raised:
        read_knobs(path)
    assert str(raised.value).startswith(str(path)) and isinstance(raised.value, PrecomputeError)


def test_a_missing_knob_map_is_named(tmp_path: Path) -> None:
    with pytest.raises(KnobsFileError, match=r"nope.json: cannot read the knob map"):
        read_knobs(tmp_path / "nope.json")


def test_the_demo_ships_the_knob_map_of_its_model() -> None:
    """samples/demo/knobs.json (the demo model's analysis) labels the README bank's knobs:
    the server serves it only while it names the demo model's fingerprint."""
    from precompute.model.checkpoint import fingerprint, resolve_checkpoint

    samples = Path(__file__).resolve().parents[3] / "samples"
    knobs = read_knobs(samples / "demo" / "knobs.json")
    assert knobs.fingerprint == fingerprint(resolve_checkpoint(samples / "models" / "demo"))
    assert [k.component for k in knobs.knobs] == list(range(16))
