"""The sources ledger, citations and links through the store, and undo of each action
through the window's commands (one QUndoCommand per action, each written to the file)."""

from __future__ import annotations

import pytest
from db_helpers import raw

from factcheck.admiralty import admiralty_code, admiralty_codes, describe_code
from factcheck.errors import InvalidValue, NotFound
from factcheck.model import LinkKind, SourceKind, SuggestionKind, SuggestionState
from factcheck.store import Store


@pytest.fixture
def seeded(tmp_path):
    store = Store(tmp_path / "review.sqlite3", reviewer="ana")
    article_id = store.import_seed().article_id
    yield store, article_id, store.sentences(article_id)
    store.close()



def test_create_edit_and_delete_a_source(seeded):
    store, _, sentences = seeded
    mora = store.create_source("Frank Mora", "person", "former U.S. ambassador to the OAS", "b")
    assert (mora.kind, mora.reliability) == (SourceKind.PERSON, "B")
    assert store.find_source("frank mora").id == mora.id
    store.cite(sentences[13].id, mora.id)
    store.update_source(mora.id, {"reliability": "A", "notes": "Interviewed on record"})
    assert store.source(mora.id).reliability == "A"
    assert raw(store, "SELECT reliability, notes FROM sources WHERE id = ?", (mora.id,)) == [
        ("A", "Interviewed on record")]
    with pytest.raises(InvalidValue):
        store.update_source(mora.id, {"reliability": "G"})
    with pytest.raises(InvalidValue):
        store.create_source("  ")
    source, citing = store.delete_source(mora.id)
    assert citing == [sentences[13].id]
    assert store.cited_sources(sentences[13].id) == []
    with pytest.raises(NotFound):
        store.source(mora.id)
    store.restore_source(source, citing)
    assert [s.name for s in store.cited_sources(sentences[13].id)] == ["Frank Mora"]
    actions = [h.action for h in store.history(entity="source")]
    assert {"create source", "edit source", "delete source"} <= set(actions)


def test_merging_duplicates_keeps_every_citation(seeded):
    store, article_id, sentences = seeded
    full = store.create_source("Frank Mora", "person", "former U.S. ambassador", "B")
    short = store.create_source("Mora", "person", notes="spelt short in one piece")
    store.cite(sentences[13].id, full.id)
    store.cite(sentences[13].id, short.id)  # cited by both: must not be doubled
    store.cite(sentences[12].id, short.id)
    change = store.merge_sources(full.id, short.id)
    assert change.sources and change.merged_source == (full.id, short.id)
    assert store.find_source("Mora") is None
    usage = store.source_usage(full.id)
    assert [(u[0], u[3]) for u in usage] == [(article_id, 12), (article_id, 13)]
    assert store.citation_counts() == {full.id: 2}
    assert "spelt short" in store.source(full.id).notes
    with pytest.raises(InvalidValue):
        store.merge_sources(full.id, full.id)


def test_a_link_shows_on_both_sentences_and_survives_reopening(seeded, tmp_path):
    store, article_id, sentences = seeded
    link = store.add_link(sentences[6].id, sentences[2].id, "contradicts", "the capture was under Trump")
    assert store.links_for(sentences[6].id) == [link]
    assert store.links_for(sentences[2].id) == [link]
    # The same link the other way round is not stored twice.
    assert store.add_link(sentences[2].id, sentences[6].id, LinkKind.CONTRADICTS).id == link.id
    with pytest.raises(InvalidValue):
        store.add_link(sentences[2].id, sentences[2].id)
    store.close()
    reopened = Store(tmp_path / "review.sqlite3", reviewer="ana")
    try:
        again = reopened.links_for(sentences[2].id)
        assert [(lk.from_sentence, lk.to_sentence, lk.kind, lk.note) for lk in again] == [
            (sentences[6].id, sentences[2].id, LinkKind.CONTRADICTS, "the capture was under Trump")]
    finally:
        reopened.close()


def test_links_across_articles(seeded):
    store, _, sentences = seeded
    other = store.import_text("Trump ordered the raid. Biden was no longer president.", title="Other")
    target = store.sentences(other.article_id)[1]
    link = store.add_link(sentences[6].id, target.id, "corroborates")
    assert store.links_for(target.id) == [link]


