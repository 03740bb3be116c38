"""Finding shipped data (resources/ and seeds/) from a checkout or an installed wheel."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A file under the ``resources`` package, e.g. ``resource("kb", "offices.json")``."""
    node: Traversable = resources.files("factcheck_review.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def seed(name: str) -> Traversable:
    """A file under the ``seeds`` package."""
    return resources.files("factcheck_review.seeds").joinpath(name)


SEED_ARTICLE = "venezuela-cuba-security.txt"
SEED_METADATA = "venezuela-cuba-security.json"
