"""The English model's attribute rules, matched by an index instead of spaCy's Matcher.

The pipeline's ``attribute_ruler`` maps each fine-grained tag to its part of speech and
morphology and mends a few words ("gonna", "ain't", "There is"): 179 rule groups of one or two
tokens, each token a test of its lower-case form, tag, dependency or whether it is a space.
spaCy's Matcher runs every rule at every token, which took about 15% of the whole pipeline's
time (282 ms of 1,850 ms for 400 PolNeAR sentences). ``IndexedRules`` finds the same matches by
looking up a value each rule's first token must have (its form, tag, space or dependency), and
tries at every token only the two rules that have none; the ruler then sets the attributes
exactly as before (``AttributeRuler.set_annotations``), so every parse is the same as the stock
pipeline's (``tests/test_attribute_rules.py`` compares them).

``use_indexed_rules(nlp)`` swaps the ruler's ``match`` for this one, or leaves the ruler as it
is when its rules hold a test this module does not read (another model version).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain
from typing import Any

Features = tuple[str, str, str, bool]  # a token's lower-case form, tag, dependency, is-space
Test = Callable[[Features], bool]
# Where each attribute a rule may test stands in a token's features.
_SLOT = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}


class UnknownRule(ValueError):
    """A rule tests something ``IndexedRules`` does not read."""


def _value_test(slot: int, value: Any) -> Test:
    if isinstance(value, (str, bool)):
        return lambda features: features[slot] == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda features: features[slot] in allowed
        if op == "NOT_IN":
            barred = frozenset(arg)
            return lambda features: features[slot] not in barred
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda features: bool(pattern.search(features[slot]))
    raise UnknownRule(f"unread test {value!r}")


def _token_test(spec: dict[str, Any]) -> Test:
    tests = []
    for attr, value in spec.items():
        if attr not in _SLOT:
            raise UnknownRule(f"unread attribute {attr}")
        tests.append(_value_test(_SLOT[attr], value))
    if len(tests) == 1:
        return tests[0]
    return lambda features: all(test(features) for test in tests)


def _keys(first: dict[str, Any]) -> tuple[int, list[Any]] | None:
    """An attribute of a rule's first token and the values it must have (an index entry),
    or None when every value may pass (only NOT_IN or REGEX tests)."""
    for attr in ("LOWER", "TAG", "IS_SPACE", "DEP"):
        value = first.get(attr)
        if isinstance(value, (str, bool)):
            return _SLOT[attr], [value]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return _SLOT[attr], list(value["IN"])
    return None


Rule = tuple[int, int, list[Test]]  # group, length, a test of each token


class IndexedRules:
    """The rules of an attribute ruler, indexed by a value their first token must have."""

    def __init__(self, groups: list[list[list[dict[str, Any]]]]) -> None:
        self.index: list[dict[Any, list[Rule]]] = [{} for _ in _SLOT]
        self.others: list[Rule] = []
        for group, patterns in enumerate(groups):
            for pattern in patterns:
                if not pattern:
                    raise UnknownRule("an empty rule")
                rule = (group, len(pattern), [_token_test(spec) for spec in pattern])
                keys = _keys(pattern[0])
                if keys is None:
                    self.others.append(rule)
                    continue
                slot, values = keys
                for value in values:
                    self.index[slot].setdefault(value, []).append(rule)

    def matches(self, doc: Any) -> list[tuple[int, int, int]]:
        """(group, start, end) of every match in ``doc``, distinct, in the order the ruler
        applies them (by group, then position)."""
        tokens: list[Features] = [(t.lower_, t.tag_, t.dep_, t.is_space) for t in doc]
        n = len(tokens)
        found = set()
        for i, features in enumerate(tokens):
            keyed = (rules.get(features[slot], ()) for slot, rules in enumerate(self.index))
            for group, length, tests in chain(*keyed, self.others):
                if i + length <= n and all(test(tokens[i + k]) for k, test in enumerate(tests)):
                    found.add((group, i, i + length))
        return sorted(found)


def use_indexed_rules(nlp: Any) -> bool:
    """Match ``nlp``'s attribute ruler with ``IndexedRules``; False (the ruler unchanged) when
    the pipeline has none or its rules test something this module does not read."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        rules = IndexedRules([pattern["patterns"] for pattern in ruler.patterns])
    except UnknownRule:
        return False
    strings = ruler.vocab.strings
    keys = [strings[str(group)] for group in range(len(ruler.attrs))]

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        return [(group, keys[group], start, end) for group, start, end in rules.matches(doc)]

    ruler.match = match
    return True
