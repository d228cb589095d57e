"""Logging to a rotating file in the data directory (and to stderr for warnings)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from glute_timer.paths import log_path


def configure_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the app's log records to ``<data_dir>/logs/glute-timer.log``; return the file.

    When the folder cannot be written, logging goes to stderr only and None is returned.
    """
    root = logging.getLogger("glute_timer")
    root.setLevel(level)
    if any(getattr(h, "_glute_timer", False) for h in root.handlers):
        return None
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(logging.Formatter("glute-timer: %(levelname)s: %(message)s"))
    stderr._glute_timer = True  # type: ignore[attr-defined]
    root.addHandler(stderr)
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
