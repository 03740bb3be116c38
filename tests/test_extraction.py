"""The extraction faults a reviewer met on real pages, each on a small page built to show it."""

from __future__ import annotations

from factcheck.importers.authors import clean_authors, is_person_name
from factcheck.importers.clutter import is_clutter_line, title_without_site, without_headline
from factcheck.importers.webpage import read_web_page

FILLER = ("The committee heard evidence from engineers, residents and the city's finance office "
          "over three sessions before it voted on the final plan.")


def page(body: str, head: str = "<title>Bridge vote</title>") -> bytes:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>".encode()


def extract(body: str, head: str = "<title>Bridge vote</title>"):
    return read_web_page(page(body, head), "page.html")


def test_paragraphs_of_a_layout_table_are_separated():
    document = extract(
        f"<p>{FILLER}</p><table><tr><td><p>The council lived with it.”</p><p>“But with eight launches "
        f"a year, the road will not hold,” the engineer said.</p></td></tr></table><p>{FILLER}</p>")
    assert "with it.”“But" not in document.text
    assert "The council lived with it.”\n\n“But with eight launches" in document.text


def test_a_run_of_text_divs_is_not_fused():
    document = extract(
        f"<p>{FILLER}</p><div>The plan has become a crucial one for the city.</div>"
        f"<div>In a situation of this kind, the council has few choices left.</div><p>{FILLER}</p>")
    assert "city.In" not in document.text
    assert "crucial one for the city.\n\nIn a situation" in document.text


def test_link_pop_up_cards_and_hidden_text_are_dropped():
    document = extract(
        f"<p>{FILLER}</p><p>The bill was backed by Rep. <a href='/p/omar'>Ilhan Omar</a>"
        "<span class='hovercard'>Ilhan Omar<span>Hillicon Valley: the week in tech</span></span>"
        " and two colleagues on Tuesday.</p>"
        "<p>The vote was close.<span style='display:none'>Subscribe for more</span></p>"
        "<p aria-hidden='true'>Share this story on Facebook, Twitter and by email today</p>"
        f"<p>{FILLER}</p>")
    assert "Rep. Ilhan Omar and two colleagues on Tuesday." in document.text
    assert "Hillicon" not in document.text and "Subscribe" not in document.text
    assert "Share this story" not in document.text


def test_captions_prompts_teasers_bylines_and_reprint_lines_are_dropped():
    document = extract(
        f"<p>By Maria Delgado</p><p>{FILLER}</p>"
        "<figure><img src='a.jpg'><figcaption>The old bridge in 1962. Photo: AP</figcaption></figure>"
        "<p>Photo: AP</p>"
        "<div class='newsletter-signup'>Get the morning briefing in your inbox every day</div>"
        "<p>Read more: Five things to know about the bridge</p>"
        f"<p>Repairs would cost more than the city can pay this year, officials said.</p><p>{FILLER}</p>"
        "<p>This article was originally published by The Harbor Ledger.</p>"
        "<p>Sign up for our daily newsletter</p>")
    text = document.text
    for clutter in ("By Maria Delgado", "Photo: AP", "The old bridge in 1962", "morning briefing",
                    "Read more", "originally published", "Sign up"):
        assert clutter not in text, clutter
    assert "Repairs would cost more than the city can pay this year, officials said." in text


def test_a_class_name_never_removes_the_article():
    # The whole article sits in an element whose class says "share": it is a wrapper, kept.
    body = "".join(f"<p>{FILLER} Part {i}.</p>" for i in range(6))
    document = extract(f"<div class='share-wrapper entry-content no-share'>{body}</div>")
    assert document.text.count(FILLER) == 6


def test_an_article_hidden_until_a_script_shows_it_is_kept():
    body = "".join(f"<p>{FILLER} Part {i}.</p>" for i in range(4))
    document = extract(f"<p>{FILLER}</p><div style='display:none' class='paywall-full-content'>{body}</div>"
                       "<div class='hovercard' hidden>Ilhan Omar</div>")
    assert document.text.count(FILLER) == 5 and "Ilhan" not in document.text


def test_the_headline_is_the_title_not_sentence_one():
    document = extract(f"<h1>Council approves the bridge plan</h1><p>{FILLER}</p><p>{FILLER} Again.</p>",
                       head="<title>Council approves the bridge plan | The Harbor Ledger</title>"
                            "<meta property='og:site_name' content='The Harbor Ledger'>")
    assert document.title == "Council approves the bridge plan"
    assert document.text.startswith("The committee heard evidence")
    assert document.outlet == "The Harbor Ledger"


