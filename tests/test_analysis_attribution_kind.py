"""Named or anonymous: the speaker phrase that decides an attributed sentence's kind."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import analyse, attribution_states
from factcheck.analysis.attribution import read_attributions
from factcheck.analysis.attribution_model import AttributionModel, LogisticModel
from factcheck.analysis.common import quote_spans
from factcheck.model import Article
from factcheck.nlp import parse_sentences
from factcheck.text import split_article


def _article(text: str) -> tuple[Article, list]:
    return Article(id="t", text=text, published=date(2025, 6, 1)), split_article("t", text)


def _sources(text: str) -> list[tuple[str, list[str]]]:
    article, sentences = _article(text)
    return [
        (s.kind, [x["name"] for x in s.proposed["sources"]])
        for s in analyse(article, sentences)
        if s.kind in ("attribution.named", "attribution.anonymous")
    ]


@pytest.mark.parametrize(
    "text, poll",
    [
        ("In a new Harbor Institute poll, 58 percent of farmers said the tariff should end.",
         "a new Harbor Institute poll"),
        ("Some 40 percent of nurses said they plan to strike, according to a Reuters poll.",
         "a Reuters poll"),
        ("Nine in 10 teachers say the schedule works, a Lakeview survey found.",
         "a Lakeview survey"),
        ("Nearly three in four say they would pay more for local bread, according to the "
         "survey.", "the survey"),
    ],
)
def test_a_counted_share_of_a_named_poll_speaks_for_the_poll(text, poll):
    assert _sources(text) == [("attribution.named", [poll])]


@pytest.mark.parametrize(
    "text",
    [
        "58 percent of farmers said the tariff should end.",
        "In a new poll, 58 percent of farmers said the tariff should end.",
    ],
)
def test_a_counted_share_without_a_named_poll_stays_unnamed(text):
    assert _sources(text) == [("attribution.anonymous", ["farmers"])]


@pytest.mark.parametrize(
    "text, sources",
    [
        ("Tenants, Ms. Okafor noted, oppose any increase in the rent.", ["Okafor"]),
        ("Tenants oppose any increase in the rent, Ms. Okafor noted.", ["Okafor"]),
        ("Still, she said, residents have to decide who pays for the repairs.", []),
    ],
)
def test_the_clause_a_tag_interrupts_is_the_tag_speakers_words(text, sources):
    # "she" stands for no one named before: named, with no source to propose.
    assert _sources(text) == [("attribution.named", sources)]


def test_an_unnamed_speaker_before_a_named_one_still_counts():
    text = "Officials said the bridge failed, and Ms. Okafor warned that traders would leave."
    assert _sources(text)[0][0] == "attribution.anonymous"


_ALWAYS = AttributionModel(LogisticModel({}, 5.0, 0.5))  # finds every candidate attributed


def _with_model(text: str) -> list[tuple[str, str, str]]:
    parsed = parse_sentences(split_article("t", text))
    states = read_attributions(parsed, quote_spans(text), text, model=_ALWAYS)
    return [(s.kind, s.speakers[0].text, s.speakers[0].name) if s.speakers else (s.kind, "", "")
            for s in states]


def test_a_subject_inside_quotation_marks_is_not_the_source():
    text = "The senator spoke for an hour.\n\n“Bakers deserve a fair price for every loaf they sell.”"
    kind, _, name = _with_model(text)[1]
    assert (kind, name) == ("named", "")  # whoever the article quotes, not "Bakers"


def test_the_same_subject_outside_quotation_marks_speaks():
    text = "The senator spoke for an hour.\n\nBakers deserve a fair price for every loaf they sell."
    assert _with_model(text)[1] == ("anonymous", "Bakers", "Bakers")


def test_the_rules_alone_leave_both_unattributed():
    text = "The senator spoke for an hour.\n\n“Bakers deserve a fair price for every loaf they sell.”"
    parsed = parse_sentences(split_article("t", text))
    states = read_attributions(parsed, quote_spans(text), text, model=None)
    assert [s.kind for s in states] == ["none", "none"]


def _states(text: str) -> list[tuple[str, str]]:
    article, sentences = _article(text)
    return [(s.kind, s.speakers[0].name if s.speakers else "")
            for s in attribution_states(article, sentences)]


def test_a_pronoun_does_not_stand_for_everyone():
    text = ("Everyone in the room agreed that the plan had failed. "
            "“I think the plan can still work,” he said.")
    assert _states(text)[1] == ("named", "")  # someone the article means, not "everyone"


@pytest.mark.parametrize(
    "text, number, speaker",
    [
        # A given name most of whose bearers take the other pronouns.
        ("Margaret Ellison spoke in Dayton on Monday. Later, Robert Hale told reporters the vote "
         "was close. She said the count would take a week.", 3, "Margaret Ellison"),
        # An honorific elsewhere in the article ("Ms. Okafor").
        ("Ms. Okafor opened the hearing. Afterwards, Talbot argued that the levy had failed. "
         "She said the council would vote again. Mr. Talbot left early.", 3, "Okafor"),
        # A surname alone, after a fuller mention of the same person.
        ("Hillary Clinton spoke in Ohio. Clinton said the plan would work. Then Donald Trump "
         "spoke in Iowa. She said the plan was costed.", 4, "Clinton"),
        # The public record of someone the knowledge base holds (neither given name is in the
        # census lists): Barack Obama is no "she".
        ("Kamala Harris spoke in Ohio on Monday. Later, Barack Obama spoke in Iowa. She said "
         "the economy was improving.", 3, "Kamala Harris"),
        # A surname the article never writes in full, borne by one person of the knowledge
        # base, whose record gives the pronoun.
        ("Ms. Okafor opened the hearing. Then President Obama spoke. She said the count would "
         "take a week.", 3, "Okafor"),
        # A person's own given name before an honorific of the same surname elsewhere.
        ("Barbara Bush spoke in Houston. Mr. Bush arrived later. She said the school would "
         "open in May.", 3, "Barbara Bush"),
    ],
)
def test_he_or_she_does_not_stand_for_someone_the_article_says_takes_the_other(text, number, speaker):
    assert _states(text)[number - 1] == ("named", speaker)


def test_a_name_that_says_nothing_of_the_pronoun_can_be_its_speaker():
    text = "Ms. Okafor opened the hearing. Then Jordan Talbot argued that it failed. He said so."
    assert _states(text)[-1] == ("named", "Jordan Talbot")


@pytest.mark.parametrize(
    "text, number, speaker",
    [
        # The tag's "he" after a clause whose subject is a person: that subject, not a person
        # named after it in the clause.
        ("Carl Voss has backed Tom Becker’s bill in the House and will push for it in the "
         "Senate, he said.", 1, "Carl Voss"),
        # The sentence before: its subject, not its object.
        ("Carl Voss met Tom Becker in Dayton on Monday. He said the bill would pass.", 2,
         "Carl Voss"),
        # A verb the recogniser took into a person's name is not part of it.
        ("Questioning Ann Marlow about the budget took an hour. She said the plan would "
         "fail.", 2, "Ann Marlow"),
        # No person is the subject there ("Voss's aide"): the nearest person.
        ("Carl Voss's aide met Tom Becker in Dayton on Monday. He said the bill would pass.", 2,
         "Tom Becker"),
    ],
)
def test_he_or_she_takes_the_subject_before_a_person_named_nearer(text, number, speaker):
    assert _states(text)[number - 1] == ("named", speaker)


@pytest.mark.parametrize("given, surname, pronoun", [("Ann", "Waters", "she"),
                                                      ("Ben", "Rivers", "he")])
def test_a_surname_the_recogniser_missed_is_still_the_person_named_before(given, surname,
                                                                           pronoun):
    # The tagger reads "Waters" or "Rivers" opening the sentence as a plural noun and the
    # recogniser sees no person there: the pronoun is not given to the reporter before it.
    text = (f"{given} {surname} opened the meeting. A reporter asked about the levy. "
            f"{surname}, wearing a blue coat, posed for photos with young bakers, and "
            f"{pronoun} urged them to vote.")
    assert _states(text)[2] == ("named", f"{given} {surname}")


def test_a_bare_pronoun_or_title_is_not_said_to_be_someone_named_before():
    article, sentences = _article("The mayor said the bridge would close in May.")
    found = [s for s in analyse(article, sentences) if s.kind.startswith("attribution.")]
    assert [s.message for s in found] == [
        "Attributed to “The mayor” (not named in the sentence)."]


def test_a_pronoun_takes_an_unnamed_speaker_before_it():
    text = "A senior aide said the plan had failed. “I think it can still work,” he said."
    assert _states(text) == [("anonymous", "A senior aide"), ("anonymous", "A senior aide")]


@pytest.mark.parametrize(
    "text, sources",
    [
        ("Dr. Halvorsen and her colleagues found that the river had warmed.",
         ["Halvorsen", "her colleagues"]),
        ("Moreau and others said they would not back the budget.", ["Moreau", "others"]),
    ],
)
def test_unnamed_people_joined_to_a_named_speaker_make_it_anonymous(text, sources):
    assert _sources(text) == [("attribution.anonymous", sources)]


def test_two_named_speakers_joined_stay_named():
    text = "Dr. Halvorsen and Mr. Brandt found that the river had warmed."
    assert _sources(text)[0][0] == "attribution.named"


def test_a_name_the_parser_splits_from_the_noun_before_it_still_names_the_speaker():
    # The parser makes "candidates" and "Maria Olsen" two subjects of "said".
    text = "Democratic presidential candidates Maria Olsen and Tom Becker said the vote was rushed."
    assert _sources(text) == [("attribution.named", ["Maria Olsen", "Tom Becker"])]


@pytest.mark.parametrize(
    "text, sources",
    [
        ("Sen. Ann Marlow (D-Ore.) said the bill would pass.", ["Ann Marlow"]),
        ("Gov. Dan Reed (R) said he expects an appeal.", ["Dan Reed"]),
        ("Sen. Ann Marlow, D-Ore., said the bill would pass.", ["Ann Marlow"]),
    ],
)
def test_a_persons_party_or_state_is_not_their_name(text, sources):
    assert _sources(text) == [("attribution.named", sources)]


@pytest.mark.parametrize(
    "text, sources",
    [
        ("Douglas Holtz-Eakin, an economist, said the plan was costly.", ["Douglas Holtz-Eakin"]),
        ("Union president Doris Crouse-Mays said the vote was close.", ["Doris Crouse-Mays"]),
    ],
)
def test_a_hyphenated_name_is_read_whole(text, sources):
    assert _sources(text) == [("attribution.named", sources)]


@pytest.mark.parametrize(
    "text, sources",
    [
        ("The mayor of Lyon, Grégory Doucet, said taxes would rise.", ["Grégory Doucet"]),
        ("A spokesman for the Ohio Department of Health, Dana Whitlock, said the clinic would "
         "reopen.", ["Dana Whitlock"]),
    ],
)
def test_a_name_the_parser_hangs_on_the_place_after_of_is_the_speakers(text, sources):
    assert _sources(text) == [("attribution.named", sources)]


def test_a_capitalised_word_after_an_opening_quotation_mark_is_no_name():
    text = ("The report came out on Monday.\n\n"
            "“Lurking behind this argument about the future is a dispute about the past.”")
    assert _states(text)[1] == ("none", "")


@pytest.mark.parametrize(
    "text, sources",
    [
        ("Maria Olsen and Tom Becker said the vote was rushed.", ["Maria Olsen", "Tom Becker"]),
        ("Rep. Lena Ortiz (D-N.M.) and Rep. Carl Voss (R-Ind.) said the vote was delayed.",
         ["Lena Ortiz", "Carl Voss"]),
        ("Senior officials and Mr. Haley said the talks had stalled.",
         ["Senior officials", "Haley"]),
    ],
)
def test_every_speaker_joined_by_and_is_a_source(text, sources):
    assert [s for _, s in _sources(text)] == [sources]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Paul Mercer: FBI Decision Not to Indict Is Wrong.\n\nHe spoke on Monday.",
         "Paul Mercer"),
        ("De Vries: Trust Brandt on Security.\n\nThe mayor spoke on Monday.", "De Vries"),
    ],
)
def test_a_headlines_label_names_its_speaker_not_the_words_after_the_colon(text, source):
    assert _sources(text) == [("attribution.named", [source])]


@pytest.mark.parametrize(
    "title",
    [
        "Voss: Endorsements prove the mayor is out of touch.",
        "Voss on the Strike: The Teachers Are ‘Right.’",
        "Voss to Teachers: The Strike Will End Soon.",
    ],
)
def test_a_headline_opening_with_a_name_the_article_gives_quotes_that_person(title):
    text = f"{title}\n\nCarl Voss, the council leader, spoke on Monday."
    assert _sources(text)[0] == ("attribution.named", ["Carl Voss"])  # the name in full


def test_a_headline_surname_two_people_of_the_article_share_stays_as_written():
    text = "Voss: The Plan Fails.\n\nCarl Voss and Ann Voss met the council on Monday."
    assert _sources(text)[0] == ("attribution.named", ["Voss"])


@pytest.mark.parametrize(
    "title",
    [
        "Carl Voss Endorses Ann Marlow: I Am ‘Delighted’ By Her.",  # Marlow is not speaking
        "Ann Marlow: Reformer or another career politician?",  # a question quotes no one
        "The Latest: Marlow wins the vote in Salem.",  # a section's name
    ],
)
def test_a_headline_label_that_is_no_speaker_names_no_one(title):
    text = f"{title}\n\nThe council met Carl Voss and Ann Marlow on Monday."
    named = {name for _, sources in _sources(text) for name in sources}
    assert not [name for name in named if "Marlow" in name or "Latest" in name]


def test_a_quoted_transcripts_labels_name_each_turns_speaker():
    # Each paragraph of a quoted transcript opens with a quotation mark before its label.
    text = ('Partial transcript as follows:\n\n"HOLLAND: Let’s start with the budget. The '
            'council voted on Monday.\n\n"MARSH: Well, look, the vote was a mistake. But '
            'this is a city of laws.\n')
    assert [s for _, s in _sources(text)] == [["HOLLAND"]] * 2 + [["MARSH"]] * 2


@pytest.mark.parametrize(
    "text, message",
    [
        ("Maria Olsen and Tom Becker said the vote was rushed.",
         "Attributed to Maria Olsen and Tom Becker."),
        ("Senior officials and Mr. Haley said the talks had stalled.",
         "Attributed to an unnamed source: “Senior officials”, with Haley."),
    ],
)
def test_the_message_names_every_named_source(text, message):
    article, sentences = _article(text)
    [found] = [s for s in analyse(article, sentences) if s.kind.startswith("attribution.")]
    assert found.message == message


def test_a_name_the_tagger_took_for_a_noun_still_names_the_body():
    # spaCy tags "Sanders’" here as the plural noun "sanders"; the article writes it as a name.
    text = ("The senator, Ann Sanders, spoke on Monday. "
            "Sanders’ team launched a radio ad and announced it would seek a recount.")
    assert _sources(text) == [("attribution.named", ["Sanders’ team"])]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"Our apologies, we\'re sorry," the Hendersons said after a long meeting.',
         "Hendersons"),
        ('"My apologies, I\'m sorry," Moss said after a back-and-forth.', "Moss"),
    ],
)
def test_a_quoted_word_the_parser_makes_a_subject_is_not_the_speaker(text, speaker):
    assert _sources(text) == [("attribution.named", [speaker])]


def test_a_tag_whose_name_the_parser_makes_a_compound_still_names_the_speaker():
    # The parser reads "Viguerie notes" as a noun phrase: the verb has no subject.
    text = ("“He may be the only one because Trump doesn’t unite the party. Cultural "
            "conservatives and libertarians have issues with Trump,” Viguerie notes.")
    assert _sources(text) == [("attribution.named", ["Viguerie"])] * 2


@pytest.mark.parametrize(
    "text, source",
    [
        ("Exit polls show that rural voters are angrier this year.", "Exit polls"),
        ("The levy doubled last year, according to press reports.", "press reports"),
        ("The levy doubled last year, according to a county audit report.",
         "a county audit report"),
    ],
)
def test_a_document_whose_author_goes_unnamed_is_an_unnamed_source(text, source):
    assert _sources(text) == [("attribution.anonymous", [source])]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Campaign finance records show that the company gave $5,000 in June.",
         "Campaign finance records"),
        ("An audit found that the agency lost track of the money.", "An audit"),
        # The tagger reads "records show" ending the sentence as one noun, like "talk shows".
        ("The company gave $5,000 to the fund in June, campaign finance records show.",
         "campaign finance records"),
    ],
)
def test_records_speak_for_whoever_keeps_them(text, source):
    # Unnamed: the records say nothing of who keeps them; the rules alone find them.
    assert _sources(text) == [("attribution.anonymous", [source])]
    [state] = _rule_states(text)
    assert (state.kind, state.confidence, state.speaker.text) == ("anonymous", "low", source)


@pytest.mark.parametrize(
    "text",
    [
        "The figures show that turnout fell in the county.",  # figures are no one's record
        "The results indicate that turnout fell in the county.",
    ],
)
def test_figures_are_not_a_record_that_speaks(text):
    assert [s.kind for s in _rule_states(text)] == ["none"]  # the model may still weigh it


@pytest.mark.parametrize(
    "text",
    ["The mayor spoke on two morning shows.", "The bakery was closed for the fireworks show."],
)
def test_a_show_ending_a_sentence_is_no_record_speaking(text):
    assert [s.kind for s in _rule_states(text)] == ["none"]


def _rule_states(text: str) -> tuple:
    sentences = split_article("t", text)
    return read_attributions(parse_sentences(sentences), quote_spans(text), text, model=None)


@pytest.mark.parametrize(
    "text, source",
    [
        ("A Harbor Institute study found that the river had warmed.",
         "A Harbor Institute study"),
        ("The fund grew quickly, according to the foundation's tally.",
         "the foundation's tally"),
    ],
)
def test_a_document_with_a_named_or_known_author_is_named(text, source):
    assert _sources(text) == [("attribution.named", [source])]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The meeting ended early, according to Ms. Okafor's account.", "attribution.named"),
        ("The meeting ended early, according to an account from a staff member.",
         "attribution.anonymous"),
    ],
)
def test_an_account_is_named_by_its_owner(text, kind):
    assert _sources(text)[0][0] == kind


def test_a_second_subject_joined_by_and_is_a_source_too():
    # The parser makes "experts" a second subject of "alleged", not a conjunct of "campaign".
    text = "The Okafor campaign and some cybersecurity experts have alleged that the vote was rigged."
    assert _sources(text) == [
        ("attribution.anonymous", ["The Okafor campaign", "some cybersecurity experts"])]


@pytest.mark.parametrize(
    "text",
    [
        # A body said indefinitely: which firm or network is not said.
        "Rents rose 9 percent in the spring, according to one property research firm.",
        "The senator won the primary, according to three television networks.",
        # Some members of a group, even one the article names: which of them is not said.
        "Some of the mayor's lawyers said the campaign was running out of money.",
        "One of the council's directors said the contract would not survive a challenge.",
        # A counted share or a fraction of them, and some of the people a pronoun stands for.
        "The mayor spoke on Monday. A majority of her backers said the tax should stay.",
        "The two senators met on Monday. Half of them said the bill would pass.",
        "Many of you have questioned whether the council can balance its budget.",
        # A source the article says it does not name.
        "The nurse, a registered Democrat who spoke on the condition of anonymity, said the "
        "ward was closed twice.",
        "A contractor, who asked not to be named, said the bridge was inspected in May.",
    ],
)
def test_an_unidentified_source_is_anonymous(text):
    assert [kind for kind, _ in _sources(text)] == ["attribution.anonymous"]


@pytest.mark.parametrize(
    "text",
    [
        "The budget will be presented on Tuesday, a government spokesperson said.",
        "Rents rose 9 percent in the spring, according to the research firm Halden & Co.",
        "One of the mayor's aides, Tom Birch, said the campaign was running out of money.",
    ],
)
def test_a_body_or_a_person_the_phrase_identifies_stays_named(text):
    assert [kind for kind, _ in _sources(text)] == ["attribution.named"]


def test_a_group_word_capitalised_elsewhere_is_still_no_name():
    text = "Chief of Staff Ann Birch spoke on Monday. Staff said the plan would be delayed."
    assert [k for k, _ in _sources(text)] == ["attribution.anonymous"]


@pytest.mark.parametrize("surname", ["Backer", "Friend", "Leader"])
def test_a_surname_that_is_also_a_word_for_people_names_its_bearer(surname):
    text = f"Thomas {surname}, the fund's lawyer, said the claims were false. {surname} says so."
    assert _sources(text) == [("attribution.named", [f"Thomas {surname}"]),
                              ("attribution.named", [surname])]  # as "Birch" after "Thomas Birch"


def test_a_subset_of_things_is_no_unnamed_source():
    """"One of the jobs he talks about" is what he says, not someone unnamed."""
    article, sentences = _article(
        "Mayor Ana Ruiz spoke for an hour. One of the jobs she talks about most is that she "
        "drove a bus for ten years."
    )
    states = attribution_states(article, sentences)
    assert states[1].kind != "anonymous"


@pytest.mark.parametrize(
    "text, kind",
    [
        # A side or a family the article has identified: named, as "the campaign" is.
        ("The Saudis have said for years that they would support the release of the pages.",
         "attribution.named"),
        ("During the past year, the Khans say they have heard rising fears from friends.",
         "attribution.named"),
        # Members of a nationality or a faith, unspecified: unnamed.
        ("Venezuelans say they have heard rising fears from friends.", "attribution.anonymous"),
    ],
)
def test_the_nationality_with_its_article_is_a_side_without_it_a_group(text, kind):
    assert [k for k, _ in _sources(text)] == [kind]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "As … told": the object of "tell" is who was told, not what was said.
        ("As Ann Marlow told the Dayton Courier, the levy pays for the new school.",
         "Ann Marlow"),
    ],
)
def test_the_listener_of_tell_is_not_what_an_as_clause_reports(text, speaker):
    assert _states(text) == [("named", speaker)]
