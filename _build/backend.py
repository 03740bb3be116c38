"""Build backend: setuptools, run in a temporary copy of the checkout for wheels and sdists.

setuptools writes ``build/`` and ``*.egg-info`` next to the sources; building a copy keeps
the checkout clean after ``pip install .``. Editable installs must point at the checkout
itself, so they build in place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every hook not wrapped below

_SKIP = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".mypy_cache",
         ".ruff_cache", ".hypothesis"}


@contextmanager
def _in_copy() -> Iterator[None]:
    source = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="factcheck-review-build-") as tmp:
        copy = Path(tmp) / "src"
        shutil.copytree(source, copy, ignore=lambda folder, names: [
            n for n in names if n in _SKIP or n.endswith(".egg-info")])
        os.chdir(copy)
        try:
            yield
        finally:
            os.chdir(source)


def _wrapped(hook: Callable[..., str]) -> Callable[..., str]:
    def run(directory: str, *args: Any, **kwargs: Any) -> str:
        target = os.path.abspath(directory)
        with _in_copy():
            return hook(target, *args, **kwargs)
    return run


def _in_copy_only(hook: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def run(*args: Any, **kwargs: Any) -> list[str]:
        with _in_copy():  # setuptools writes *.egg-info while it answers
            return hook(*args, **kwargs)
    return run


get_requires_for_build_wheel = _in_copy_only(_setuptools.get_requires_for_build_wheel)
get_requires_for_build_sdist = _in_copy_only(_setuptools.get_requires_for_build_sdist)
build_wheel = _wrapped(_setuptools.build_wheel)
build_sdist = _wrapped(_setuptools.build_sdist)
prepare_metadata_for_build_wheel = _wrapped(_setuptools.prepare_metadata_for_build_wheel)
