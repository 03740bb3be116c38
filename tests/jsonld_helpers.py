"""Expanding exported JSON-LD with pyld, offline: the contexts come from tests/data/jsonld."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pyld import jsonld

CONTEXTS = Path(__file__).parent / "data" / "jsonld"
_FILES = {
    "https://schema.org": "schemaorgcontext.jsonld",
    "https://schema.org/": "schemaorgcontext.jsonld",
    "http://schema.org": "schemaorgcontext.jsonld",
    "http://schema.org/": "schemaorgcontext.jsonld",
    "http://www.w3.org/ns/anno.jsonld": "anno.jsonld",
}
SCHEMA = "http://schema.org/"
OA = "http://www.w3.org/ns/oa#"


def _loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    name = _FILES.get(url)
    if name is None:
        raise jsonld.JsonLdError(f"no local copy of {url}", "loading document failed", code="loading document failed")
    document = json.loads((CONTEXTS / name).read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def expand(document: Any) -> list[dict[str, Any]]:
    """The expanded form of a JSON-LD document (full IRIs, every value in a list)."""
    return jsonld.expand(document, {"documentLoader": _loader})


def value(node: dict[str, Any], prop: str) -> Any:
    """The single @value or @id of an expanded property (schema.org unless ``prop`` is a full IRI)."""
    iri = prop if "://" in prop or prop.startswith("@") else SCHEMA + prop
    entries = node[iri]
    if prop == "@type":
        return entries
    assert len(entries) == 1, (prop, entries)
    entry = entries[0]
    if "@value" in entry:
        return entry["@value"]
    if set(entry) == {"@id"}:
        return entry["@id"]
    return entry


def one(node: dict[str, Any], prop: str) -> dict[str, Any]:
    """The single node an expanded property points to."""
    found = value(node, prop)
    assert isinstance(found, dict), (prop, found)
    return found
