"""The window remembers the sentence the reviewer was on, per article: across a filter change,
another article, and a restart."""

from __future__ import annotations

from factcheck_review.ui.main_window import MainWindow
from factcheck_review.ui.session import QtSession


def number_shown(window) -> int:
    return window.sentences.row(window.current_row()).sentence.number


def second_article(store) -> str:
    text = ("The council approved the budget on Monday, officials said. Critics called the vote rushed. "
            "The mayor did not comment. A second vote is due in May.")
    return store.import_text(text, title="Budget vote").article_id


def test_switching_articles_keeps_each_place(window, seed_store):
    seed = window.article_id
    other = second_article(seed_store)
    window.articles.reload()
    window.select_row(8)
    assert window.select_article(other)
    assert number_shown(window) == 1
    window.select_row(2)
    assert window.select_article(seed)
    assert number_shown(window) == 9
    assert window.select_article(other)
    assert number_shown(window) == 3


def test_a_filter_keeps_the_place_or_the_nearest_sentence_after_it(window, seed_store):
    article = window.article_id
    for number in (5, 6):
        seed_store.set_review(seed_store.sentence_by_number(article, number).id,
                              {"sourced": True, "anonymous": True, "contested": False, "inconsistent": False})
    window.sentences.reload()
    window.select_row(9)
    window.set_filter("unreviewed")
    assert number_shown(window) == 10
    window.set_filter("all")
    window.select_row(4)  # sentence 5, reviewed: not in "To review"
    window.set_filter("unreviewed")
    assert number_shown(window) == 7
    window.set_filter("all")
    assert number_shown(window) == 7


def test_the_place_survives_a_restart(window, seed_store, qtbot):
    window.select_row(11)
    window.save_settings()
    settings = window.settings
    window.close()
    again = MainWindow(QtSession(seed_store), settings=settings)
    qtbot.addWidget(again)
    again.start()
    assert number_shown(again) == 12
