"""An editing program to be killed: ``python -m tests.faults.killer DB ARTICLE OPERATION``.

Repeats one kind of operation until killed, printing one line after each operation the
store acknowledged (its transaction committed), flushed, so the test knows what must survive.
"""

from __future__ import annotations

import sys

from factcheck.store import Store


def main(db: str, article_id: str, operation: str) -> None:
    store = Store(db, "tester")
    sentences = store.sentences(article_id)
    first = sentences[0]
    i = 0
    while True:
        i += 1
        if operation == "edit":
            store.set_review(sentences[i % 5].id or 0, {"note": f"edit-{i}", "sourced": i % 2 == 0})
            print(f"edit {i % 5} {i}", flush=True)
        elif operation == "import":
            result = store.import_text(f"Article number {i} was written. It has two sentences, {i}.",
                                       title=f"Killed {i}")
            print(f"import {result.article_id}", flush=True)
        elif operation == "split-merge":
            store.split_sentence(first.id or 0, first.start + 10)
            print("split", flush=True)
            store.merge_with_next(first.id or 0)
            print("merge", flush=True)
        elif operation == "delete-undo":
            snapshot = store.delete_article(article_id)
            print("deleted", flush=True)
            store.restore_article_review(snapshot)
            print("restored", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
