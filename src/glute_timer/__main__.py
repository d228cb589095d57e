"""Allows ``python -m glute_timer``."""

from glute_timer.cli import main

raise SystemExit(main())
