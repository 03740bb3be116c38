"""Finding shipped data (resources/ and seeds/) from a checkout or an installed wheel."""

from __future__ import annotations

import functools
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@functools.cache
def _package_root(package: str) -> Traversable:
    """The folder of a data package: the package's own directory when it is one (a checkout,
    an installed wheel), found without importlib.resources and the seven modules it loads
    before the window's first paint; importlib.resources otherwise (a zipped install)."""
    locations = list(getattr(importlib.import_module(package), "__path__", []))
    if len(locations) == 1 and Path(locations[0]).is_dir():
        return Path(locations[0])
    from importlib import resources

    return resources.files(package)


def resource(*parts: str) -> Traversable:
    """A file under the ``resources`` package, e.g. ``resource("kb", "offices.json")``."""
    node = _package_root("factcheck_review.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def seed(name: str) -> Traversable:
    """A file under the ``seeds`` package."""
    return _package_root("factcheck_review.seeds").joinpath(name)


SEED_ARTICLE = "venezuela-cuba-security.txt"
SEED_METADATA = "venezuela-cuba-security.json"
