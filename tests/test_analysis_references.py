"""reference.ambiguous: a bare surname shared by two people already named."""

from __future__ import annotations

from datetime import date

from factcheck.analysis import analyse
from factcheck.analysis.reference_syntax import passing_kind
from factcheck.model import Article
from factcheck.nlp import ParsedSentence
from factcheck.text import split_article


def ambiguous(text: str) -> list[tuple[int, str, str]]:
    article = Article(id="t", text=text, published=date(2026, 1, 12))
    return [
        (s.sentence + 1, text[s.start : s.end], s.message)
        for s in analyse(article, split_article("t", text))
        if s.kind == "reference.ambiguous"
    ]


def test_surname_after_two_people():
    text = (
        "Delcy Rodríguez leads the interim government. "
        "She met Foreign Minister Bruno Rodríguez Parrilla on Monday. "
        "Rodríguez said the talks went well."
    )
    ((number, span, message),) = ambiguous(text)
    assert (number, span) == (3, "Rodríguez")
    assert "Delcy Rodríguez" in message and "Bruno Rodríguez Parrilla" in message


def test_people_unknown_to_the_knowledge_base():
    text = "Anna Kowalska chairs the board. Her cousin Piotr Kowalska joined in May. Kowalska voted no."
    assert [n for n, _, _ in ambiguous(text)] == [3]


def test_surname_before_the_second_person_is_clear():
    text = (
        "Delcy Rodríguez leads the interim government. "
        "Rodríguez met Foreign Minister Bruno Rodríguez Parrilla on Monday."
    )
    assert ambiguous(text) == []


def test_one_person_repeated_is_clear():
    text = "Delcy Rodríguez leads the government. Delcy Rodríguez Gómez is her full name. Rodríguez spoke."
    assert ambiguous(text) == []


def test_east_asian_family_names():
    text = "Kim Jong-un met the envoy. His father Kim Jong-il never did. Kim said the talks were useful."
    assert [(n, s) for n, s, _ in ambiguous(text)] == [(3, "Kim")]


def test_a_junior_shares_the_surname():
    text = "Donald Trump spoke first. Donald Trump Jr. followed him. Trump said the rally was a success."
    assert [(n, s) for n, s, _ in ambiguous(text)] == [(3, "Trump")]


def test_family_name_first_for_people_unknown_to_the_knowledge_base():
    text = "Park Ji-hoon spoke first. Park Min-young disagreed. Park said the vote would go ahead."
    assert [(n, s) for n, s, _ in ambiguous(text)] == [(3, "Park")]


def test_titles_are_not_surnames():
    text = (
        "The Cuban President met the Venezuelan President. The President said the talks went well."
    )
    assert ambiguous(text) == []


def test_a_relative_named_once_in_passing_leaves_the_one_followed_in_mind():
    text = (
        "Maria Lopez left the hearing early. "
        "Maria Lopez drove to her brother Carlos Lopez's house after the vote. "
        "Her staff said she was tired. "
        "The committee will meet again on Friday. "
        "Lopez's office declined to comment."
    )
    assert ambiguous(text) == []
    # Named in the sentence just before, the relative is still in mind.
    close = (
        "Maria Lopez left the hearing early. "
        "Her brother Carlos Lopez stayed until the vote. "
        "Lopez said the vote was unfair."
    )
    assert [n for n, _, _ in ambiguous(close)] == [3]


def test_the_one_just_named_settles_a_surname_when_the_other_was_named_long_ago():
    text = (
        "Gary Johnson spoke in Denver. "
        "His running mate was not there. "
        "The crowd was small. "
        "Tickets were free. "
        "The rally ended at noon. "
        "Homeland Security Secretary Jeh Johnson says hackers are active. "
        "Johnson told reporters that the attack was under investigation."
    )
    assert ambiguous(text) == []


def test_a_capitalised_gerund_opening_a_sentence_is_no_first_name():
    for gerund in ("Questioning", "Hosting"):
        text = (
            "Hillary Clinton spoke in Ohio. "
            f"{gerund} Clinton's marital troubles into the campaign is the rival's plan. "
            "Clinton said the plan would fail."
        )
        assert ambiguous(text) == []


def test_a_gendered_pronoun_after_the_surname_settles_which_one():
    base = "Hillary Clinton spoke in Ohio. Bill Clinton stayed at home. "
    assert ambiguous(base + "Clinton said that he would vote early.") == []
    # Both candidates could be "they": still ambiguous.
    assert [n for n, _, _ in ambiguous(base + "Clinton said that they would vote early.")] == [3]


def test_a_capitalised_word_that_is_no_given_name_is_no_first_name():
    for word in ("Team", "Longtime", "Absent"):
        text = (
            "Hillary Clinton spoke in Ohio. "
            f"{word} Clinton aides said the plan would work. "
            "Clinton said the plan would fail."
        )
        assert ambiguous(text) == [], word


