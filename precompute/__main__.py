"""`python -m precompute ...` runs `nsynth-precompute ...`."""

from precompute.cli import main

raise SystemExit(main())