def test_admiralty_codes():
    assert admiralty_code("B", 2) == "B2"
    assert admiralty_code("b", None) == "B6"  # an ungraded sentence: "cannot be judged"
    assert admiralty_code(None, 3) == "F3"
    assert describe_code("B2") == "Usually reliable source; probably true"
    from factcheck.model import Source

    sources = [Source(1, "Frank Mora", reliability="B"), Source(2, "Analysts", SourceKind.ANONYMOUS, reliability="E")]
    assert [code for _, code in admiralty_codes(sources, 2)] == ["B2", "E2"]


def test_paragraph_of_gives_the_paragraph_text_and_its_sentences(seeded, seed_text):
    store, _, sentences = seeded
    paragraph = store.paragraph_of(sentences[6].id)  # sentence 7 opens the fourth paragraph
    assert [s.number for s in paragraph.sentences] == [7, 8, 9]
    assert paragraph.text == seed_text[sentences[6].start:sentences[8].end]
    assert paragraph.text.startswith("The Biden administration")
    # A long paragraph is cut around the sentence.
    near = store.paragraph_of(sentences[6].id, around=1)
    assert [s.number for s in near.sentences] == [7, 8]
    assert near.text == seed_text[sentences[6].start:sentences[7].end]


def test_accepting_asks_before_changing_a_judged_field(seeded):
    store, article_id, sentences = seeded
    anonymous = next(g for g in store.suggestions(article_id, sentences[8].id)
                     if g.kind == SuggestionKind.ATTRIBUTION_ANONYMOUS.value)
    assert store.suggestion_conflicts(anonymous.id) == {}
    store.set_review(sentences[8].id, {"anonymous": False})
    assert store.suggestion_conflicts(anonymous.id) == {"anonymous": (False, True)}


def test_suggestions_keep_their_ids_and_states_when_the_analysis_runs_again(seeded):
    store, article_id, _ = seeded
    before = {g.key: g.id for g in store.suggestions(article_id)}
    hedge = next(g for g in store.suggestions(article_id) if g.kind == SuggestionKind.HEDGE.value)
    store.dismiss_suggestion(hedge.id)
    store.run_analysis(article_id)
    after = store.suggestions(article_id)
    assert {g.key: g.id for g in after} == before
    assert next(g for g in after if g.id == hedge.id).state is SuggestionState.DISMISSED


def test_this_is_a_different_person_stops_the_name_variant(seeded):
    store, article_id, sentences = seeded
    variant = next(g for g in store.suggestions(article_id, sentences[10].id)
                   if g.kind == SuggestionKind.NAME_VARIANT.value)
    (action,) = store.name_actions(variant.id)
    assert (action.kind, action.name) == ("different", "Bruno Rodríguez Padilla")
    assert action.person_name == "Bruno Rodríguez Parrilla"
    store.apply_name_action(action, article_id)
    assert store.kb_user_file.exists()
    kinds = {g.kind for g in store.suggestions(article_id, sentences[10].id)}
    assert SuggestionKind.NAME_VARIANT.value not in kinds


# -- undo of each action through the commands ---------------------------------------


@pytest.fixture
def session(seeded, qapp):
    from factcheck_review.ui.session import QtSession

    store, article_id, sentences = seeded
    return QtSession(store), article_id, sentences


def _names(store, sentence_id):
    return [s.name for s in store.cited_sources(sentence_id)]


def test_undo_create_source_with_citation(session):
    from factcheck_review.ui.commands import CreateSource

    qt, _, sentences = session
    store, sid = qt.store, sentences[13].id
    assert qt.push(CreateSource("Frank Mora", "person", "former ambassador", "B", cite_from=sid))
    assert _names(store, sid) == ["Frank Mora"]
    qt.undo_stack.undo()
    assert _names(store, sid) == [] and store.find_source("Frank Mora") is None
    qt.undo_stack.redo()
    assert _names(store, sid) == ["Frank Mora"]
    assert raw(store, "SELECT COUNT(*) FROM citations WHERE sentence_id = ?", (sid,)) == [(1,)]


