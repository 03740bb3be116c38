"""The short claim a ClaimReview names: the reviewer's own text, or one cut from the sentence.

The default is the sentence trimmed at a clause boundary (a comma, semicolon,
colon, dash, or a word that opens a clause such as "which", "while",
"according to") so that it has at most :data:`CLAIM_LIMIT` characters; when no
boundary allows that, it is cut at the last whole word with an ellipsis.
"""

from __future__ import annotations

import re

CLAIM_LIMIT = 75
MIN_CLAIM = 25  # shorter prefixes are fragments ("The Biden administration"), not claims
# Words that open a subordinate clause or an adjunct: a claim can end before them.
CLAUSE_OPENERS: tuple[str, ...] = (
    "according to", "after", "although", "amid", "as part of", "because", "before", "but",
    "creating", "following", "honoring", "honouring", "since", "suggesting", "though",
    "until", "when", "where", "whereas", "which", "while", "who", "whose",
)
_PUNCTUATION = re.compile(r"\s*[,;:—–(]\s*|\s+-\s+")
# An opening adjunct up to its comma: "Despite these developments, " or "Since mid-December, ".
_LEADING = re.compile(r"(?:despite|since|while|although|though|after|before|amid|following|when|as)\b[^,]{0,60},\s+",
                      re.IGNORECASE)
_OPENER = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in CLAUSE_OPENERS) + r")\b", re.IGNORECASE)


def default_claim(sentence: str, limit: int = CLAIM_LIMIT) -> str:
    """The sentence as a claim of at most ``limit`` characters, cut at a clause boundary if possible.

    A leading adjunct ("Despite these developments, …") is dropped first, and a
    short phrase set off by a pair of commas is never where the claim ends.
    """
    text = " ".join(sentence.split()).rstrip(".!?…’'\"” ")
    opening = _LEADING.match(text)
    if opening and len(text) - opening.end() >= MIN_CLAIM:
        rest = text[opening.end():]
        text = rest[0].upper() + rest[1:]
    if len(text) <= limit:
        return text
    commas = [m.start() for m in re.finditer(",", text)]
    inserted = {c for a, b in zip(commas, commas[1:], strict=False) if b - a < 40 for c in (a, b)}
    boundaries = sorted({m.start() for m in _PUNCTUATION.finditer(text) if m.start() not in inserted}
                        | {m.start() for m in _OPENER.finditer(text)})
    fitting = [b for b in boundaries if MIN_CLAIM <= b <= limit]
    if fitting:
        return _unquoted(text[: fitting[-1]].rstrip(",;:—– "))
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return _unquoted(cut.rstrip(",;:—– ")) + "…"


def _unquoted(claim: str) -> str:
    # A cut quotation would leave its opening mark alone.
    return claim.lstrip("‘“'\"") if claim[:1] in "‘“'\"" else claim
