"""Entry script PyInstaller freezes: the same ``main`` the ``glute-timer`` command runs."""

from glute_timer.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
