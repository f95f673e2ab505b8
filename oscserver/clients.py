"""Who is who: the server's client table (host + reply port) and each client's rate budget."""

from __future__ import annotations

import collections
import dataclasses
import math
from typing import Any

#: Clients (host + reply port) remembered at once; the least recently heard is dropped.
MAX_CLIENTS = 1024


@dataclasses.dataclass
class Client:
    """One client (host + reply port): its note settings and its rate budget."""

    address: tuple[str, int]
    settings: dict[str, Any]
    tokens: float
    stamp: float
    dropped: int = 0
    noticed: float = -math.inf
    refused: dict[str, Any] = dataclasses.field(default_factory=dict)  # key -> last refused


class Clients:
    """Who is who: source address -> reply address -> client state. Receive thread only.

    A datagram's reply address is the port its source address registered with
    /nsynth/hello, else the port its host registered last (liblo's oscsend sends every
    message from a new port), else the default reply port.
    """

    def __init__(self, *, default_port: int, rate: float) -> None:
        self.default_port = default_port
        self.rate = rate
        self._by_source: collections.OrderedDict[tuple[str, int], int] = collections.OrderedDict()
        self._by_host: collections.OrderedDict[str, int] = collections.OrderedDict()
        self._clients: collections.OrderedDict[tuple[str, int], Client] = collections.OrderedDict()

    def of(self, source: tuple[str, int], now: float) -> Client:
        host = source[0]
        port = self._by_source.get(source[:2]) or self._by_host.get(host) or self.default_port
        address = (host, port)
        client = self._clients.get(address)
        if client is None:
            client = Client(address, {}, self.rate, now)
            self._clients[address] = client
            if len(self._clients) > MAX_CLIENTS:
                self._clients.popitem(last=False)
        else:
            self._clients.move_to_end(address)
        return client

    def register(self, source: tuple[str, int], port: int, now: float) -> Client:
        self._by_source[source[:2]] = port
        self._by_source.move_to_end(source[:2])
        if len(self._by_source) > MAX_CLIENTS:
            self._by_source.popitem(last=False)
        self._by_host[source[0]] = port
        self._by_host.move_to_end(source[0])
        if len(self._by_host) > MAX_CLIENTS:
            self._by_host.popitem(last=False)
        return self.of(source, now)

    def forget(self, source: tuple[str, int], client: Client) -> None:
        port = self._by_source.pop(source[:2], None)
        if self._by_host.get(source[0]) in (port, client.address[1]):
            del self._by_host[source[0]]
        self._clients.pop(client.address, None)

    def allow(self, client: Client, now: float) -> bool:
        """Token bucket: `rate` messages per second, bursts of up to `rate`."""
        client.tokens = min(self.rate, client.tokens + (now - client.stamp) * self.rate)
        client.stamp = now
        if client.tokens >= 1.0:
            client.tokens -= 1.0
            return True
        client.dropped += 1
        return False

    def refill_s(self, client: Client) -> float:
        """Seconds until a client `allow` just refused has a message's worth again."""
        return (1.0 - client.tokens) / self.rate
