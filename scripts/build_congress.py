"""Regenerate resources/kb/us-congress.json from the congress-legislators project's records.

    python scripts/build_congress.py --mirror DIR [--check]

``DIR`` holds ``unitedstates+congress-legislators/repo``, a git directory of that public
repository (CC0); the files are read at the commit named in ``SOURCE`` below:
``legislators-current.yaml`` (every member of the U.S. Congress serving on that day) and
``executive.yaml`` (every president and vice president). The output holds:

- ``people``: each member whom the rest of the knowledge base does not hold (matched by
  Wikidata id, else by name), with their Wikidata id, the seat they held on that day, their
  gender as the records give it, and the record as ``source``. They hold no office of the
  knowledge base (a seat in Congress is not one): they are there so that a misspelling of their
  name is noticed ("Mitch McConnel"), and so that "he" or "she" is not read as them when the
  records say otherwise.
- ``genders``: the gender the records give for people the knowledge base already holds
  (presidents, vice presidents and members who also held an office), with its source.

The records of former members (``legislators-historical.yaml``) are not in the snapshot this
was built from; members who left before the commit's day are not included.
``--check`` compares the output with the file in the repository and exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUTPUT = ROOT / "resources" / "kb" / "us-congress.json"
SOURCE = {
    "repo": "unitedstates/congress-legislators",
    "commit": "dfa9622263dd4c8d08636926e498f1845704d7eb",
    "date": "2026-06-15",
    "members": "legislators-current.yaml",
    "executive": "executive.yaml",
}
GENDERS = {"M": "male", "F": "female"}
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "the District of Columbia", "PR": "Puerto Rico",
    "GU": "Guam", "VI": "the U.S. Virgin Islands", "AS": "American Samoa",
    "MP": "the Northern Mariana Islands",
}
SEATS = {"sen": "U.S. Senator", "rep": "U.S. Representative"}
# The words before a member's name that say they sit in Congress ("Sen. Mitch McConnell",
# "House Speaker Mike Johnson", "Congresswoman Nancy Mace"), folded.
TITLES = {
    "sen": ["sen", "sen.", "senator", "senate"],
    "rep": ["rep", "rep.", "representative", "congressman", "congresswoman", "house", "speaker"],
}


def source_of(path: str) -> str:
    return f"{SOURCE['repo']}@{SOURCE['commit']}:{path}"


def names_of(record: dict[str, Any]) -> tuple[str, list[str]]:
    """The record's name as the knowledge base gives it (its official form when it has one)
    and the other forms the records give ("first last", "nickname last")."""
    name = record.get("name", {})
    last = str(name.get("last", "")).strip()
    forms = [str(name.get("official_full", "")).strip()]
    for given in (name.get("first"), name.get("nickname")):
        if given and last:
            forms.append(f"{given} {last}")
    if name.get("first") and name.get("middle") and last:
        forms.append(f"{name['first']} {name['middle']} {last}")
    forms = [f for f in dict.fromkeys(forms) if f]
    return (forms[0] if forms else ""), forms[1:]


def seat_of(record: dict[str, Any]) -> str:
    """"U.S. Senator from Kentucky, in Congress since 1985": the last seat, and the year of the
    first term."""
    terms = [t for t in record.get("terms", []) if t.get("type") in SEATS]
    if not terms:
        return ""
    last = terms[-1]
    state = STATES.get(str(last.get("state", "")), str(last.get("state", "")))
    first_year = min(str(t.get("start", ""))[:4] for t in terms)
    return f"{SEATS[last['type']]} from {state}, in Congress since {first_year}"


def build(members: list[dict[str, Any]], executive: list[dict[str, Any]], kb: Any) -> dict[str, Any]:
    """The output document for these records, given the rest of the knowledge base ``kb``."""
    from factcheck.kb.names import derived_surnames, name_key, slugify

    by_wikidata = {p.wikidata: p for p in kb.people.values() if p.wikidata}
    people: list[dict[str, Any]] = []
    genders: dict[str, dict[str, str]] = {}
    taken = set(kb.people)

    def known(record: dict[str, Any], name: str, aliases: list[str]) -> Any:
        wikidata = str(record.get("id", {}).get("wikidata", "") or "")
        if wikidata in by_wikidata:
            return by_wikidata[wikidata]
        for form in [name, *aliases]:
            found = kb.find_people(form)
            if len(found) == 1:
                return found[0]
        return None

    for path, records, add in ((SOURCE["members"], members, True),
                               (SOURCE["executive"], executive, False)):
        for record in records:
            name, aliases = names_of(record)
            gender = GENDERS.get(str(record.get("bio", {}).get("gender", "")), "")
            if not name:
                continue
            person = known(record, name, aliases)
            if person is not None:
                if gender:
                    genders.setdefault(person.id, {"person": person.id, "gender": gender,
                                                   "source": source_of(path)})
                continue
            if not add:
                continue  # a president or vice president the knowledge base does not hold
            slug = slugify(name)
            while slug in taken:
                slug += "-us"
            taken.add(slug)
            entry: dict[str, Any] = {"id": slug, "name": name}
            if aliases:
                entry["aliases"] = aliases
            last = str(record.get("name", {}).get("last", "")).strip()
            if last and name_key(last) not in derived_surnames(name):
                entry["surnames"] = [last]
            entry["description"] = seat_of(record)
            seats = dict.fromkeys(t.get("type") for t in record.get("terms", []) if t.get("type") in TITLES)
            entry["titles"] = [word for seat in seats for word in TITLES[seat]] + ["lawmaker"]
            wikidata = str(record.get("id", {}).get("wikidata", "") or "")
            if wikidata:
                entry["wikidata"] = wikidata
            if gender:
                entry["gender"] = gender
            entry["source"] = source_of(path)
            people.append(entry)
    people.sort(key=lambda p: p["id"])
    return {
        "about": (
            "Generated by scripts/build_congress.py from the records of "
            f"{SOURCE['repo']} (CC0) at commit {SOURCE['commit']} ({SOURCE['date']}); "
            "do not edit by hand."
        ),
        "people": people,
        "genders": sorted(genders.values(), key=lambda g: g["person"]),
    }


def read_records(mirror: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    import yaml  # only this script reads YAML

    repo = mirror / "unitedstates+congress-legislators" / "repo"
    found = []
    for key in ("members", "executive"):
        text = subprocess.run(
            ["git", "--git-dir", str(repo), "show", f"{SOURCE['commit']}:{SOURCE[key]}"],
            check=True, capture_output=True, text=True,
        ).stdout
        found.append(yaml.safe_load(text))
    return found[0], found[1]


def rest_of_kb() -> Any:
    """The knowledge base without this script's output (what it must not repeat)."""
    from factcheck.kb.loader import _build, _parse

    folder = ROOT / "resources" / "kb"
    documents = [(p.name, _parse(p.read_text(encoding="utf-8"), p.name))
                 for p in sorted(folder.glob("*.json")) if p != OUTPUT]
    return _build(documents)


def dump(document: dict[str, Any]) -> str:
    lines = ["{", f'  "about": {json.dumps(document["about"], ensure_ascii=False)},']
    for key in ("people", "genders"):
        items = document[key]
        lines.append(f'  "{key}": [')
        lines += [f"    {json.dumps(item, ensure_ascii=False)}," for item in items]
        if items:
            lines[-1] = lines[-1].rstrip(",")
        lines.append("  ]," if key == "people" else "  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, required=True,
                        help="folder of owner+name/repo git directories")
    parser.add_argument("--check", action="store_true", help="compare with the file, write nothing")
    args = parser.parse_args()
    members, executive = read_records(args.mirror)
    text = dump(build(members, executive, rest_of_kb()))
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUTPUT} differs from the records")
        sys.exit(0 if same else 1)
    OUTPUT.write_text(text, encoding="utf-8")
    document = json.loads(text)
    print(f"{len(document['people'])} people, {len(document['genders'])} genders -> {OUTPUT}")


if __name__ == "__main__":
    main()
