"""The incremental profile (facts per sentence, running totals) equals the whole-article one."""

from __future__ import annotations

import random

from factcheck.model import SuggestionKind, SuggestionState
from factcheck.profile import sourcing_profile
from factcheck.profile_tally import ProfileTally
from factcheck.store import Store


def test_updating_changed_sentences_gives_the_profile_of_the_whole_article(tmp_path):
    store = Store(tmp_path / "p.sqlite3", "tester")
    colleague = Store(store.path, "colleague")
    try:
        article_id = store.import_seed().article_id
        tally = ProfileTally(store.profile_facts(article_id))
        assert tally.profile() == sourcing_profile(store.article_review(article_id))
        named = store.create_source("Frank Mora", "person")
        anonymous = store.create_source("Officials", "anonymous")
        sentences = store.sentences(article_id)
        quotes = [g for g in store.suggestions(article_id, state=SuggestionState.PENDING)
                  if g.kind == SuggestionKind.QUOTE_DIRECT.value]
        assert quotes
        rng = random.Random(5)
        seen = set()
        for step in range(60):
            sentence = rng.choice(sentences)
            who = rng.choice((store, colleague))
            action = rng.randrange(6)
            if action == 0:
                change = who.set_review(sentence.id, {rng.choice(("sourced", "anonymous", "contested",
                                                                  "inconsistent")): rng.choice((True, False, None))})
            elif action == 1:
                change = store.cite(sentence.id, rng.choice((named, anonymous)).id)
            elif action == 2:
                cited = store.cited_sources(sentence.id)
                if not cited:
                    continue
                change = store.uncite(sentence.id, cited[0].id)
            elif action == 3 and quotes:
                quote = quotes.pop()
                change = store.accept_suggestion(quote.id, overwrite=True).change
            elif action == 4:
                change = store.update_source(anonymous.id, {"kind": rng.choice(("anonymous", "person"))})
            else:
                change = who.set_review(sentence.id, {"note": f"step {step}"})
            # Edits name their sentences; the tally rereads only those of this article.
            tally.update(store.profile_facts(article_id, change.sentence_ids))
            assert tally.profile() == sourcing_profile(store.article_review(article_id)), step
            profile = tally.profile()
            seen |= {name for name in ("named", "anonymous_only", "direct_quotations", "inconsistencies",
                                       "contested", "distinct_sources") if getattr(profile, name)}
        assert len(seen) == 6, "the walk went through every kind of count"
    finally:
        colleague.close()
        store.close()


def test_facts_of_sentences_outside_the_article_are_not_read(tmp_path):
    store = Store(tmp_path / "p.sqlite3", "tester")
    try:
        first = store.import_seed().article_id
        other = store.import_text("Officials said it. Nobody denied it.", title="Other").article_id
        outside = store.sentences(other)[0].id
        assert store.profile_facts(first, [outside]) == []
        assert len(store.profile_facts(other)) == 2
    finally:
        store.close()