def test_one_person_under_a_nickname_or_her_earlier_name():
    nickname = (
        "Sen. Chuck Grassley spoke on Wednesday. "
        "An editorial criticised Sen. Charles Grassley. "
        "Grassley has refused to hold hearings."
    )
    assert ambiguous(nickname) == []
    earlier_name = (
        "He phoned on behalf of his wife, Dena Minning Grayson. "
        "She ran as Dena Minning. "
        "Minning won the primary."
    )
    assert ambiguous(earlier_name) == []


def test_a_person_commanding_the_surname_is_not_the_one_it_means():
    text = (
        "Donald Trump spoke in Ohio. "
        "Ivanka Trump spoke after him. "
        "Critics said Ivanka Trump's praise of Trump was too kind."
    )
    assert ambiguous(text) == []
    # A pronoun commanding the surname rules out the people of its gender.
    pronoun = (
        "Alan Grayson spoke in Orlando. "
        "Dena Grayson stayed at home. "
        "After she began seeing Grayson, his staff kept her away."
    )
    assert ambiguous(pronoun) == []


def test_a_relative_named_once_in_passing_does_not_take_an_established_surname():
    text = (
        "Hillary Clinton won the Missouri primary. "
        "Clinton thanked her volunteers. "
        "Both her husband, Bill Clinton, and her daughter, Chelsea Clinton, stumped for her. "
        "Clinton had twice as many delegates as Sanders."
    )
    assert ambiguous(text) == []
    # Named as the subject of what is told, the second person is a real candidate.
    subject = (
        "Hillary Clinton won the Missouri primary. "
        "Clinton thanked her volunteers. "
        "Bill Clinton stumped for her in Kansas City. "
        "Clinton said the turnout was high."
    )
    assert [n for n, _, _ in ambiguous(subject)] == [4]


def test_a_person_only_named_as_a_modifier_does_not_take_the_surname():
    text = (
        "Former Bill Clinton pollster Douglas Schoen was a guest on the show. "
        "Schoen said Hillary Clinton is facing a hard primary. "
        "Sanders is trailing Clinton by two points."
    )
    assert ambiguous(text) == []
    # Named as taking part in what is told, the second one is a candidate again.
    acting = (
        "Bill Clinton met Douglas Schoen on the show. "
        "Schoen said Hillary Clinton is facing a hard primary. "
        "Sanders is trailing Clinton by two points."
    )
    assert [n for n, _, _ in ambiguous(acting)] == [3]


def _parsed(text: str, words: list[tuple[str, str, str, int]]) -> ParsedSentence:
    """A parse given by hand: (word, part of speech, dependency, head) per token."""
    tokens, at = [], 0
    for word, pos, dep, head in words:
        at = text.index(word, at)
        tokens.append([at, at + len(word), pos, pos, word.lower(), dep, head, 0, 0, "", ""])
        at += len(word)
    return ParsedSentence.from_record({"tokens": tokens, "entities": []}, 0, 0, text)


def test_an_apposition_the_parser_reads_as_a_coordination_is_still_an_aside():
    text = "a tribute to a boy and an aide, Anne Marie Murphy, who died"
    words = [
        ("a", "DET", "det", 1), ("tribute", "NOUN", "ROOT", 1), ("to", "ADP", "prep", 1),
        ("a", "DET", "det", 4), ("boy", "NOUN", "pobj", 2), ("and", "CCONJ", "cc", 4),
        ("an", "DET", "det", 7), ("aide", "NOUN", "conj", 4), (",", "PUNCT", "punct", 7),
        ("Anne", "PROPN", "compound", 11), ("Marie", "PROPN", "compound", 11),
        ("Murphy", "PROPN", "conj", 7), (",", "PUNCT", "punct", 11),
        ("who", "PRON", "nsubj", 14), ("died", "VERB", "relcl", 11),
    ]
    parsed = _parsed(text, words)
    start = text.index("Anne")
    assert passing_kind(parsed, start, start + len("Anne Marie Murphy")) == "aside"
    # With a conjunction between them, it is a second person beside the first.
    boy = text.index("boy")
    assert passing_kind(parsed, boy, boy + 3) == ""


def test_a_modifier_does_not_bring_back_someone_the_story_has_left():
    story = (
        "Hillary Clinton won the primary. "
        "Clinton thanked her staff. "
        "Clinton flew home. "
        "The count went on all night. "
        "Officials wrote to {hillary} after Bill Clinton greeted voters at a polling place. "
        "Bill Clinton spoke with voters outside. "
        "At one point Clinton posed for a photo."
    )
    assert ambiguous(story.format(hillary="Hillary Clinton's campaign")) == []
    # Named as taking part (the officials wrote to her), she is in mind again.
    assert [n for n, _, _ in ambiguous(story.format(hillary="Hillary Clinton"))] == [7]
