"""The Pd patches: `patch` (boxes and wires in Pd's file format), `blocks` (the sections
the patches share), then one module per patch."""
