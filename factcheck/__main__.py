"""``python -m factcheck``: the same command-line program as ``factcheck``."""

import sys

from factcheck.cli import main

sys.exit(main())
