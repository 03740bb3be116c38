"""Extraction quality of saved web pages on a named set of real pages.

The pages and their annotations are trafilatura's own evaluation set: the repository
github.com/adbar/trafilatura at commit e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5, files
tests/evaldata.json (for each page: text segments that must be "with"in the article and
segments that must be left "without"), the pages in tests/cache/ and tests/eval/. Pages
whose file name is a bare 32-digit hex hash are left out (their origin is not named).

    python benchmarks/extraction.py PATH_TO_TRAFILATURA_CHECKOUT [--limit N] [--english]

It prints, over the pages read:
- recall: share of "with" segments found in the extracted text;
- clutter: share of "without" segments (navigation, captions, prompts, bylines, footers)
  that made it into the text;
- fused blocks: places where one sentence's end runs into the next block's start with no
  space ("…with it.”“But…", "…Omar.Hillicon"), per 100 pages;
- short bodies: pages whose text is under half the text of their <p> elements;
- headline as sentence 1: pages whose text starts with the title;
- title suffixes: titles still ending in " | Site" / " - Site" / " — Site";
- authors kept and authors that do not parse as a person's name.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.errors import ImportFailed  # noqa: E402
from factcheck.importers.webpage import read_web_page  # noqa: E402

_HEX_NAME = re.compile(r"^[0-9a-f]{32}\.html$")
_SPACE = re.compile(r"\s+")
_FUSED = re.compile(r"[a-z]{3}[.!?][\"”’)]?(?=[\"“‘]?[A-Z][a-z]{2})")
_SUFFIX = re.compile(r"\s[|–—-]\s[^|–—-]{2,60}$")


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def pages(root: Path, english_only: bool) -> list[tuple[str, Path, dict]]:
    evaldata = json.loads((root / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    chosen = []
    for url, item in evaldata.items():
        name = item["file"]
        if _HEX_NAME.match(name):
            continue
        path = next((p for p in (root / "tests" / "cache" / name, root / "tests" / "eval" / name)
                     if p.exists()), None)
        if path is None:
            continue
        if english_only:
            from factcheck.importers.language import detect_language

            if detect_language(" ".join(item.get("with", []))) != "en":
                continue
        chosen.append((url, path, item))
    return chosen


def paragraph_chars(data: bytes) -> int:
    """Characters in a page's <p> elements, read with lxml alone (not the code measured)."""
    from lxml import html

    try:
        tree = html.fromstring(data)
    except (ValueError, SyntaxError):
        return 0
    return sum(len(" ".join(p.text_content().split())) for p in tree.iter("p"))


def _is_name(author: str) -> bool:
    from factcheck.importers.authors import is_person_name

    return all(is_person_name(part) for part in re.split(r";|,| and ", author) if part.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="a checkout (or export) of the trafilatura repository")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--english", action="store_true", help="only pages whose segments are English")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and clutter hits")
    args = parser.parse_args()
    chosen = pages(args.checkout, args.english)
    if args.limit:
        chosen = chosen[: args.limit]
    found = wanted = clutter = unwanted = fused = headline = suffixed = failed = short = 0
    authors = bad_authors = 0
    shown = 0
    started = time.perf_counter()
    for _url, path, item in chosen:
        try:
            document = read_web_page(path.read_bytes(), path.name)
        except ImportFailed:
            failed += 1
            text, title, author = "", "", ""
        else:
            text, title, author = document.text, document.title, document.author
        flat = norm(text)
        shown_text = norm(f"{title}\n{text}")  # a headline segment is found in the title
        for segment in item.get("with", []):
            wanted += 1
            if norm(segment) in shown_text:
                found += 1
            elif shown < args.show:
                shown += 1
                print(f"MISS  {path.name}: {segment[:90]!r}")
        for segment in item.get("without", []):
            unwanted += 1
            if norm(segment) in flat:
                clutter += 1
                if shown < args.show:
                    shown += 1
                    print(f"CLUTTER  {path.name}: {segment[:90]!r}")
        fused += len(_FUSED.findall(text))
        wanted_chars = paragraph_chars(path.read_bytes())
        if wanted_chars and len(flat) < 0.5 * wanted_chars:
            short += 1
        first = text.split("\n\n", 1)[0].strip()
        if title and first and norm(first) == norm(title):
            headline += 1
        if title and _SUFFIX.search(title):
            suffixed += 1
        if author:
            authors += 1
            if not _is_name(author):
                bad_authors += 1
    seconds = time.perf_counter() - started
    count = len(chosen)
    print(f"pages: {count} ({failed} with no text found), {seconds:.1f} s ({1000 * seconds / max(count, 1):.0f} ms a page)")
    print(f"recall: {found}/{wanted} = {found / max(wanted, 1):.1%} of 'with' segments found")
    print(f"clutter: {clutter}/{unwanted} = {clutter / max(unwanted, 1):.1%} of 'without' segments kept")
    print(f"fused blocks: {fused} ({100 * fused / max(count, 1):.1f} per 100 pages)")
    print(f"short bodies: {short} pages under half their <p> text")
    print(f"headline as sentence 1: {headline} pages")
    print(f"title with a site suffix: {suffixed} pages")
    print(f"authors: {authors} kept, {bad_authors} not a person's name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
