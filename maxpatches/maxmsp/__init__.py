"""The Max/MSP patches: `patch` (boxes and wires), `blocks` (the sections the patches
share), then one module per patch."""
