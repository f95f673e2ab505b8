"""`python -m oscserver`: the same as `nsynth-server`."""

from oscserver.cli import main

raise SystemExit(main())
