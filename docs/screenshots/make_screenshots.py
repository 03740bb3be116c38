"""Regenerate the window screenshots: the seed as after first start, and after a few edits
(also in Spanish).

    python docs/screenshots/make_screenshots.py

Runs ``factcheck-review --screenshot`` (offscreen) on throw-away databases, reviewer "reviewer".
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

EDITS = """
from factcheck.model import Rating
from factcheck.store import SuggestionConflict, open_store

store = open_store()
article = store.list_articles()[0].id
def sentence(number):
    return store.sentence_by_number(article, number).id
store.set_review(sentence(1), {"sourced": True, "anonymous": True, "contested": False, "inconsistent": False,
                              "rating": Rating.UNVERIFIABLE, "credibility": 6,
                              "note": "Eleven unnamed sources; no document cited."})
store.set_review(sentence(2), {"sourced": False, "anonymous": False, "contested": False, "inconsistent": False,
                              "rating": Rating.MOSTLY_ACCURATE})
store.set_review(sentence(3), {"sourced": False, "anonymous": False, "contested": False, "inconsistent": False,
                              "rating": Rating.ACCURATE, "credibility": 2})
store.set_review(sentence(5), {"sourced": True, "anonymous": True})
store.set_review(sentence(7), {"sourced": False, "anonymous": False, "contested": True, "inconsistent": True,
                              "rating": Rating.FALSE, "note": "Biden was not president in January 2026."})
store.set_review(sentence(9), {"sourced": True, "anonymous": True})
# The reviewer accepts who says what (attributions, direct quotes) and the anachronism; a
# suggestion that would change a judged verdict is left for the reviewer to decide.
for suggestion in store.suggestions(article):
    if str(suggestion.kind) in ("attribution.named", "attribution.anonymous", "quote.direct",
                                "temporal.anachronism"):
        try:
            store.accept_suggestion(suggestion.id)
        except SuggestionConflict:
            pass
store.update_article(article, {"rating": Rating.MISLEADING,
                               "summary": "Relies on anonymous sources; one anachronism (the Biden administration)."})
store.close()
"""


def shoot(name: str, edits: str | None, language: str = "en") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, FACTCHECK_DB=str(Path(tmp) / "review.sqlite3"),
                   FACTCHECK_CONFIG_DIR=str(Path(tmp) / "config"), FACTCHECK_REVIEWER="reviewer",
                   QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        if edits:
            subprocess.run([sys.executable, "-c", edits], env=env, check=True, cwd=ROOT)
        subprocess.run([sys.executable, "-m", "factcheck_review.ui.app", "--language", language, "--screenshot", str(HERE / name)],
                       env=env, check=True, cwd=ROOT)


if __name__ == "__main__":
    shoot("seed.png", None)
    shoot("edited.png", EDITS)
    shoot("edited-es.png", EDITS, language="es")
