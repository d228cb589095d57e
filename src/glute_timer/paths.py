"""Where the app keeps its data: platformdirs' user data dir unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from glute_timer import APP_ID

DATA_DIR_ENV = "GLUTE_TIMER_DATA_DIR"

# The preferences file in the data directory (QSettings, INI format).
SETTINGS_FILE = "settings.ini"


def data_dir(override: str | Path | None = None) -> Path:
    """The data directory: ``override``, else $GLUTE_TIMER_DATA_DIR, else the platform default.

    The directory is not created here; callers that write create it.
    """
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False)


def database_path(directory: Path) -> Path:
    """The SQLite file inside a data directory."""
    return directory / "glute-timer.sqlite3"


def log_path(directory: Path) -> Path:
    """The rotating log file inside a data directory."""
    return directory / "logs" / "glute-timer.log"
