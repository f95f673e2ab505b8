"""The server socket's sending side: replies and errors, from any of the server's threads.

Every thread answers through one `Outbox`: the receive loop (exact hits, status, errors),
the answer thread (new recipes, stand-ins, blends) and the jobs thread (`/nsynth/ready`,
failed renders). A send never blocks and never raises: UDP may drop a datagram, and a
client that went away must not stop the thread that answers the others.
"""

from __future__ import annotations

import logging
import socket

from oscserver import protocol
from oscserver.protocol import ProtocolError

logger = logging.getLogger(__name__)


class Outbox:
    """Sends datagrams from the server's socket (thread-safe: one `sendto` each).

    Args:
        sock: The server's bound UDP socket (owned by the server, which closes it).
    """

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def send(self, data: bytes, address: tuple[str, int]) -> None:
        """Sends one datagram; a failure is logged at debug level only (UDP drops too)."""
        try:
            self._sock.sendto(data, address)
        except OSError as e:
            logger.debug("cannot send to %s:%d: %s", *address, e)

    def reject(self, address: tuple[str, int], error: ProtocolError) -> None:
        """One /nsynth/error to `address`, and one log line."""
        where = (
            error.address if error.address and not error.message.startswith(error.address) else ""
        )
        logger.warning("%s:%d %s%s: %s", *address, error.code, where and f" {where}",
                       error.message)  # fmt: skip
        self.send(protocol.error_for(error).encode(), address)
