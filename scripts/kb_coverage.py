"""Coverage of the knowledge base by office, against the offices it is meant to cover.

    python scripts/kb_coverage.py

Prints, for each group (heads of state and government; the G20 and EU ministers; the US
cabinet; international and central-bank chiefs), which offices have terms, from when to
when the data runs, and where it comes from (a Wikidata extract or the hand-made files).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from factcheck.kb import load_kb  # noqa: E402

G20_EU = (
    "Argentina, Australia, Brazil, Canada, China, France, Germany, India, Indonesia, Italy, "
    "Japan, Mexico, Russia, Saudi Arabia, South Africa, South Korea, Turkey, United Kingdom, "
    "United States, Austria, Belgium, Bulgaria, Croatia, Cyprus, Czech Republic, Denmark, "
    "Estonia, Finland, Greece, Hungary, Ireland, Latvia, Lithuania, Luxembourg, Malta, "
    "Netherlands, Poland, Portugal, Romania, Slovakia, Slovenia, Spain, Sweden"
).split(", ")
MINISTERS = ("foreign_minister", "defence_minister", "finance_minister", "interior_minister")
WANTED_CHIEFS = {
    "UN Secretary-General": "un-secretary-general",
    "Fed chair": "us-chair-of-the-federal-reserve",
    "Bank of England governor": "uk-bank-of-england-governor",
    "Bank of Japan governor": "japan-bank-of-japan-governor",
    "People's Bank of China governor": "china-pboc-governor",
}
NOT_FOUND = (
    "NATO Secretary General, IMF Managing Director, World Bank President, WHO Director-General, "
    "ECB President, European Parliament President: no public extract found"
)


def main() -> None:
    kb = load_kb()
    extracted = Counter(t.source.startswith("every-politician-scrapers/") for t in kb.terms)
    print(
        f"knowledge base as of {kb.as_of}: {len(kb.people)} people, {len(kb.offices)} offices, "
        f"{len(kb.terms)} terms ({extracted[True]} with a Wikidata extract as source, "
        f"{extracted[False]} from the hand-made files only)"
    )
    heads = {
        o.country
        for o in kb.offices.values()
        if {"head_of_state", "head_of_government"} & set(o.roles or (o.kind,))
        and kb.office_terms(o.id)
    }
    print(f"heads of state or government: {len(heads)} countries and bodies")
    recent = sorted(
        {
            o.country
            for o in kb.offices.values()
            if o.known_from is not None
            and {"head_of_state", "head_of_government"} & set(o.roles or (o.kind,))
        }
    )
    if recent:
        since = min(o.known_from for o in kb.offices.values() if o.known_from is not None)
        print(
            f"  of them recorded only from {since} (earlier holders unknown): {len(recent)} "
            f"({', '.join(recent)})"
        )
    for role in MINISTERS:
        have = sorted({o.country for o in kb.offices_of_kind(role) if kb.office_terms(o.id)})
        missing = [c for c in G20_EU if c not in have]
        print(
            f"{role}: {len([c for c in G20_EU if c in have])}/{len(G20_EU)} of the "
            f"G20 and EU members; missing: {', '.join(missing) or 'none'}"
        )
    us = [o for o in kb.offices.values() if o.country == "United States" and kb.office_terms(o.id)]
    print(f"United States: {len(us)} offices ({', '.join(sorted(o.title for o in us))})")
    for label, office_id in WANTED_CHIEFS.items():
        terms = kb.office_terms(office_id)
        span = f"{terms[0].start} to {terms[-1].end or 'open'}" if terms else "none"
        print(f"{label}: {len(terms)} terms, {span}")
    print(f"not covered: {NOT_FOUND}")


if __name__ == "__main__":
    main()
