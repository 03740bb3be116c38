"""The vocabulary of attribution: reporting verbs and the nouns of unnamed sources."""

from __future__ import annotations

import re

# Finite reporting verbs (participles like "suggesting" are not attributions).
_STRONG = (
    "said says say told tells stated states noted notes added adds wrote writes "
    "announced announces confirmed confirms confirm explained explains insisted insists "
    "argued argue argues warned warn warns claimed claim claims reported reports "
    "acknowledged acknowledges admitted admits asserted asserts contended contend contends "
    "estimated estimate estimates suggested suggest suggests predicted predict predicts "
    "believe believes denied denies alleged allege alleges stressed stresses emphasized "
    "emphasised emphasizes emphasises observed observes disclosed revealed reveals tweeted "
    "posted accused accuses recalled recalls remarked remarks cautioned cautions indicated "
    "indicates maintained insist concluded concludes testified declared declares disputed "
    "countered replied responded accuse blamed blames criticised criticized "
    "criticises criticizes condemned condemns dismissed dismisses expect expects called "
    "described dubbed question questions questioned rejected rejects disagreed "
    "disagree disagrees praised praises hailed hails urged urges describe describes compared "
    "compares fear fears worry worries wonder wonders call calls"
).split()
REPORTING_VERBS = frozenset(_STRONG)
# Verbs that attribute only when the subject is a speaker (not "the data suggest").
WEAK_VERBS = frozenset(
    "suggest suggests suggested believe believes estimate estimates estimated predict predicts "
    "predicted reports reported indicated indicates maintained "
    "observed observes recalled recalls states expect expects question questions questioned "
    "fear fears worry worries wonder wonders".split()
)

REPORTING_VERB_RE = re.compile(
    r"\b(?:" + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True)) + r")\b"
    r"|\b[Aa]ccording to\b|\bpointed out\b|\bin a statement\b"
)

# Nouns of people who go unnamed when no name follows them.
ANON_HEADS = frozenset(
    """
source sources official officials analyst analysts expert experts critic critics observer
observers insider insiders diplomat diplomats people person someone aide aides adviser advisers
advisor advisors officer officers lawmaker lawmakers employee employees staffer staffers
witness witnesses resident residents commentator commentators economist economists insiders
strategist strategists operative operatives negotiator negotiators member members figure figures
individual individuals insider observers reports accounts rumours rumors colleague colleagues
confidant confidants associate associates veteran veterans executives bankers banker
traders trader investor investors activist activists skeptics sceptics supporters opponents
polls surveys politicians many some others ministers legislators generals commanders leaders media outlets
""".split()
)
# Nouns that name an identifiable body or office when used with "the".
BODY_NOUNS = frozenset(
    """
ministry government president minister department agency company police army military court
prosecutor prosecutors prosecution embassy spokesman spokeswoman spokesperson office council
committee commission parliament cabinet regime administration firm bank central-bank
secretary premier chancellor governor mayor ambassador foreign-ministry statement report
""".split()
)
ANONYMITY_RE = re.compile(
    r"\b(?:(?:on|under) (?:the )?condition (?:of anonymity|(?:that )?(?:he|she|they) (?:not )?be "
    r"(?:named|identified))|(?:requested|requesting|sought|seeking|granted|insisted on|"
    r"requested|asked for) anonymity|anonymously|declined to be (?:named|identified)|"
    r"asked not to be (?:named|identified)|(?:did|do|does) not want to be (?:named|identified)|"
    r"(?:was |were )?not authori[sz]ed to (?:speak|comment)|"
    r"speaking on background|(?:who|that) (?:spoke|speak) on background|"
    r"it (?:has been|had been|was|is) (?:widely )?(?:reported|claimed|alleged|rumou?red) that)\b",
    re.IGNORECASE,
)
# Vague collective subjects: "Multiple sources", "U.S. officials", "people briefed on the talks".
QUANTIFIERS = frozenset(
    """
a an one two three four five six seven eight nine ten eleven twelve several multiple many some
numerous various other senior top certain few dozens dozen unnamed anonymous
""".split()
)
PRONOUNS = frozenset("he she they it".split())

# Verbs of speech proper: their plural subjects are people ("Egyptian mediators say").
SPEECH_VERBS = frozenset(
    "said says say told tell warned warn warns argued argue argues claimed claim claims accuse "
    "accused accuses insisted insist insists believe believes fear fears worry worries".split()
)

# Verbs that report words only when a quotation follows ("called it “a disgrace”").
QUOTE_VERBS = frozenset(
    "called call calls described describe describes dubbed dismissed dismisses compared "
    "compares".split()
)
# Verbs that report words only when a clause or quotation follows ("announced that …",
# "announced the talks had failed"), not an act ("announced new sanctions").
CLAUSE_VERBS = frozenset("announced announces".split())
