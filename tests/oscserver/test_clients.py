"""A client that is not python-osc: liblo's `oscsend` and `oscdump` (Debian's liblo-tools).

oscsend sends every message from a new source port, so this also checks that a client is
its host plus registered reply port. Skipped when liblo-tools is not installed.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import Running, point_at

pytestmark = [
    pytest.mark.sockets,
    pytest.mark.client,
    pytest.mark.skipif(
        shutil.which("oscsend") is None or shutil.which("oscdump") is None,
        reason="liblo-tools (oscsend, oscdump) not installed",
    ),
]


class Dump:
    """`oscdump -L PORT`: every message it receives, one line each."""

    def __init__(self, log: Path) -> None:
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.log = log
        self._out = open(log, "w", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(["oscdump", "-L", str(self.port)], stdout=self._out)

    def lines(self) -> list[str]:
        return self.log.read_text().splitlines()

    def wait(self, pattern: str, timeout_s: float = 5.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for line in self.lines():
                if match := re.search(pattern, line):
                    return match
            time.sleep(0.02)
        raise TimeoutError(f"{pattern!r} not received; got {self.lines()}")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)
        self._out.close()


def oscsend(address: tuple[str, int], path: str, types: str = "", *values: object) -> None:
    subprocess.run(
        ["oscsend", address[0], str(address[1]), path, types, *map(str, values)],
        check=True,
        timeout=10,
    )


@pytest.fixture
def dump(tmp_path: Path):
    d = Dump(tmp_path / "oscdump.txt")
    yield d
    d.stop()


def test_liblo_client_is_served(
    serve, bank_dir: Path, dump: Dump, grid_dir: Path, fingerprint: str
):
    server: Running = serve(bank_dir)
    deadline = time.monotonic() + 5.0
    while not any("/nsynth/welcome" in line for line in dump.lines()):  # oscdump is starting
        assert time.monotonic() < deadline, dump.lines()
        oscsend(server.address, "/nsynth/hello", "i", dump.port)
        time.sleep(0.1)
    assert dump.wait(r"/nsynth/welcome si \"1\" 32")
    oscsend(server.address, "/nsynth/request", "isfsisf", 5, "x", 1.0, "pitch", 67, "gain", 1.5)
    match = dump.wait(r'/nsynth/sample issff 5 "([^"]+)" "exact" 0\.0+ 1\.0+')
    key = point_at(grid_dir / "spec" / "spec.toml", fingerprint, x=1.0, pitch=67, gain=1.5).key
    assert Path(match[1]) == bank_dir / f"{key}.wav"
    oscsend(server.address, "/nsynth/request", "isfsf", 6, "x", 0.5, "y", 0.5)
    dump.wait(r'/nsynth/sample issff 6 "[^"]+" "blend" 0\.50+ 1\.0+')
    oscsend(server.address, "/nsynth/hello", "T")  # True must not become reply port 1
    dump.wait(r'/nsynth/error iss -1 "bad_type" ".*\'T\' \(true\)')
    oscsend(server.address, "/nsynth/status")
    dump.wait(r'/nsynth/status iiiis 32 1 0 0 "off"')
