"""``factcheck restore``: put a backup back in place of the database (the old file is kept)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.config import default_db_path


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("restore", parents=[common],
                       help="replace the database with a backup (the replaced file is kept next to it)")
    p.add_argument("backup", metavar="BACKUP", help="a backup file written by `factcheck backup`")


def cmd_restore(args: argparse.Namespace) -> int:
    from factcheck.store.recovery import restore_backup

    target = Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()
    kept = restore_backup(Path(args.backup), target)
    print(f"Restored {target} from {args.backup}."
          + (f" The file it replaced was kept as {kept}." if kept else ""))
    return 0


def warn_about_location(store: object) -> None:
    """Print the store's location warning (cloud-sync folder, network share) on stderr."""
    warning = getattr(store, "location_warning", None)
    if warning:
        print(f"factcheck: warning: {warning}", file=sys.stderr)


COMMANDS = {"restore": cmd_restore}
