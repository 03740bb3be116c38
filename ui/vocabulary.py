"""The core's words as the window shows them: verdicts, ratings, review status, fields.

The core (factcheck/) speaks English and never imports Qt; its labels are listed here with
``QT_TRANSLATE_NOOP`` so lupdate extracts them, and translated where the window shows them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from factcheck.model import CREDIBILITY_GRADES, RELIABILITY_GRADES, Rating, Status

CONTEXT = "Vocabulary"

# Every label the core gives a Rating, a Status or a compared field (a test checks none is missing).
WORDS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Accurate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mostly accurate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mixed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Misleading"),
    QT_TRANSLATE_NOOP("Vocabulary", "False"),
    QT_TRANSLATE_NOOP("Vocabulary", "Unverifiable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Unreviewed"),
    QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sourced"),
    QT_TRANSLATE_NOOP("Vocabulary", "Anonymous"),
    QT_TRANSLATE_NOOP("Vocabulary", "Contested"),
    QT_TRANSLATE_NOOP("Vocabulary", "Inconsistent"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rating"),
    QT_TRANSLATE_NOOP("Vocabulary", "Credibility"),
    QT_TRANSLATE_NOOP("Vocabulary", "yes"),
    QT_TRANSLATE_NOOP("Vocabulary", "no"),
    QT_TRANSLATE_NOOP("Vocabulary", "not judged"),
    # Admiralty grades (factcheck.model.RELIABILITY_GRADES and CREDIBILITY_GRADES).
    QT_TRANSLATE_NOOP("Vocabulary", "Completely reliable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Usually reliable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Fairly reliable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Not usually reliable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Unreliable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Reliability cannot be judged"),
    QT_TRANSLATE_NOOP("Vocabulary", "Confirmed by other sources"),
    QT_TRANSLATE_NOOP("Vocabulary", "Probably true"),
    QT_TRANSLATE_NOOP("Vocabulary", "Possibly true"),
    QT_TRANSLATE_NOOP("Vocabulary", "Doubtful"),
    QT_TRANSLATE_NOOP("Vocabulary", "Improbable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Truth cannot be judged"),
    QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
)

# The four verdicts by field name, capitalised and in lower case (inside a sentence).
VERDICT_NAMES = {
    "sourced": QT_TRANSLATE_NOOP("Vocabulary", "Sourced"),
    "anonymous": QT_TRANSLATE_NOOP("Vocabulary", "Anonymous"),
    "contested": QT_TRANSLATE_NOOP("Vocabulary", "Contested"),
    "inconsistent": QT_TRANSLATE_NOOP("Vocabulary", "Inconsistent"),
}
VERDICT_NAMES_LOWER = {
    "sourced": QT_TRANSLATE_NOOP("Vocabulary", "sourced"),
    "anonymous": QT_TRANSLATE_NOOP("Vocabulary", "anonymous"),
    "contested": QT_TRANSLATE_NOOP("Vocabulary", "contested"),
    "inconsistent": QT_TRANSLATE_NOOP("Vocabulary", "inconsistent"),
}


def word(text: str) -> str:
    """One of the core's words (``WORDS``) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def rating_label(rating: Rating | None) -> str:
    return word(rating.label) if rating else ""


def status_label(status: Status) -> str:
    return word(status.label)


def verdict_name(field: str, lower: bool = False) -> str:
    """"Sourced" (or "sourced") in the interface language; other fields as the core names them."""
    table = VERDICT_NAMES_LOWER if lower else VERDICT_NAMES
    return word(table[field]) if field in table else field


def verdict_word(value: bool | None) -> str:
    """"yes", "no" or "not judged"."""
    return word("not judged" if value is None else "yes" if value else "no")


def field_label(field: str, labels: dict[str, str]) -> str:
    """A compared field's label (factcheck.team.compare.FIELD_LABELS) in the interface language."""
    return word(labels.get(field, field))


def reliability_word(letter: str) -> str:
    """ "Usually reliable" for B, in the interface language."""
    return word(RELIABILITY_GRADES.get(letter, "Unknown"))


def credibility_word(grade: int) -> str:
    """ "Probably true" for 2, in the interface language."""
    return word(CREDIBILITY_GRADES.get(grade, "Unknown"))


def field_value_text(field: str, review: Any) -> str:
    """One field of one review as the team windows show it ("Mostly accurate", "yes", "—");
    the interface-language form of factcheck.team.compare.value_text."""
    value = getattr(review, field) if review is not None else None
    if value is None:
        return "—"
    if isinstance(value, Rating):
        return rating_label(value)
    if isinstance(value, bool):
        return verdict_word(value)
    return str(value)


def attribution_text(suggestions: Any, analysed: bool = True) -> str:
    """The sentence's attribution state as the detail panel says it ("Named source: Frank
    Mora", "Named sources: Maria Olsen and Tom Becker", "Unnamed source: senior officials,
    with Mr. Haley"), from factcheck.attribution_view.attribution_json. Before the article's
    analysis has run (``analysed`` False) a sentence with no source read is not known to have
    none, as in the table."""
    from factcheck.attribution_view import attribution_json, speaker_names

    data = attribution_json(suggestions)
    if data["kind"] == "none":
        if not analysed:
            return QCoreApplication.translate("Vocabulary", "Not analysed yet")
        return QCoreApplication.translate("Vocabulary", "No source given")
    own, others = speaker_names(data)
    who = listed(own) if own else QCoreApplication.translate("Vocabulary", "not named in the sentence")
    if data["kind"] == "anonymous":
        if others:
            return QCoreApplication.translate(
                "Vocabulary", "Unnamed source: {who}, with {others}").format(
                    who=who, others=listed(others))
        return QCoreApplication.translate("Vocabulary", "Unnamed source: {who}").format(who=who)
    if len(own) > 1:
        return QCoreApplication.translate("Vocabulary", "Named sources: {who}").format(who=who)
    return QCoreApplication.translate("Vocabulary", "Named source: {who}").format(who=who)


def listed(names: list[str]) -> str:
    """"A", "A and B", "A, B and C" in the interface language."""
    if len(names) == 1:
        return names[0]
    word = QCoreApplication.translate("Vocabulary", "and", "between the last two names of a list")
    return f"{', '.join(names[:-1])} {word} {names[-1]}"


# The sentence table's short attribution states (factcheck.attribution_view.SHORT_STATES).
SHORT_STATES = {
    "named": QT_TRANSLATE_NOOP("Vocabulary", "named"),
    "anonymous": QT_TRANSLATE_NOOP("Vocabulary", "anon."),
    "none": QT_TRANSLATE_NOOP("Vocabulary", "none"),
}


def short_state(kind: str) -> str:
    return word(SHORT_STATES[kind]) if kind in SHORT_STATES else kind
