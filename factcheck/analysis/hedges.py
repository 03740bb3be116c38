"""hedge: speculative wording (likely, reportedly, unclear, appears to, is believed to...)."""

from __future__ import annotations

import re

from factcheck.analysis.common import Context, make
from factcheck.model import Suggestion

HEDGE = "hedge"

# Case-sensitive on purpose where a capital changes the word ("May" the month).
_HEDGE_RE = re.compile(
    r"\b(?:"
    r"(?:un)?likely|probabl[ey]|possibl[ey]|perhaps|presumably|purportedly|"
    r"reportedly|allegedly|apparently|ostensibly|supposedly|seemingly|arguably|"
    r"(?:Likely|Unlikely|Probably|Possibly|Perhaps|Presumably|Reportedly|Allegedly|"
    r"Apparently|Supposedly|Seemingly|Arguably|Purportedly)|"
    r"unclear|uncertain|unconfirmed|unverified|speculat(?:e|es|ed|ion|ive)|"
    r"suggest(?:s|ed|ing)?|"
    r"appear(?:s|ed)? to|seem(?:s|ed)? to|"
    r"(?:is|are|was|were|being) (?:widely |generally )?(?:believed|thought|understood|said|rumou?red|expected|alleged) to|"
    r"it is (?:understood|believed|thought|rumou?red)|"
    r"(?:may|might|could) (?:well |also |still |soon |have |be |not )?[a-z]+|"
    r"remains? to be seen|rumou?rs?|"
    r"(?:is|are) said to"
    r")\b"
)
# "could"/"may" followed by these is not speculation about facts.
_NOT_HEDGE_AFTER_MODAL = {"not"}
# "She said she could see the ships": "could" of ability in the past, not speculation.
_ABILITY_AFTER_COULD = frozenset(
    "see hear feel smell taste only barely hardly no longer afford remember recall".split()
)


def detect_hedges(ctx: Context) -> list[Suggestion]:
    """Every hedge outside quotations, one suggestion each."""
    found: list[Suggestion] = []
    for sentence in ctx.sentences:
        masked = ctx.masked(sentence)
        for match in _HEDGE_RE.finditer(masked):
            words = match.group(0).split()
            if words[0] in ("may", "might", "could") and _NOT_HEDGE_AFTER_MODAL & set(words):
                continue
            if words[0] == "could" and words[-1] in _ABILITY_AFTER_COULD:
                continue
            found.append(
                make(
                    sentence,
                    match.start(),
                    match.end(),
                    HEDGE,
                    f"Speculative wording “{match.group(0)}”: is the claim established?",
                )
            )
    return found
