"""A real Ray cluster of this machine for the cluster tests, bound to 127.0.0.1.

`start_cluster` runs `ray start --head` on loopback with the dashboard and usage reporting
off, two CPU slots, a small object store, its own temp folder and free ports, and marks
every process it starts (and every process those start: Ray's workers, the drivers the
tests run) with an environment variable. `stop_cluster` ends exactly the marked processes,
by pid: `ray stop` would end every Ray process of the machine, other users' included.
"""

from __future__ import annotations

import contextlib
import dataclasses
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

#: The environment variable that marks a test cluster's processes (value: a fresh id).
MARK = "NSYNTH_TEST_RAY_CLUSTER"

#: CPU slots of the test cluster: two workers of one slot each.
N_CPUS = 2

#: Ray's object store of the test cluster (bytes): the tiny model's weights and a few
#: batches of audio need far less.
OBJECT_STORE_BYTES = 100_000_000

RAY = Path(sys.executable).with_name("ray")


@dataclasses.dataclass(frozen=True)
class Cluster:
    """A running test cluster.

    Attributes:
        address: Its GCS address, "127.0.0.1:PORT" (what `--ray` takes).
        env: The environment to run drivers with (it carries the mark).
        mark: The mark's value.
        temp_dir: Ray's temp folder (sessions, logs, sockets).
    """

    address: str
    env: dict[str, str]
    mark: str
    temp_dir: Path


def free_port() -> int:
    """A TCP port nothing listens on at the moment, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def marked_pids(mark: str) -> list[int]:
    """Running processes whose environment carries MARK=mark (zombies, which have ended
    and wait for their parent to reap them, are left out)."""
    needle = f"{MARK}={mark}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if (
                    needle in (entry / "environ").read_bytes().split(b"\0")
                    and (entry / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
                ):
                    pids.append(int(entry.name))
    return pids


def _listening_sockets() -> dict[int, str]:
    """Socket inode -> "ADDRESS:PORT" of every listening TCP socket of the machine."""
    found = {}
    for table, family in (("/proc/net/tcp", socket.AF_INET), ("/proc/net/tcp6", socket.AF_INET6)):
        lines = Path(table).read_text().splitlines()[1:]
        for line in lines:
            fields = line.split()
            local, state, inode = fields[1], fields[3], int(fields[9])
            if state != "0A":  # TCP_LISTEN
                continue
            hex_address, hex_port = local.split(":")
            raw = bytes.fromhex(hex_address)
            # /proc prints each 32-bit word of the address in host (little-endian) order.
            raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            found[inode] = f"{socket.inet_ntop(family, raw)}:{int(hex_port, 16)}"
    return found


def listening_addresses(mark: str) -> list[str]:
    """ "ADDRESS:PORT" of each TCP socket a marked process listens on."""
    sockets = _listening_sockets()
    found = []
    for pid in marked_pids(mark):
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    link = os.readlink(fd)
                    if link.startswith("socket:[") and int(link[8:-1]) in sockets:
                        found.append(sockets[int(link[8:-1])])
    return found


def is_loopback(address: str) -> bool:
    host = address.rsplit(":", 1)[0]
    ip = ipaddress.ip_address(host)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def stop_cluster(mark: str, *, grace_s: float = 10.0) -> None:
    """SIGTERM, then after grace_s SIGKILL, to every marked process; waits until none is
    left (60 s at most)."""
    for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 60.0)):
        for pid in marked_pids(mark):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + wait_s
        while marked_pids(mark) and time.monotonic() < deadline:
            time.sleep(0.1)
        if not marked_pids(mark):
            return
    raise RuntimeError(f"test cluster processes still running: {marked_pids(mark)}")


def cluster_env(mark: str, repo: Path) -> dict[str, str]:
    """The environment of the cluster and of the drivers the tests run against it."""
    return {
        **os.environ,
        MARK: mark,
        "PYTHONPATH": str(repo),
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "RAY_USAGE_STATS_ENABLED": "0",
        # Not Ray's default of token authentication as soon as ~/.ray/auth_token exists
        # (a cluster that ray.init starts writes one): the tests neither read nor write
        # the user's home folder.
        "RAY_AUTH_MODE": "disabled",
    }


@contextlib.contextmanager
def temp_dir() -> Iterator[Path]:
    """A fresh folder for Ray's files, removed afterwards. Its path is short: Ray's unix
    sockets live under it (108-byte limit), too deep below pytest's tmp_path."""
    path = Path(tempfile.mkdtemp(prefix="nsr-", dir="/tmp"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def start_cluster(repo: Path) -> Iterator[Cluster]:
    """A fresh loopback Ray cluster for the duration; stopped even when the body fails."""
    with temp_dir() as folder, _started(repo, folder) as cluster:
        yield cluster


@contextlib.contextmanager
def _started(repo: Path, folder: Path) -> Iterator[Cluster]:
    mark = uuid.uuid4().hex
    env = cluster_env(mark, repo)
    port = free_port()
    command = [
        str(RAY), "start", "--head", "--node-ip-address", "127.0.0.1",
        "--port", str(port),
        "--ray-client-server-port", str(free_port()),
        "--dashboard-port", str(free_port()),
        "--dashboard-agent-listen-port", str(free_port()),
        "--min-worker-port", "0", "--max-worker-port", "0",  # any free ports
        "--include-dashboard=false", "--disable-usage-stats",
        "--num-cpus", str(N_CPUS), "--num-gpus", "0",
        "--object-store-memory", str(OBJECT_STORE_BYTES),
        "--temp-dir", str(folder),
    ]  # fmt: skip
    # `ray start` turns 127.0.0.1 into the machine's outward address unless told that the
    # cluster is this machine alone. (Drivers go without: precompute.cluster says it.)
    head_env = {**env, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}
    try:
        started = subprocess.run(
            command, env=head_env, cwd=repo, capture_output=True, text=True, timeout=300
        )
        if started.returncode != 0:
            raise RuntimeError(f"ray start failed:\n{started.stdout}\n{started.stderr}")
        yield Cluster(f"127.0.0.1:{port}", env, mark, folder)
    finally:
        stop_cluster(mark)
