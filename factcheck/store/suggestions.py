"""Suggestions: storing the analysis, accepting (without overwriting) and dismissing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError, NotFound
from factcheck.model import (
    VERDICT_FIELDS,
    Article,
    Sentence,
    SourceKind,
    Suggestion,
    SuggestionKind,
    SuggestionState,
    verdict_from_text,
)
from factcheck.records import lazy_record
from factcheck.store.chunks import analysis_chunks
from factcheck.store.parses import ParseOps
from factcheck.store.rows import (
    SENTENCE_COLUMNS,
    SUGGESTION_COLUMN_COUNT,
    SUGGESTION_COLUMNS,
    Change,
    sentence_from_row,
    suggestion_from_row,
)

if TYPE_CHECKING:
    from factcheck.nlp import ParseCache

ACCEPTABLE_FIELDS = VERDICT_FIELDS + ("rating", "credibility")


@dataclass(frozen=True)
class Paragraph:
    """The paragraph around a sentence: its text (``start`` is its article offset) and sentences."""

    article_id: str
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]


@lazy_record
class NameAction:
    """A knowledge-base action the reviewer can take on a suggestion's name.

    ``kind`` is "different" (the name is not ``person_id``: stop calling it a variant)
    or "add" (an unknown person: add ``name`` to the user's knowledge base).
    """

    kind: str
    name: str
    person_id: str = ""
    person_name: str = ""


class SuggestionConflict(FactcheckError):
    """Accepting would change fields the reviewer already judged; ask first."""

    def __init__(self, conflicts: dict[str, tuple[Any, Any]]) -> None:
        self.conflicts = conflicts
        names = ", ".join(sorted(conflicts))
        super().__init__(f"The suggestion would change what you already judged ({names}).")


@lazy_record
class AcceptResult:
    """What accepting changed, so it can be undone exactly."""

    suggestion_id: int
    sentence_id: int
    article_id: str
    old_review: dict[str, Any]
    applied: dict[str, Any]
    cited: tuple[int, ...] = ()  # source ids newly cited
    created_sources: tuple[int, ...] = ()
    created_links: tuple[int, ...] = ()
    change: Change = field(default_factory=lambda: Change("Accept suggestion"))


def _proposed_value(name: str, value: Any) -> Any:
    if name in VERDICT_FIELDS:
        return verdict_from_text(value) if isinstance(value, str) else value
    return value


def _wanted(suggestion: Suggestion) -> dict[str, Any]:
    proposed = suggestion.proposed or {}
    return {n: _proposed_value(n, proposed[n]) for n in ACCEPTABLE_FIELDS if n in proposed}


def _conflicts(review: Any, wanted: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {n: (getattr(review, n), v) for n, v in wanted.items()
            if getattr(review, n) is not None and getattr(review, n) != v}


def analysis_of(article: Article, sentences: Sequence[Sentence], kb: Any,
                cache: ParseCache) -> list[Suggestion]:
    """What the suggestion engine finds in an article, its parses read from and kept in
    ``cache`` (the store, or an analysis worker's ``ParseFile``).

    A very long text (a corpus, a transcript of days) is analysed in runs of whole
    paragraphs of about ANALYSIS_CHUNK characters, so memory stays bounded; an article
    shorter than that is analysed whole, as always.
    """
    from factcheck.analysis import analyse
    from factcheck.importers.language import for_language
    from factcheck.nlp import parse_sentences

    found: list[Suggestion] = []
    for chunk in analysis_chunks(sentences):
        parsed = parse_sentences(chunk, cache=cache)
        found += analyse(article, chunk, kb, parsed=parsed)
    # The detectors read English words; figures, dates and quotes read the same anywhere.
    return for_language(article.language, found)


# The columns of a suggestion row, in the order ``_suggestion_rows`` gives them.
_ROW_COLUMNS = ('id, article_id, sentence_id, start, "end", kind, message, value, related, proposed,'
                " state, key, confidence")
_KEY_AT = 11  # where a row of those columns has the suggestion's key


class SuggestionOps(ParseOps):
    def suggestion_conflicts(self, suggestion_id: int) -> dict[str, tuple[Any, Any]]:
        """The judged fields accepting would change: field -> (current, proposed).

        Empty when accepting only fills fields not yet judged. The window asks the
        reviewer about these before accepting with ``overwrite=True``.
        """
        suggestion, sentence_id, _ = self.suggestion(suggestion_id)
        return _conflicts(self.review(sentence_id), _wanted(suggestion))

    def analysis_for(self, article: Article, sentences: Sequence[Sentence]) -> list[Suggestion]:
        """What the suggestion engine finds in an article (``analysis_of``, parses kept here)."""
        return analysis_of(article, sentences, self.knowledge_base(), self)

    def _store_analysis(self, article_id: str, found: list[Suggestion] | None = None,
                        analysed: Sequence[Sentence] | None = None) -> int:
        """Replace the article's suggestions (inside a transaction) with ``found``, the analysis
        of ``analysed``; run it here when not given or when the sentences changed since.

        States chosen by the reviewer (accepted, dismissed) are kept by suggestion key.
        """
        sentences = self.sentences(article_id)
        if found is None or analysed is None or [(s.start, s.end) for s in analysed] != [
                (s.start, s.end) for s in sentences]:
            found = self.analysis_for(self.article(article_id), sentences)
        # Only what changed is written: a new date changes a few dozen of thousands of rows.
        old = {row[0]: row for row in self._suggestion_rows_of(article_id)}
        rows = self._suggestion_rows(article_id, found, sentences, old.values())
        kept = {row[0] for row in rows}
        self.conn.executemany("DELETE FROM suggestions WHERE id = ?",
                              [(row_id,) for row_id in old if row_id not in kept])
        self._insert_suggestions([row for row in rows if row[0] is None or old.get(row[0]) != row])
        self.conn.execute("DELETE FROM analysis_pending WHERE article_id = ?", (article_id,))
        suggestions = found
        return len(suggestions)

    def _suggestion_rows_of(self, article_id: str) -> list[tuple]:
        """The article's suggestion rows as ``_suggestion_rows`` gives them, by id."""
        return self._read(f"SELECT {_ROW_COLUMNS} FROM suggestions WHERE article_id = ? ORDER BY id",
                          (article_id,))

    def _suggestion_rows(self, article_id: str, found: Sequence[Suggestion],
                         sentences: Sequence[Sentence], old: Iterable[tuple] = ()) -> list[tuple]:
        """Rows to insert for ``found``, keeping reviewer-chosen states and the ids of the
        ``old`` rows (the article's, as ``_ROW_COLUMNS`` reads them, by id) by key;
        ``sentences`` are the article's stored sentences, with their ids."""
        states = dict(self._read("SELECT key, state FROM suggestion_states WHERE article_id = ?",
                                 (article_id,)))
        # A suggestion found again keeps its row id, so commands on the undo stack that
        # name it (accept, dismiss) still find it after the analysis runs again.
        old_ids: dict[str, list[int]] = {}
        for row in old:
            old_ids.setdefault(row[_KEY_AT], []).append(row[0])
        ids = [s.id for s in sentences]
        pending = SuggestionState.PENDING.value
        rows = [(old_ids[s.key].pop(0) if old_ids.get(s.key) else None, article_id, ids[s.sentence],
                 s.start, s.end, s.kind, s.message, s.value,
                 json.dumps(list(s.related)) if s.related else "[]",
                 json.dumps(s.proposed, ensure_ascii=False) if s.proposed else "{}",
                 states.get(s.key, pending), s.key, s.confidence) for s in found]
        # Kept ids go in first so a new row's automatic id can never take one of them.
        rows.sort(key=lambda row: row[0] is None)
        return rows

    def _insert_suggestions(self, rows: Sequence[tuple]) -> None:
        """Insert rows of ``_suggestion_rows``; one with the id of a row there replaces it."""
        self.conn.executemany(
            f"INSERT OR REPLACE INTO suggestions ({_ROW_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def _analyse_in_runs(self, article: Article) -> None:
        """A huge article's suggestions, analysed and stored run by run, each run in a short
        transaction of its own: memory stays bounded and other programs are never locked out
        for the whole analysis. Should the program stop half-way, the article is there with
        the runs stored so far, still marked pending, and analysing it again completes it."""
        stored = self.sentences(article.id)
        for chunk in analysis_chunks(stored):
            found = self.analysis_for(article, chunk)
            with self._write() as conn:
                self._insert_suggestions(self._suggestion_rows(article.id, found, stored))
                if chunk[-1].index == stored[-1].index:
                    conn.execute("DELETE FROM analysis_pending WHERE article_id = ?", (article.id,))

    def knowledge_base(self) -> Any:
        """The knowledge base with the user's additions file next to the database."""
        from factcheck.kb import load_kb

        return load_kb(self.kb_user_file)

    @property
    def kb_user_file(self) -> Any:
        """The user's knowledge-base additions, in a file next to the database."""
        from factcheck.kb import user_file_for

        return user_file_for(self.path)

    def run_analysis(self, article_id: str) -> Change:
        """Analyse an article again. The engine runs before the write transaction, so a long
        article does not hold the file's write lock while it is read."""
        sentences = self.sentences(article_id)
        found = self.analysis_for(self.article(article_id), sentences)
        with self._write():
            count = self._store_analysis(article_id, found, sentences)
        return Change("Analyse", (article_id,), suggestions=True, suggestion_count=count)

    def suggestions(self, article_id: str, sentence_id: int | None = None,
                    state: SuggestionState | None = None) -> list[Suggestion]:
        clauses, params = ["g.article_id = ?"], [article_id]
        if sentence_id is not None:
            clauses.append("g.sentence_id = ?")
            params.append(sentence_id)  # type: ignore[arg-type]
        if state is not None:
            clauses.append("g.state = ?")
            params.append(state.value)
        rows = self._read(
            f"SELECT {SUGGESTION_COLUMNS} FROM suggestions g JOIN sentences s ON s.id = g.sentence_id"
            f" WHERE {' AND '.join(clauses)} ORDER BY s.idx, g.start, g.kind", params)
        return [suggestion_from_row(r) for r in rows]

    def suggestion(self, suggestion_id: int) -> tuple[Suggestion, int, str]:
        """A suggestion with its sentence row id and article id."""
        row = self._one(
            f"SELECT {SUGGESTION_COLUMNS}, g.sentence_id, g.article_id FROM suggestions g"
            " JOIN sentences s ON s.id = g.sentence_id WHERE g.id = ?", (suggestion_id,))
        if row is None:
            raise NotFound(f"No suggestion with id {suggestion_id}.")
        n = SUGGESTION_COLUMN_COUNT
        return suggestion_from_row(row[:n]), int(row[n]), str(row[n + 1])

    def _set_state(self, suggestion_id: int, suggestion: Suggestion, article_id: str,
                   state: SuggestionState) -> None:
        self.conn.execute("UPDATE suggestions SET state = ? WHERE id = ?", (state.value, suggestion_id))
        if state is SuggestionState.PENDING:
            self.conn.execute("DELETE FROM suggestion_states WHERE article_id = ? AND key = ?",
                              (article_id, suggestion.key))
        else:
            self.conn.execute("INSERT OR REPLACE INTO suggestion_states (article_id, key, state) VALUES (?, ?, ?)",
                              (article_id, suggestion.key, state.value))
        self._record(f"{state.value} suggestion", "suggestion", suggestion.key, "state",
                     suggestion.state.value, state.value, article_id)

    def dismiss_suggestion(self, suggestion_id: int) -> Change:
        suggestion, sentence_id, article_id = self.suggestion(suggestion_id)
        with self._write():
            self._set_state(suggestion_id, suggestion, article_id, SuggestionState.DISMISSED)
        return Change("Dismiss suggestion", (article_id,), (sentence_id,), suggestions=True)

    def reopen_suggestion(self, suggestion_id: int) -> Change:
        """Back to pending (undo of a dismissal)."""
        suggestion, sentence_id, article_id = self.suggestion(suggestion_id)
        with self._write():
            self._set_state(suggestion_id, suggestion, article_id, SuggestionState.PENDING)
        return Change("Reopen suggestion", (article_id,), (sentence_id,), suggestions=True)

    def accept_suggestion(self, suggestion_id: int, overwrite: bool = False) -> AcceptResult:
        """Apply a suggestion's proposal: fills fields not yet judged; never overwrites silently.

        Raises SuggestionConflict when a judged field would change and ``overwrite`` is False.
        """
        with self._write():
            suggestion, sentence_id, article_id = self.suggestion(suggestion_id)
            proposed = suggestion.proposed or {}
            review = self.review(sentence_id)
            wanted = _wanted(suggestion)
            conflicts = _conflicts(review, wanted)
            if conflicts and not overwrite:  # the window asks, then calls again with overwrite
                raise SuggestionConflict(conflicts)
            applied = {n: v for n, v in wanted.items() if getattr(review, n) != v}
            old_review = {n: getattr(review, n) for n in applied} | {"status": review.status}
            cited: list[int] = []
            created_sources: list[int] = []
            created_links: list[int] = []
            if applied:
                self.set_review(sentence_id, applied, action="Accept suggestion")
            for spec in proposed.get("sources", []) or []:
                source = self.find_source(str(spec.get("name", "")))
                if source is None:
                    source = self.create_source(str(spec.get("name", "")), spec.get("kind", "person"),
                                                str(spec.get("description", "")))
                    created_sources.append(source.id)
                if source.id not in {s.id for s in self.cited_sources(sentence_id)}:
                    self.cite(sentence_id, source.id)
                    cited.append(source.id)
            for spec in proposed.get("links", []) or []:
                # The linked sentence by its index: one row, never the whole article (a
                # transcript's 100,000 sentences took ~0.7 s an accept).
                target = self.sentence_id_at(article_id, int(spec.get("to", -1)))
                if target is not None and target != sentence_id:
                    before = {link.id for link in self.links_for(sentence_id)}
                    link = self.add_link(sentence_id, target,
                                         spec.get("kind", "contradicts"), str(spec.get("note", "")))
                    if link.id not in before:
                        created_links.append(link.id)
            self._set_state(suggestion_id, suggestion, article_id, SuggestionState.ACCEPTED)
        change = Change("Accept suggestion", (article_id,), (sentence_id,), sources=bool(cited),
                        links=bool(created_links), suggestions=True)
        return AcceptResult(suggestion_id, sentence_id, article_id, old_review, applied, tuple(cited),
                            tuple(created_sources), tuple(created_links), change)

    def undo_accept(self, result: AcceptResult) -> Change:
        """Reverse exactly what ``accept_suggestion`` did."""
        with self._write():
            suggestion, _, _ = self.suggestion(result.suggestion_id)
            for link_id in result.created_links:
                self.remove_link(link_id)
            for source_id in result.cited:
                self.uncite(result.sentence_id, source_id)
            for source_id in result.created_sources:
                if not self._citing(source_id):
                    self.delete_source(source_id)
            if result.old_review:
                self.set_review(result.sentence_id, result.old_review, action="Undo accept suggestion")
            self._set_state(result.suggestion_id, suggestion, result.article_id, SuggestionState.PENDING)
        return Change("Undo accept", (result.article_id,), (result.sentence_id,), sources=True,
                      links=True, suggestions=True)

    def set_published(self, article_id: str, published: date) -> Change:
        """Correct the publication date (re-runs the analysis)."""
        return self.update_article(article_id, {"published": published})

    # -- the detail panel: paragraph context and knowledge-base actions -------

    def paragraph_of(self, sentence_id: int, around: int = 25) -> Paragraph:
        """The paragraph a sentence belongs to, read without loading the whole article.

        A very long paragraph (a transcript without breaks) is cut to ``around``
        sentences either side of this one.
        """
        sentence = self.sentence(sentence_id)
        rows = self._read(f"SELECT {SENTENCE_COLUMNS} FROM sentences WHERE article_id = ? AND paragraph = ?"
                          " AND idx BETWEEN ? AND ? ORDER BY idx",
                          (sentence.article_id, sentence.paragraph, sentence.index - around,
                           sentence.index + around))
        sentences = tuple(sentence_from_row(r) for r in rows) or (sentence,)
        start, end = sentences[0].start, sentences[-1].end
        text = self.article_text(sentence.article_id)[start:end]
        return Paragraph(sentence.article_id, start, end, text or sentence.text, sentences)

    def span_text(self, article_id: str, start: int, end: int) -> str:
        """The article text between two offsets (a suggestion's span)."""
        return self.article_text(article_id)[start:max(start, end)]

    def name_actions(self, suggestion_id: int) -> list[NameAction]:
        """What the reviewer can tell the knowledge base about a suggestion's name.

        On ``name.variant``: "this is a different person" (the person the variant was
        matched to: ``proposed["person_id"]``, else the known spelling in ``value``). On ``attribution.named`` naming a person the knowledge base
        does not know: "add to knowledge base".
        """
        suggestion, _, article_id = self.suggestion(suggestion_id)
        if suggestion.state is not SuggestionState.PENDING:
            return []
        if suggestion.kind == SuggestionKind.NAME_VARIANT.value:
            name = self.span_text(article_id, suggestion.start, suggestion.end).strip()
            person_id = self._variant_person(suggestion, name)
            if not person_id:
                return []
            kb = self.knowledge_base()
            person = kb.people.get(person_id)
            return [NameAction("different", name, person_id, person.name if person else person_id)]
        if suggestion.kind == SuggestionKind.ATTRIBUTION_NAMED.value:
            kb = self.knowledge_base()
            actions = []
            for spec in suggestion.proposed.get("sources", []) or []:
                name = str(spec.get("name", "")).strip()
                if (name and str(spec.get("kind", "person")) == SourceKind.PERSON.value
                        and kb.find_person(name) is None):
                    actions.append(NameAction("add", name))
            return actions
        return []

    def _variant_person(self, suggestion: Suggestion, name: str) -> str:
        proposed = suggestion.proposed or {}
        for key in ("person_id", "person"):
            value = proposed.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict) and value.get("id"):
                return str(value["id"])
        kb = self.knowledge_base()
        if suggestion.value:  # the known spelling (or the person's id)
            if suggestion.value in kb.people:
                return suggestion.value
            known = kb.find_person(suggestion.value)
            if known is not None:
                return str(known.id)
        # Fall back to the known person whose name the message quotes.
        for known_name, person in kb.all_names():
            if known_name and known_name in suggestion.message and known_name != name:
                return person.id
        return ""

    def apply_name_action(self, action: NameAction, article_id: str, description: str = "") -> Change:
        """Write the action to the user's knowledge-base file, then analyse the article again."""
        from factcheck.kb import add_user_person, mark_different_person

        if action.kind == "different":
            mark_different_person(self.kb_user_file, action.name, action.person_id)
        elif action.kind == "add":
            add_user_person(self.kb_user_file, action.name, description=description)
        else:
            raise FactcheckError(f"Unknown knowledge-base action {action.kind!r}.")
        change = self.run_analysis(article_id)
        return Change("Update knowledge base", change.article_ids, suggestions=True,
                      suggestion_count=change.suggestion_count)
