"""Plant knowledge-base errors into real PolNeAR dev sentences, for benchmarks/knowledge_quality.py.

Run once, by hand; its output, benchmarks/data/planted_errors.json, is frozen and committed
before the detectors are tuned, so the planted set cannot follow the engine.

    python scripts/plant_errors.py [CORPORA] [--seed 2016] [--each 120]

Each error replaces the speaker of a reporting verb ("Clinton said", "Mr. Trump told",
"…,” he said") in a dev sentence that gives no year of its own:

- ``temporal.anachronism``: by a title and a holder of that office who was not in office
  within a year either side of the article's date ("Mexican President Vicente Fox said" in
  2016). For offices of the United States only later holders are used, since US usage keeps
  a former holder's title ("President Carter").
- ``name.variant``: by a person of the knowledge base under a misspelt surname (a doubled
  letter dropped, two letters swapped, a vowel changed, a letter dropped), never one that is
  itself a spelling the knowledge base knows or a surname of the US Census list (the
  ``names`` package): "Byrd" written "Bird" is another real name, not a misspelling.

The knowledge base used is the one shipped at the time the set was made; the file records
the article, the character span replaced, the words before and after, and what was planted.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from annotated_news import DEFAULT_CORPORA, articles  # noqa: E402

from factcheck.analysis.common import mask_quotes  # noqa: E402
from factcheck.kb import fold, load_kb  # noqa: E402
from factcheck.text import split_article  # noqa: E402

OUTPUT = ROOT / "benchmarks" / "data" / "planted_errors.json"
_SPEAKER_RE = re.compile(
    r"(?<![\w.’'-])((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+){0,2}"
    r"|(?<=[,\u201d\"] )(?:he|she))"
    r"\s+(said|says|told|added|argued|wrote|noted|tweeted)\b"
)
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "vice_president"}
_VOWELS = "aeiou"


def speaker_slots(corpora: Path, split: str = "dev") -> list[dict]:
    """Every (article, span) where a person is the speaker of a reporting verb: "he", "she",
    or capitalised words that are all census given names or surnames ("But Flynn" is not)."""
    known = census_names() | census_names("dist.male.first") | census_names("dist.female.first")
    slots = []
    for article in articles(corpora, (split,)):
        for sentence in split_article(article.name, article.text):
            if _YEAR_RE.search(sentence.text):
                continue
            masked = mask_quotes(sentence.text)
            for match in _SPEAKER_RE.finditer(masked):
                name = match.group(1)
                words = [w for w in name.split() if not w.endswith(".")]
                if name not in ("he", "she") and not all(w.casefold() in known for w in words):
                    continue
                if re.search(r"[A-Z][\w.]*\s+$", masked[: match.start(1)]):
                    continue  # part of a longer name or title ("Prime Minister Theresa May")
                if re.search(r"\b(?:former|then|ex)[\s-]*$", masked[: match.start()], re.I):
                    continue
                slots.append(
                    {
                        "file": article.name,
                        "published": article.published,
                        "start": sentence.start + match.start(1),
                        "end": sentence.start + match.end(1),
                        "original": name,
                    }
                )
    return slots


def _title(kb, office) -> str:
    bare = office.titles[0] if office.titles else office.title
    if office.country == "United States":
        return bare
    adjectives = kb.countries.get(office.country, {}).get("adjectives", [])
    return f"{adjectives[0]} {bare}" if adjectives else f"{bare} of {office.country}"


def anachronism_for(kb, slot: dict, rng: random.Random) -> dict | None:
    day = slot["published"]
    year = timedelta(days=365)
    offices = [
        o
        for o in kb.offices.values()
        if _ROLES & set(o.roles or (o.kind,)) and "monarch" not in o.id  # "Canadian King …"
    ]
    rng.shuffle(offices)
    for office in offices:
        terms = kb.office_terms(office.id)
        near = {
            t.person_id
            for t in terms
            if t.covers(day - year) or t.covers(day + year) or (day - year <= t.start <= day + year)
        }
        choices = [
            t
            for t in terms
            if not t.acting
            and t.person_id not in near
            and (office.country != "United States" or t.start > day + year)
        ]
        if not choices:
            continue
        term = rng.choice(choices)
        person = kb.people[term.person_id]
        return {
            "kind": "temporal.anachronism",
            "replacement": f"{_title(kb, office)} {person.name}",
            "person": person.id,
            "office": office.id,
        }
    return None


def misspell(word: str, rng: random.Random) -> str | None:
    """One typing error inside ``word`` (its first letter kept)."""
    options = []
    for i in range(1, len(word) - 1):
        if word[i] == word[i + 1]:
            options.append(word[:i] + word[i + 1 :])
    for i in range(1, len(word) - 2):
        if word[i] != word[i + 1]:
            options.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    for i in range(1, len(word)):
        if word[i] in _VOWELS:
            options += [word[:i] + v + word[i + 1 :] for v in _VOWELS if v != word[i]]
    for i in range(1, len(word) - 1):
        options.append(word[:i] + word[i + 1 :])
    return rng.choice(options) if options else None


def census_names(list_name: str = "dist.all.last") -> frozenset[str]:
    """Every name of one US Census list the ``names`` package ships (surnames by default)."""
    from importlib import resources

    text = resources.files("names").joinpath(list_name).read_text(encoding="utf-8")
    return frozenset(line.split()[0].casefold() for line in text.splitlines() if line.strip())


def variant_for(kb, rng: random.Random, people: list, census: frozenset[str]) -> dict | None:
    for _ in range(50):
        person = rng.choice(people)
        words = person.name.split()
        surname = words[-1]
        if len(words) < 2 or len(surname) < 5 or not surname.isalpha():
            continue
        wrong = misspell(surname, rng)
        if wrong is None:
            continue
        written = " ".join([*words[:-1], wrong])
        if kb.find_person(written) or fold(wrong) in kb.surname_index():
            continue
        if fold(wrong) in census:
            continue  # another real surname ("Byrd" -> "Bird"), not a misspelling
        return {"kind": "name.variant", "replacement": written, "person": person.id}
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--each", type=int, default=120, help="errors of each kind")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--split", default="dev", choices=("dev", "train"), help="train: a set to tune on"
    )
    args = parser.parse_args()
    kb = load_kb()
    rng = random.Random(args.seed)
    slots = speaker_slots(args.corpora, args.split)
    rng.shuffle(slots)
    census = census_names()
    people = sorted((p for p in kb.people.values() if kb.terms_of(p.id)), key=lambda p: p.id)
    planted = []
    for slot, kind in zip(
        slots, ["temporal.anachronism", "name.variant"] * args.each, strict=False
    ):
        plant = (
            anachronism_for(kb, slot, rng)
            if kind == "temporal.anachronism"
            else variant_for(kb, rng, people, census)
        )
        if plant is None:
            continue
        planted.append(
            {
                "id": len(planted) + 1,
                "file": slot["file"],
                "published": slot["published"].isoformat(),
                "start": slot["start"],
                "end": slot["end"],
                "original": slot["original"],
                **plant,
            }
        )
    payload = {
        "about": "Errors planted into PolNeAR dev sentences by scripts/plant_errors.py; frozen.",
        "kb_as_of": kb.as_of.isoformat(),
        "seed": args.seed,
        "split": args.split,
        "planted": planted,
    }
    args.output.write_text(
        json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    counts = {
        k: sum(p["kind"] == k for p in planted) for k in ("temporal.anachronism", "name.variant")
    }
    print(f"{len(slots)} speaker slots; planted {len(planted)}: {counts} -> {args.output}")


if __name__ == "__main__":
    main()