def test_title_without_the_site_name():
    assert title_without_site("Tokyo reopens | The Japan Times", "The Japan Times") == "Tokyo reopens"
    assert title_without_site("The Japan Times - Tokyo reopens", "Japan Times") == "Tokyo reopens"
    assert title_without_site("Why goats came back – Wired", "", "https://www.wired.com/story/goats") == (
        "Why goats came back")
    assert title_without_site("Berlin acts | DW | 19.01.2020", "DW.COM") == "Berlin acts"
    # A dash that belongs to the headline stays.
    assert title_without_site("Talks resume - and fail", "Reuters") == "Talks resume - and fail"


def test_headline_dropped_only_when_it_is_the_first_paragraph():
    assert without_headline(["Bridge vote", "Text."], "Bridge vote") == ["Text."]
    assert without_headline(["Text.", "Bridge vote"], "Bridge vote") == ["Text.", "Bridge vote"]
    assert without_headline(["Bridge vote"], "Bridge vote") == ["Bridge vote"]  # never empty


def test_subscription_walls_app_prompts_and_disclosures_are_clutter():
    for line in ("To read the full story, please subscribe to The Harbor Ledger.",
                 "If you're seeing this message but you're already a subscriber, log in.",
                 "For the latest stories download the Ledger apps for iOS and Android.",
                 "Follow The Ledger on Twitter and Instagram @HarborLedger",
                 "This post contains affiliate links; we may earn a commission.",
                 "Written permission must be obtained before reprint in online or print media.",
                 "View 12 comments"):
        assert is_clutter_line(line), line
    for line in ("The minister said she would follow the advice on Twitter from health officials.",
                 "Readers who subscribe to the paper were not told of the change, the report found."):
        assert not is_clutter_line(line), line


def test_clutter_lines_are_short_whole_lines_only():
    assert is_clutter_line("Photo: Getty Images")
    assert is_clutter_line("Updated: March 3, 2025 10:45 a.m.")
    assert not is_clutter_line("By Monday, officials had counted 32 ballots.")
    assert not is_clutter_line("Published in 2019, the report found 40 percent of bridges unsafe.")
    long_paragraph = "Read more about the plan: " + FILLER * 3
    assert not is_clutter_line(long_paragraph)


def test_authors_must_read_as_names():
    assert clean_authors("Carrie Arnold November") == ""
    assert clean_authors("Phil Helsel is a reporter") == ""
    assert clean_authors("No Author") == ""
    assert clean_authors("Facebook posts; Donald Trump") == "Donald Trump"
    assert clean_authors("By John Smith and Jane Doe") == "John Smith; Jane Doe"
    assert is_person_name("Ludwig van Beethoven") and is_person_name("Anne-Marie O'Neill")
    assert not is_person_name("Reuters") and not is_person_name("CNN Staff")


def test_a_page_author_that_is_not_a_name_is_left_empty():
    document = extract(f"<p>{FILLER}</p><p>{FILLER} Again.</p>",
                       head="<title>Bridge vote</title><meta name='author' content='No Author'>")
    assert document.author == ""
    document = extract(f"<p>{FILLER}</p><p>{FILLER} Again.</p>",
                       head="<title>Bridge vote</title><meta name='author' content='Maria Delgado'>")
    assert document.author == "Maria Delgado"


def test_the_recall_mode_is_tried_when_half_the_paragraph_text_is_missing(monkeypatch):
    from factcheck.importers import webpage

    calls: list[bool] = []
    real = webpage._body
    lose_body = True

    def spy(tree, favor_recall):
        calls.append(favor_recall)
        paragraphs = real(tree, favor_recall)
        # The first mode loses most of the body when told to.
        return paragraphs[:1] if lose_body and not favor_recall else paragraphs

    monkeypatch.setattr(webpage, "_body", spy)
    body = "".join(f"<p>{FILLER} Part {i}.</p>" for i in range(6))
    document = extract(body)
    assert calls == [False, True]
    assert document.text.count(FILLER) == 6
    calls.clear()
    lose_body = False
    assert extract(body).text.count(FILLER) == 6
    assert calls == [False]  # a full first extraction tries nothing else
