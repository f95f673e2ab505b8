"""nsynth_status.maxpat: bank size, queue, rendering state and the worker."""

from __future__ import annotations

from maxpatches.maxmsp.blocks import max_client, max_display, max_errors, max_status
from maxpatches.maxmsp.patch import MaxPatch
from maxpatches.settings import REPLY_PORTS


def max_status_patch() -> MaxPatch:
    """nsynth_status.maxpat: bank size, queue, rendering state and the worker."""
    m, _, net = max_client(
        "nsynth status: what nsynth-server holds and renders (docs/max.md)",
        500,
        reply_port=REPLY_PORTS["status"],
        queries=("/nsynth/status", "/nsynth/worker"),
        replies=("/nsynth/welcome", "/nsynth/status", "/nsynth/worker", "/nsynth/error"),
    )
    max_status(m, 330, 40, net)
    m.comment(330, 290, "worker: pid state restarts", width=200)
    ask = m.msg(330, 315, "/nsynth/worker")
    m.comment(440, 315, "ask")
    m.wire(ask, net.send)
    max_display(m, 330, 345, net, "/nsynth/worker", "", width=270)
    max_errors(m, 330, 440, net)
    return m
