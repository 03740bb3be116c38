"""A second program editing the database: run as ``python -m tests.faults.editor``.

    python -m tests.faults.editor DB SENTENCE_ID FIELD LABEL SECONDS REVIEWER

Edits one review field over and over for SECONDS, printing each value the store
acknowledged (one per line, flushed), so a test can check every acknowledged edit
against the file and its history afterwards.
"""

from __future__ import annotations

import sys
import time

from factcheck.store import Store


def main(argv: list[str]) -> int:
    db, sentence_id, field, label, seconds, reviewer = argv
    store = Store(db, reviewer)
    deadline = time.monotonic() + float(seconds)
    i = 0
    try:
        while time.monotonic() < deadline:
            i += 1
            value: object = f"{label}-{i}" if field == "note" else (i % 6) + 1
            store.set_review(int(sentence_id), {field: value})
            print(value, flush=True)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
