"""Diagnostics shared by the CLI and the window: a rotating log file, crash dumps, tracebacks.

Logs go to the platform's user log folder (``FACTCHECK_LOG_DIR`` overrides it). They hold
what an error needs (exception type, traceback, file names), never an article's text.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from factcheck.config import APP_NAME

LOG_FILENAME = "factcheck-review.log"
CRASH_FILENAME = "crash.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("factcheck")
_handlers: list[logging.Handler] = []
_crash_file: IO[str] | None = None


def log_dir() -> Path:
    """Where the log files live (created on first use)."""
    override = os.environ.get("FACTCHECK_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME))


def log_path() -> Path:
    return log_dir() / LOG_FILENAME


def setup_logging(debug: bool = False, program: str = APP_NAME) -> Path | None:
    """Log to a rotating file, and dump a native crash's stack into ``crash.log``.

    Returns the log file's path, or None when the folder cannot be written (the program
    still runs; it only loses its log).
    """
    global _crash_file
    import logging.handlers  # here, not at import: the window's start-up imports this module

    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    stop_logging()  # a second call (another database, a test) replaces the first
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _handlers.append(handler)
    if debug:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        _handlers.append(console)
    for h in _handlers:
        root.addHandler(h)
    try:
        _crash_file = open(path.parent / CRASH_FILENAME, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_crash_file)
    except OSError:
        _crash_file = None
    from factcheck import __version__

    log.info("%s %s started (Python %s, %s)", program, __version__, sys.version.split()[0], sys.platform)
    return path


def stop_logging() -> None:
    """Close the log file and the crash file opened by ``setup_logging``."""
    global _crash_file
    import logging.handlers  # here, not at import: the window's start-up imports this module

    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    if _crash_file is not None:
        # Native crashes go back to the terminal, as before setup_logging.
        faulthandler.enable(sys.__stderr__) if sys.__stderr__ else faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def format_exception(error: BaseException) -> str:
    """The traceback as text, for the log and the "Copy details" button."""
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def log_exception(error: BaseException, context: str = "unexpected error") -> str:
    """Write the traceback to the log; returns the details text."""
    details = format_exception(error)
    log.error("%s: %s", context, details)
    return details


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_excepthook(show: Callable[[BaseException, str], None] | None = None) -> ExceptHook:
    """Log every uncaught exception; ``show`` then tells the user (the window's dialog).

    Returns the previous hook.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        details = log_exception(error.with_traceback(tb))
        if show is not None:
            show(error, details)
        else:
            previous(kind, error, tb)

    sys.excepthook = hook
    return previous
