"""Writes the Max/MSP and Pd patches of `maxpatches/`.

    python -m maxpatches.generate            # (re)write the patches
    python -m maxpatches.generate --check    # exit 1 if a committed patch differs
    python -m maxpatches.generate --knobs-axes   # print the [[axes]] the knobs patch sends

The patches are committed; `tests/maxpatches/test_generate.py` regenerates them and fails
when the committed files differ, so edit the builders, never the patches:

- `settings.py`: what every patch shares (server address, reply ports, control ranges);
  `knobs_axes.py`: the knobs' recipe keys and the grid axes that take them.
- `maxmsp/`: `patch.py` (boxes and wires, with py2max: its object database checks every
  connection while building), `blocks.py` (the sections the patches share), then one
  module per patch (`player`, `live` with its voice, `knobs`, `status`).
- `puredata/`: the same for Pd, written in Pd's own file format, with `panel.py` (the
  front panel every Pd patch opens as).

Both speak the OSC protocol of `nsynth-server` (docs/protocol.md): every address they
send or route is one of `oscserver.protocol`'s. How to use them: docs/max.md.

Ports: every patch sends to SERVER_HOST:SERVER_PORT and registers its own reply port with
`/nsynth/hello` (REPLY_PORTS), so several patches can run side by side on one machine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from maxpatches.knobs_axes import knobs_axes_toml, knobs_keys
from maxpatches.maxmsp.knobs import max_knobs
from maxpatches.maxmsp.live import max_live, max_voice
from maxpatches.maxmsp.player import max_player
from maxpatches.maxmsp.status import max_status_patch
from maxpatches.puredata.knobs import pd_knob, pd_knobs
from maxpatches.puredata.live import pd_live, pd_voice
from maxpatches.puredata.player import pd_player
from maxpatches.settings import (
    GAIN_KEY,
    N_AXIS_SLOTS,
    N_COMPONENTS,
    N_VOICES,
    OFFSET_KEY,
    REPLY_PORTS,
    SERVER_HOST,
    SERVER_PORT,
)

#: The public names; the settings and `knobs_keys` are re-exported for the code (tests)
#: that reads them here.
__all__ = [
    "HERE",
    "PATCHES",
    "PD_DIR",
    "knobs_axes_toml",
    "main",
    "render_all",
    "stale",
    "write_all",
    "GAIN_KEY",
    "N_AXIS_SLOTS",
    "N_COMPONENTS",
    "N_VOICES",
    "OFFSET_KEY",
    "REPLY_PORTS",
    "SERVER_HOST",
    "SERVER_PORT",
    "knobs_keys",
]

HERE = Path(__file__).resolve().parent
PD_DIR = HERE / "pd"

#: Every generated file, relative to maxpatches/, and the function that makes its text.
PATCHES: dict[str, Callable[[], str]] = {
    "nsynth_player.maxpat": lambda: max_player().to_json(),
    "nsynth_live.maxpat": lambda: max_live().to_json(),
    "nsynth_voice.maxpat": lambda: max_voice().to_json(),
    "nsynth_knobs.maxpat": lambda: max_knobs().to_json(),
    "nsynth_status.maxpat": lambda: max_status_patch().to_json(),
    "pd/nsynth_player.pd": lambda: pd_player().render(),
    "pd/nsynth_live.pd": lambda: pd_live().render(),
    "pd/nsynth_voice.pd": lambda: pd_voice().render(),
    "pd/nsynth_knobs.pd": lambda: pd_knobs().render(),
    "pd/nsynth_knob.pd": lambda: pd_knob().render(),
}


def render_all() -> dict[str, str]:
    """Every patch's text, by path relative to maxpatches/."""
    return {name: make() for name, make in PATCHES.items()}


def stale(folder: Path = HERE) -> list[str]:
    """Generated files under `folder` that are missing or differ from a fresh render."""
    out = []
    for name, text in render_all().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            out.append(name)
    return out


def write_all(folder: Path = HERE) -> list[str]:
    """Writes every patch under `folder`; returns the paths that changed."""
    changed = []
    for name, text in render_all().items():
        path = folder / name
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        changed.append(name)
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m maxpatches.generate",
        description="Write the Max and Pd patches of maxpatches/ (see docs/max.md).",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a committed patch is stale"
    )
    parser.add_argument(
        "--knobs-axes",
        action="store_true",
        help="print the [[axes]] tables a grid spec needs for the knobs patches, and exit",
    )
    parser.add_argument(
        "--knobs-ends",
        action="store_true",
        help="with --knobs-axes: also the ends of each dial's range, rendered one knob at a "
        "time (64 more renders)",
    )
    args = parser.parse_args(argv)
    if args.knobs_ends and not args.knobs_axes:
        parser.error("--knobs-ends goes with --knobs-axes")
    if args.knobs_axes:
        sys.stdout.write(knobs_axes_toml(ends=args.knobs_ends))
        return 0
    if args.check:
        names = stale()
        for name in names:
            print(f"stale: maxpatches/{name} (run python -m maxpatches.generate)", file=sys.stderr)
        return 1 if names else 0
    for name in write_all():
        print(f"wrote maxpatches/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
