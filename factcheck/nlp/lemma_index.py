"""The English lemmatizer's word index, looked up in a set instead of a list.

The pipeline's rule lemmatizer strips a word's endings by rule ("-ies" → "-y") and keeps a
form the index of known words holds. The model ships that index as lists (57,528 nouns, 20,993
adjectives, 8,700 verbs, 3,775 adverbs), and ``form in index`` reads a list from its start: a
word the lemmatizer has not met in this process cost about 40 µs, and the lemmatizer took about
a seventh of the pipeline's time (692 ms of 5.8 s for 1,000 PolNeAR sentences). The same words
in a ``frozenset`` give the same answers to the only question the lemmatizer asks of them
(whether a form is there), so every lemma is as before (``tests/test_lemma_index.py`` compares
the stock pipeline's).
"""

from __future__ import annotations

from typing import Any


def use_set_lemma_index(nlp: Any) -> bool:
    """Turn the lists of ``nlp``'s lemma index into frozensets; False (nothing changed) when
    the pipeline has no rule lemmatizer with such an index."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return False
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return False
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, (list, tuple)):
            table[key] = frozenset(words)
    return True
