"""Regenerate resources/kb/wikidata-extracts.json from Wikidata position-held statements.

    python scripts/build_kb.py [--mirror DIR] [--extracts DIR] [--check] [--report]

Which offices, and from where, is scripts/kb_sources.json: each extract is a CSV of
position-held (P39) statements with their start (P580) and end (P582) qualifiers, recorded
in a public repository at a named commit. The CSV is read from a local copy of that
repository (``--mirror``: a folder of ``owner+name/repo`` git directories) or from a folder
of CSV files named ``owner+name/PATH`` (``--extracts``). On a machine with internet the same
rows can be had fresh from the Wikidata query service: ``--sparql OUT_DIR`` writes one
SPARQL query per office (its ``wikidata`` position id) to run there, and ``read_sparql_json``
reads the answers (the W3C SPARQL JSON results format) into the same rows; ``--fetch DIR``
runs those queries and saves the answers, and ``--results DIR`` builds from them instead
of the recorded extracts.

The conversion (``build``) is a pure function of the rows and the shipped knowledge base:

- People already in the knowledge base (same Wikidata id, else same name) keep their id; the
  extract only adds their Wikidata id. Others become new people with the extract's label.
- Terms of one person that follow each other within a week are one term. A term lying
  wholly inside another holder's is dropped (an extract error); one that overruns its
  successor's start ends there, with a note. Start or end days given only to the month or
  year are the first day of it, noted "approximate".
- A term still open in the extract ends nowhere: the person was in office when it was made
  (its date is the office's ``known_until``); later changes are not in the data.
- Every term carries ``source``: repository@commit:path of the extract, and the person's
  Wikidata id.
- An extract with ``"format": "years"`` gives years only (``read_year_rows``): a start is its
  year's first day, an end its last, and two holders sharing a handover year both hold
  through it (noted). ``earlier_commits`` adds the holders an earlier snapshot lists and the
  newest no longer does (``with_earlier``); ``known_from`` is the first day from which the
  snapshots list every holder.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from factcheck.kb.base import YEAR_OVERLAP_NOTE  # noqa: E402
from factcheck.kb.names import slugify  # noqa: E402

SOURCES = ROOT / "scripts" / "kb_sources.json"
OUTPUT = ROOT / "resources" / "kb" / "wikidata-extracts.json"
_WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Row:
    """One position-held statement: who held which position (as the extract labels it), when."""

    position: str
    label: str
    wikidata: str
    start: str
    end: str
    approximate: bool = False  # the extract gives the days only roughly (years, months)
    source: str = ""  # an earlier snapshot's "repo@commit:path" (empty: the extract's own)


def with_earlier(rows: list[Row], earlier: list[tuple[str, list[Row]]]) -> list[Row]:
    """``rows`` plus the rows of earlier snapshots of the same extract (each its source and
    rows) that the newest one no longer lists (a holder who left before its query's year),
    each tagged with the snapshot it was read from. A row the newest snapshot also lists (same
    position, person and start) is taken from the newest: it may have gained an end."""
    seen = {(r.position, r.wikidata, r.start) for r in rows}
    out = list(rows)
    for source, older in earlier:
        for row in older:
            key = (row.position, row.wikidata, row.start)
            if key not in seen:
                seen.add(key)
                out.append(replace(row, source=source))
    return out


def read_year_rows(text: str) -> list[Row]:
    """Rows of a leaders extract that gives years only:
    ``countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year``
    (the position is its Wikidata id, unique where labels are not). A start year is read as its
    first day and an end year as its last, so a holder is never cut short by the rounding; every
    such row is approximate."""
    rows = []
    for record in csv.DictReader(io.StringIO(text)):
        end = record.get("end_year") or ""
        rows.append(
            Row(
                record["position"],
                record["officeholderLabel"],
                record["officeholder"],
                record.get("start_year") or "",
                f"{end}-12-31" if end else "",
                approximate=True,
            )
        )
    return rows


def read_rows(spec: dict[str, Any], text: str) -> list[Row]:
    """The rows of one extract, read as its ``format`` says (default: ``read_csv_rows``)."""
    if spec.get("format") == "years":
        return read_year_rows(text)
    return read_csv_rows(text)


def read_csv_rows(text: str, position: str | None = None) -> list[Row]:
    """Rows of an extract CSV: ``position,person,personID,start,end`` (several positions), or
    the query-result shape ``item,itemLabel,startDate,endDate,psid`` of one ``position``."""
    rows = []
    for record in csv.DictReader(io.StringIO(text)):
        if "personID" in record:
            rows.append(
                Row(
                    record["position"],
                    record["person"],
                    record["personID"],
                    record["start"] or "",
                    record["end"] or "",
                )
            )
        else:
            if position is None:
                raise ValueError("a one-position extract needs its position label")
            rows.append(
                Row(
                    position,
                    record["itemLabel"],
                    record["item"].rsplit("/", 1)[-1],
                    record.get("startDate") or "",
                    record.get("endDate") or "",
                )
            )
    return rows


def read_sparql_json(text: str, position: str) -> list[Row]:
    """Rows of a Wikidata query answer in the SPARQL JSON results format (variables
    ``item``, ``itemLabel``, ``start``, ``end``)."""
    data = json.loads(text)
    rows = []
    for binding in data["results"]["bindings"]:
        value = {name: item.get("value", "") for name, item in binding.items()}.get
        rows.append(
            Row(
                position,
                value("itemLabel", ""),
                value("item", "").rsplit("/", 1)[-1],
                value("start", "")[:10],
                value("end", "")[:10],
            )
        )
    return rows


SPARQL = """SELECT ?item ?itemLabel ?start ?end WHERE {{
  ?item wdt:P31 wd:Q5; p:P39 ?held.
  ?held ps:P39 wd:{position}.
  FILTER NOT EXISTS {{ ?held wikibase:rank wikibase:DeprecatedRank }}
  OPTIONAL {{ ?held pq:P580 ?start }}
  OPTIONAL {{ ?held pq:P582 ?end }}
  SERVICE wikibase:label {{ bd:serviceParam wikibase:language "en". }}
}} ORDER BY ?start"""


def _day(text: str) -> tuple[date | None, bool]:
    """(day, approximate) from "YYYY-MM-DD", "YYYY-MM" or "YYYY"."""
    if not text:
        return None, False
    parts = text.split("-")
    try:
        if len(parts) >= 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2][:2])), False
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1), True
        return date(int(parts[0]), 1, 1), True
    except ValueError:
        return None, False


def _display_name(label: str) -> tuple[str, list[str]]:
    """ "John Reid, Baron Reid of Cardowan" -> ("John Reid", [the full label])."""
    if ", Baron" in label or ", Baroness" in label or ", Lord" in label:
        return label.split(",")[0].strip(), [label]
    return label, []


def build(
    extracts: list[tuple[dict[str, Any], list[Row]]],
    kb,
    countries: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The knowledge-base document for ``extracts`` (each its config entry and rows)."""
    by_wikidata = {p.wikidata: p for p in kb.people.values() if getattr(p, "wikidata", "")}
    offices: dict[str, dict[str, Any]] = {}
    people: dict[str, dict[str, Any]] = {}
    identifiers: dict[str, str] = {}
    terms, confirmed, unconfirmed, dropped, excluded = [], [], [], [], []
    taken = set(kb.people)
    for spec, rows in extracts:
        source = f"{spec['repo']}@{spec['commit']}:{spec['path']}"
        held_by_office: dict[str, list[dict]] = {}
        for position, office in spec["offices"].items():
            target = office.get("extends") or office.get("same_as") or office["id"]
            if "id" in office:
                offices[target] = {
                    "id": target,
                    "title": office["title"],
                    "country": office.get("country", spec["country"]),
                    "roles": office["roles"],
                    "titles": office["titles"],
                    "wikidata": office.get("wikidata", ""),
                    "known_until": spec["extracted"],
                    **({"known_from": spec["known_from"]} if spec.get("known_from") else {}),
                    "source": source,
                }
            held = held_by_office.setdefault(target, [])
            for row in rows:
                if row.position != position:
                    continue
                start, start_approx = _day(row.start)
                end, end_approx = _day(row.end)
                if start is None:
                    dropped.append(f"{target}: {row.label} has no start date")
                    continue
                name, aliases = _display_name(row.label)
                person = by_wikidata.get(row.wikidata) or kb.find_person(name)
                if person is not None:
                    person_id = person.id
                    identifiers.setdefault(person_id, row.wikidata)
                elif row.wikidata in people:
                    person_id = people[row.wikidata]["id"]
                else:
                    person_id = slugify(name)
                    if person_id in taken:
                        person_id = f"{person_id}-{row.wikidata.lower()}"
                    taken.add(person_id)
                    # The person's source is their first term's (the office's): not repeated.
                    people[row.wikidata] = {
                        "id": person_id,
                        "name": name,
                        **({"aliases": aliases} if aliases else {}),
                        "wikidata": row.wikidata,
                        "description": "",
                    }
                held.append(
                    {
                        "person": person_id,
                        "start": start,
                        "end": end,
                        "approximate": start_approx or end_approx or row.approximate,
                        "years": row.approximate,
                        "source": row.source,
                    }
                )
        for target, held in held_by_office.items():
            conflicts: list[str] = []
            cleaned = _clean(target, held, source, dropped, conflicts)
            if len(cleaned) >= 4 and len(conflicts) > len(cleaned) / 4:
                # One label for two posts (a state's finance minister beside the nation's):
                # the extract cannot tell them apart, so the office is left out.
                excluded.append(f"{target}: {len(conflicts)} of its rows conflict")
                offices.pop(target, None)
                continue
            if target in kb.offices:
                found, missing = _confirm(kb, target, cleaned, source)
                confirmed += found
                unconfirmed += missing
            else:
                terms += cleaned
    # A person met only in rows that confirm hand-made terms needs no new record.
    used = {t["person"] for t in terms}
    new_people = [p for p in people.values() if p["id"] in used]
    office_list = list(offices.values())
    for entry in new_people:
        spans = [t for t in terms if t["person"] == entry["id"]]
        years = ", ".join(
            f"{t['start'][:4]}–{t['end'][:4] if t.get('end') else ''}".rstrip("–") for t in spans
        )
        titles = sorted({offices[t["office"]]["title"] for t in spans})
        entry["description"] = f"{'; '.join(titles)} {years}".strip()
    return {
        "about": "Generated by scripts/build_kb.py from the Wikidata extracts named in "
        "scripts/kb_sources.json; do not edit by hand.",
        "countries": countries or [],
        "offices": office_list,
        "people": sorted(new_people, key=lambda p: p["id"]),
        "identifiers": [{"person": k, "wikidata": v} for k, v in sorted(identifiers.items())],
        "terms": terms,
        "confirmed": confirmed,
        "unconfirmed": unconfirmed,
        "dropped": dropped,
        "excluded": excluded,
    }


def _confirm(kb, office_id: str, cleaned: list[dict], source: str) -> tuple[list[dict], list[str]]:
    """Terms of a hand-made office the extract confirms (same person, start within 45 days),
    as {office, person, start, source}; and a line for each extract term it does not."""
    confirmed, missing = [], []
    hand = kb.office_terms(office_id)
    for term in cleaned:
        start = date.fromisoformat(term["start"])
        match = next(
            (
                t
                for t in hand
                if t.person_id == term["person"] and abs((t.start - start).days) <= 45
            ),
            None,
        )
        if match is None:
            missing.append(f"{office_id}: {term['person']} from {term['start']} is not in the KB")
            continue
        confirmed.append(
            {
                "office": office_id,
                "person": match.person_id,
                "start": match.start.isoformat(),
                "source": source,
            }
        )
    return confirmed, missing


def _clean(
    office_id: str, held: list[dict], source: str, dropped: list[str], conflicts: list[str]
) -> list[dict]:
    """Terms of one office from its rows: joined, cleaned and sourced (see the module doc).
    ``conflicts`` gains a person for each row dropped or cut short by more than a week."""
    held.sort(key=lambda t: (t["start"], t["end"] or date.max))
    merged: list[dict] = []
    for term in held:
        last = next((m for m in reversed(merged) if m["person"] == term["person"]), None)
        if last is not None and (last["end"] is None or term["start"] <= last["end"] + _WEEK):
            if last["end"] is not None and (term["end"] is None or term["end"] > last["end"]):
                last["end"] = term["end"]
            last["approximate"] |= term["approximate"]
            last["years"] = last.get("years", False) or term.get("years", False)
            if not term.get("source"):
                last["source"] = ""  # the newest snapshot lists it: the office's source
            continue
        merged.append(dict(term))
    kept = []
    for term in merged:
        inside = any(
            other is not term
            and other["person"] != term["person"]
            and other["start"] <= term["start"]
            and term["end"] is not None
            and (other["end"] is None or term["end"] <= other["end"])
            and (other["start"], other["end"] or date.max) != (term["start"], term["end"])
            for other in merged
        )
        if inside:
            conflicts.append(term["person"])
            dropped.append(
                f"{office_id}: {term['person']} {term['start']}–{term['end']} lies inside "
                "another holder's term"
            )
            continue
        kept.append(term)
    out = []
    for i, term in enumerate(kept):
        entry: dict[str, Any] = {
            "office": office_id,
            "person": term["person"],
            "start": term["start"].isoformat(),
        }
        notes = []
        end = term["end"]
        following = kept[i + 1] if i + 1 < len(kept) else None
        rounded = term.get("years") and following is not None and following.get("years")
        if rounded and (end is None or end.year == following["start"].year):
            # Both days are rounded to the year (an open term: its end is not given, the
            # successor's start is): the handover lies somewhere in that year, so both stay
            # holders through it rather than one of them being cut short.
            end = date(following["start"].year, 12, 31)
            notes.append(YEAR_OVERLAP_NOTE)
        elif following is not None and (end is None or end > following["start"]):
            if end is None or end - following["start"] > _WEEK:
                conflicts.append(term["person"])
            end = following["start"]
            notes.append("end taken as the successor's start (the extract's end overlaps it)")
        if end is not None:
            entry["end"] = end.isoformat()
        if term["approximate"]:
            notes.append("approximate (the extract gives only the month or year)")
        if term.get("source"):
            entry["source"] = term["source"]  # an earlier snapshot's
        if notes:
            entry["note"] = "; ".join(notes)
        out.append(entry)  # its source is the office's (``source`` of the office entry)
    return out


def _read(
    spec: dict[str, Any], mirror: Path | None, extracts: Path | None, commit: str = ""
) -> str:
    """The extract's text at its commit (or ``commit``, an earlier snapshot: read from
    ``owner+name/COMMIT/PATH`` in an ``--extracts`` folder)."""
    folder = spec["repo"].replace("/", "+")
    if extracts is not None:
        return (extracts / folder / commit / spec["path"]).read_text(encoding="utf-8")
    if mirror is None:
        raise SystemExit(
            "Give --mirror (git copies of the repositories) or --extracts (CSV files)."
        )
    git_dir = mirror / folder / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit or spec['commit']}:{spec['path']}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def dump(document: dict[str, Any]) -> str:
    """JSON with one record a line: small to load, and a rebuild's diff shows what changed."""
    lines = ["{"]
    keys = list(document)
    for i, key in enumerate(keys):
        value = document[key]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(value, list) and value:
            lines.append(f" {json.dumps(key)}: [")
            lines += [
                "  " + json.dumps(item, ensure_ascii=False) + ("," if j < len(value) - 1 else "")
                for j, item in enumerate(value)
            ]
            lines.append(f" ]{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    return "\n".join(lines) + "\n}\n"


