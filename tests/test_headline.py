"""A pasted headline becomes the title, not sentence 1."""

from __future__ import annotations

from factcheck.importers.headline import split_headline
from factcheck.store import Store


def test_a_headline_line_is_split_off():
    text = "Council approves budget\n\nThe council approved the budget on Monday. Critics called it rushed."
    assert split_headline(text) == ("Council approves budget",
                                    "The council approved the budget on Monday. Critics called it rushed.")


def test_a_first_sentence_is_not_a_headline():
    for text in ("The council approved the budget on Monday.\nCritics called it rushed.",
                 "Council approves budget",  # nothing after it
                 "x" * 250 + "\nMore text."):
        assert split_headline(text) == ("", text)


def test_a_question_headline_is_one():
    assert split_headline("Is the bridge safe?\nEngineers said it was.")[0] == "Is the bridge safe?"


def test_stored_as_title_not_a_sentence(tmp_path):
    store = Store(tmp_path / "r.sqlite3", "tester")
    try:
        headline, body = split_headline("Council approves budget\n\nThe council approved it. Critics disagree.")
        result = store.import_text(body, title=headline, analyse=False)
        assert store.article(result.article_id).title == "Council approves budget"
        assert [s.text for s in store.sentences(result.article_id)] == ["The council approved it.",
                                                                       "Critics disagree."]
    finally:
        store.close()
