"""Screenshots of the Pd patches as Pd's own GUI draws them, on a virtual X display.

    python -m maxpatches.screenshot                # docs/pd-nsynth_*.png
    python -m maxpatches.screenshot --out shots/ maxpatches/pd/nsynth_live.pd

Each patch is opened as a user opens it (`pd -open`, with the GUI, no audio or MIDI) on
an Xvfb display, and its window is written as a PNG once Pd has drawn it (two captures
in a row alike). Needs Xvfb (Debian: xvfb), Pd with its GUI (puredata-core,
puredata-gui), xwininfo (x11-utils) and ImageMagick's `import` and `convert`
(imagemagick).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import logging
import os
import re
import select
import shutil
import subprocess
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

#: The commands a screenshot runs, and the Debian packages that provide them.
TOOLS = {
    "Xvfb": "xvfb",
    "pd": "puredata-core, puredata-gui",
    "xwininfo": "x11-utils",
    "import": "imagemagick",
    "convert": "imagemagick",
}

#: The virtual screen (px); larger than any patch window.
SCREEN = (1600, 1200)

#: The patches shown in docs/max.md, and where their screenshots go.
HERE = Path(__file__).resolve().parent
DOC_PATCHES = tuple(HERE / "pd" / f"nsynth_{name}.pd" for name in ("player", "live", "knobs"))
DOCS = HERE.parent / "docs"


class ScreenshotError(RuntimeError):
    """A screenshot could not be taken (a tool is missing, or Pd showed no window)."""


@dataclasses.dataclass(frozen=True)
class Shot:
    """A patch window's screenshot.

    Attributes:
        patch: The .pd file.
        png: The PNG written.
        width: Window width (px).
        height: Window height (px), Pd's menu bar included.
    """

    patch: Path
    png: Path
    width: int
    height: int


def missing_tools() -> list[str]:
    """`<command> (<Debian packages>)` for each tool that is not on PATH."""
    return [f"{tool} ({package})" for tool, package in TOOLS.items() if not shutil.which(tool)]


def require_tools() -> None:
    """Raises ScreenshotError naming the tools (and packages) that are not on PATH."""
    missing = missing_tools()
    if missing:
        raise ScreenshotError("not installed: " + ", ".join(missing))


@contextlib.contextmanager
def virtual_display(timeout_s: float = 10.0) -> Iterator[str]:
    """An Xvfb display (`:<n>`, a free number Xvfb picks) for the `with` block."""
    require_tools()
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as ready:  # Xvfb writes its display number when ready
            shown = select.select([ready], [], [], timeout_s)[0]
            number = ready.readline().strip() if shown else ""
        if not number.isdigit():
            raise ScreenshotError(f"Xvfb gave no display number (exit {server.poll()})")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def _window(display: str, title: str, timeout_s: float) -> str | None:
    """The id of the top-level window whose name starts with `title`, once it exists."""
    deadline = time.monotonic() + timeout_s
    pattern = re.compile(r'^\s*(0x[0-9a-f]+) "' + re.escape(title))
    while time.monotonic() < deadline:
        tree = subprocess.run(
            ["xwininfo", "-root", "-tree"],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        for line in tree.splitlines():
            match = pattern.match(line)
            if match:
                return match[1]
        time.sleep(0.2)
    return None


def _capture(display: str, window: str, fmt: str = "ppm") -> bytes:
    return subprocess.run(
        ["import", "-window", window, "-depth", "8", f"{fmt}:-"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        check=True,
    ).stdout


def read_ppm(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes row by row) of a binary PPM (P6, 8 bits)."""
    fields = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    if fields is None or fields[3] != b"255":
        raise ScreenshotError("not an 8-bit binary PPM")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[fields.end() : fields.end() + 3 * width * height]


def read_png(png: Path) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes row by row) of a PNG, read with ImageMagick."""
    ppm = subprocess.run(
        ["convert", str(png), "-depth", "8", "ppm:-"], capture_output=True, check=True
    ).stdout
    return read_ppm(ppm)


def screenshot(
    patch: Path, png: Path, *, display: str, timeout_s: float = 30.0, settle_s: float = 0.5
) -> Shot:
    """Opens `patch` in Pd with its GUI on `display` and writes its window to `png`.

    Args:
        patch: A .pd file; Pd runs in its folder, so its abstractions load.
        png: Where the PNG goes (its folder is made).
        display: An X display (`virtual_display`).
        timeout_s: How long to wait for the window (s).
        settle_s: Time between two captures that must be alike (s).

    Returns:
        The screenshot's size and path.

    Raises:
        ScreenshotError: A tool is missing or Pd showed no window for the patch.
    """
    require_tools()
    patch = patch.resolve()
    env = {**os.environ, "DISPLAY": display}
    pd = subprocess.Popen(
        ["pd", "-nosound", "-nomidi", "-noprefs", "-stderr", "-open", str(patch)],
        cwd=patch.parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = _window(display, f"{patch.name}  - ", timeout_s)
        if window is None:
            raise ScreenshotError(f"Pd showed no window for {patch} in {timeout_s:g} s")
        deadline = time.monotonic() + timeout_s
        before = b""
        while True:  # Pd draws the boxes after the window maps: wait until it is done
            time.sleep(settle_s)
            now = _capture(display, window)
            if now == before or time.monotonic() > deadline:
                break
            before = now
        png.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["convert", "ppm:-", "-strip", f"png:{png}"], input=now, capture_output=True, check=True
        )
        width, height, _ = read_ppm(now)
        log.info("wrote %s (%d x %d px)", png, width, height)
        return Shot(patch=patch, png=png, width=width, height=height)
    finally:
        pd.terminate()
        try:
            pd.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            pd.kill()
            pd.communicate()


def png_name(patch: Path) -> str:
    """The screenshot's file name: pd-<patch>.png."""
    return f"pd-{patch.stem}.png"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m maxpatches.screenshot",
        description="Screenshot Pd patches as Pd's GUI shows them (on a virtual display).",
    )
    parser.add_argument(
        "patches",
        nargs="*",
        type=Path,
        default=list(DOC_PATCHES),
        help="the .pd files (default: the player, live and knobs patches)",
    )
    parser.add_argument(
        "--out", type=Path, default=DOCS, help="folder for pd-<patch>.png (default: docs/)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for patch in args.patches:
        if not patch.is_file():
            parser.error(f"no such patch: {patch}")
    try:
        with virtual_display() as display:
            for patch in args.patches:
                screenshot(patch, args.out / png_name(patch), display=display)
    except ScreenshotError as e:
        parser.exit(1, f"error: {e}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