def report(document: dict[str, Any]) -> list[str]:
    """One line per office: holders, first and last day, the extract it comes from."""
    lines = []
    confirmed: dict[str, int] = {}
    for entry in document["confirmed"]:
        confirmed[entry["office"]] = confirmed.get(entry["office"], 0) + 1
    for office_id, count in sorted(confirmed.items()):
        lines.append(f"{office_id}: {count} hand-made terms confirmed by an extract")
    for office in document["offices"]:
        spans = [t for t in document["terms"] if t["office"] == office["id"]]
        if not spans:
            lines.append(f"{office['id']}: no terms")
            continue
        lines.append(
            f"{office['id']}: {len(spans)} terms, {spans[0]['start']} to "
            f"{spans[-1].get('end', 'open')} (known until {office['known_until']}), "
            f"from {office['source'].split('@')[0]}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, help="folder of owner+name/repo git directories")
    parser.add_argument("--extracts", type=Path, help="folder of owner+name/PATH CSV files")
    parser.add_argument("--sparql", type=Path, help="write one P39 query per office to this folder")
    parser.add_argument(
        "--fetch",
        type=Path,
        help="run each office's P39 query on the Wikidata query service (needs internet) and "
        "save the answers (SPARQL JSON) in this folder",
    )
    parser.add_argument(
        "--results",
        type=Path,
        help="folder of saved answers (OFFICE_ID.json): they replace the extracts' rows",
    )
    parser.add_argument("--check", action="store_true", help="fail when the output would change")
    parser.add_argument("--report", action="store_true", help="print coverage by office")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    config = json.loads(SOURCES.read_text(encoding="utf-8"))
    if args.sparql:
        args.sparql.mkdir(parents=True, exist_ok=True)
        for spec in config["extracts"]:
            for office in spec["offices"].values():
                if office.get("wikidata"):
                    path = args.sparql / f"{office['id']}.rq"
                    path.write_text(
                        SPARQL.format(position=office["wikidata"]) + "\n", encoding="utf-8"
                    )
        return
    extracts = [
        (
            spec,
            with_earlier(
                read_rows(spec, _read(spec, args.mirror, args.extracts)),
                [
                    (
                        f"{spec['repo']}@{earlier}:{spec['path']}",
                        read_rows(spec, _read(spec, args.mirror, args.extracts, earlier)),
                    )
                    for earlier in spec.get("earlier_commits", [])
                ],
            ),
        )
        for spec in config["extracts"]
    ]
    document = build(extracts, hand_made_kb(args.output), config.get("countries"))
    text = dump(document)
    if args.check:
        if not args.output.exists() or args.output.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{args.output} is out of date: run scripts/build_kb.py")
    else:
        args.output.write_text(text, encoding="utf-8")
    if args.report:
        print("\n".join(report(document)))
        print("\n".join(f"left out: {line}" for line in document["excluded"]))
    print(
        f"{len(document['offices'])} offices, {len(document['people'])} new people, "
        f"{len(document['identifiers'])} known people identified, {len(document['terms'])} terms, "
        f"{len(document['dropped'])} rows dropped -> {args.output}"
    )


QUERY_SERVICE = "https://query.wikidata.org/sparql"


def fetch_answers(config: dict[str, Any], folder: Path, service: str = QUERY_SERVICE) -> None:
    """Run every office's P39 query and save each answer as OFFICE_ID.json (SPARQL JSON)."""
    import time
    import urllib.parse
    import urllib.request

    folder.mkdir(parents=True, exist_ok=True)
    for spec in config["extracts"]:
        for office in spec["offices"].values():
            if not office.get("wikidata") or "id" not in office:
                continue
            query = urllib.parse.urlencode({"query": SPARQL.format(position=office["wikidata"])})
            request = urllib.request.Request(
                f"{service}?{query}",
                headers={
                    "Accept": "application/sparql-results+json",
                    "User-Agent": "factcheck-review scripts/build_kb.py",
                },
            )
            with urllib.request.urlopen(request, timeout=60) as answer:
                (folder / f"{office['id']}.json").write_bytes(answer.read())
            time.sleep(1)  # the service asks for a pause between queries


def rows_from_results(spec: dict[str, Any], folder: Path) -> list[Row]:
    """The rows of one extract entry from saved query answers, one file per office (an
    office without a saved answer keeps no rows)."""
    rows: list[Row] = []
    for position, office in spec["offices"].items():
        path = folder / f"{office.get('id', '')}.json"
        if "id" in office and path.exists():
            rows += read_sparql_json(path.read_text(encoding="utf-8"), position)
    return rows


def hand_made_kb(output: Path = OUTPUT):
    """The knowledge base of the hand-made files alone (every resources/kb file but
    ``output``), so that a rebuild never reads its own previous output."""
    from factcheck.kb.loader import _build, _parse

    folder = ROOT / "resources" / "kb"
    documents = [
        (path.name, _parse(path.read_text(encoding="utf-8"), path.name))
        for path in sorted(folder.glob("*.json"))
        if path.name != output.name
    ]
    return _build(documents)


if __name__ == "__main__":
    main()