def test_undo_edit_delete_and_merge_sources(session):
    from factcheck_review.ui.commands import DeleteSource, EditSource, MergeSources

    qt, _, sentences = session
    store = qt.store
    full = store.create_source("Frank Mora", reliability="C")
    short = store.create_source("Mora")
    store.cite(sentences[13].id, full.id)
    store.cite(sentences[12].id, short.id)

    assert qt.push(EditSource(full.id, {"reliability": "B"}))
    assert store.source(full.id).reliability == "B"
    qt.undo_stack.undo()
    assert raw(store, "SELECT reliability FROM sources WHERE id = ?", (full.id,)) == [("C",)]
    qt.undo_stack.redo()

    assert qt.push(MergeSources(full.id, short.id))
    assert sorted(u[3] for u in store.source_usage(full.id)) == [12, 13]
    qt.undo_stack.undo()
    assert _names(store, sentences[12].id) == ["Mora"]
    assert _names(store, sentences[13].id) == ["Frank Mora"]
    qt.undo_stack.redo()
    assert store.find_source("Mora") is None

    assert qt.push(DeleteSource(full.id, "Frank Mora"))
    assert _names(store, sentences[12].id) == [] and _names(store, sentences[13].id) == []
    qt.undo_stack.undo()
    assert _names(store, sentences[12].id) == ["Frank Mora"]
    assert _names(store, sentences[13].id) == ["Frank Mora"]


def test_undo_cite_uncite_and_links(session):
    from factcheck_review.ui.commands import AddLink, Cite, RemoveLink, Uncite

    qt, _, sentences = session
    store = qt.store
    source = store.create_source("Analysts", "anonymous")
    assert qt.push(Cite(sentences[12].id, source.id, "Analysts"))
    qt.undo_stack.undo()
    assert _names(store, sentences[12].id) == []
    qt.undo_stack.redo()
    assert qt.push(Uncite(sentences[12].id, source.id, "Analysts"))
    assert _names(store, sentences[12].id) == []
    qt.undo_stack.undo()
    assert _names(store, sentences[12].id) == ["Analysts"]

    assert qt.push(AddLink(sentences[6].id, sentences[2].id, "contradicts", "dates"))
    (link,) = store.links_for(sentences[2].id)
    qt.undo_stack.undo()
    assert store.links_for(sentences[2].id) == [] and store.links_for(sentences[6].id) == []
    qt.undo_stack.redo()
    assert store.links_for(sentences[6].id) == [link]
    assert qt.push(RemoveLink(link.id))
    assert store.links_for(sentences[6].id) == []
    qt.undo_stack.undo()
    assert store.links_for(sentences[2].id) == [link]
    assert raw(store, "SELECT kind, note FROM links") == [("contradicts", "dates")]


def test_undo_of_delete_merge_split_and_json_import_keep_links_author_and_time(tmp_path, seed_text):
    from factcheck.reports.json_data import to_json
    from factcheck.reports.json_read import from_json

    store = Store(tmp_path / "links.sqlite3", "Ana")
    article_id = store.import_text(seed_text, title="Seed", analyse=False).article_id
    sentences = store.sentences(article_id)
    made = store.add_link(sentences[6].id, sentences[2].id, "contradicts", "dates")
    assert made.reviewer == "Ana" and made.created_at

    def kept(link_id: int) -> None:
        link = store.link(link_id)
        assert (link.reviewer, link.created_at) == (made.reviewer, made.created_at)

    snapshot = store.article_review(article_id)
    store.merge_with_next(sentences[0].id, analyse=False)
    store.revert_article(snapshot)
    kept(made.id)
    store.split_sentence(sentences[0].id, sentences[0].start + 5, analyse=False)
    store.revert_article(snapshot)
    kept(made.id)
    deleted = store.delete_article(article_id)
    store.restore_article_review(deleted)
    kept(made.id)
    exported = to_json(store.article_review(article_id))
    other = Store(tmp_path / "other.sqlite3", "Bo")
    other.restore_article_review(from_json(exported), imported=True)
    assert [(link.reviewer, link.created_at) for link in other.article_review(article_id).links] == [
        (made.reviewer, made.created_at)]
    store.close()
    other.close()
