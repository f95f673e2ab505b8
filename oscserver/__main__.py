"""`python -m oscserver`: the same as `nsynth-server`."""

from oscserver.server import main

raise SystemExit(main())
