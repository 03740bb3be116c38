"""``factcheck config get|set|list`` and ``factcheck datasette-metadata``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from factcheck.errors import InvalidValue


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the publishing commands to the ``factcheck`` parser."""
    from factcheck.config import SETTING_KEYS

    keys = ", ".join(SETTING_KEYS)
    p = sub.add_parser("config", parents=[common], help="read or change a setting (publisher profile, reviewer)",
                       description=f"Settings: {keys}. publisher.review_url is a pattern with {{article}} "
                                   "and {sentence}. An empty VALUE clears a publisher setting.")
    actions = p.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    get = actions.add_parser("get", parents=[common], help="print a setting")
    get.add_argument("key", metavar="KEY", help=keys)
    put = actions.add_parser("set", parents=[common], help="change a setting")
    put.add_argument("key", metavar="KEY", help=keys)
    put.add_argument("value", metavar="VALUE")
    actions.add_parser("list", parents=[common], help="print every setting")

    p = sub.add_parser("datasette-metadata", parents=[common],
                       help="write Datasette metadata (table and column descriptions) for the database")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")


def cmd_config(args: argparse.Namespace) -> int:
    from factcheck.config import SETTING_KEYS, get_setting, set_setting

    try:
        if args.config_action == "list":
            for key in SETTING_KEYS:
                print(f"{key} = {get_setting(key) or ''}")
            return 0
        if args.config_action == "get":
            value = get_setting(args.key)
            if value is None:
                print(f"factcheck: {args.key} is not set.", file=sys.stderr)
                return 1
            print(value)
            return 0
        stored = set_setting(args.key, args.value)
    except ValueError as error:
        raise InvalidValue(str(error)) from None
    print(f"{args.key} = {stored}" if stored else f"{args.key} cleared.")
    return 0


def cmd_datasette_metadata(args: argparse.Namespace) -> int:
    from factcheck.config import default_db_path
    from factcheck.datasette_metadata import datasette_metadata

    db = Path(getattr(args, "db", None) or default_db_path())
    text = json.dumps(datasette_metadata(db.stem), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"Wrote {args.output}; open with: datasette {db} -m {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


COMMANDS = {"config": cmd_config, "datasette-metadata": cmd_datasette_metadata}
