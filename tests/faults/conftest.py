"""Fault tests: helpers to run the program in other processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Generous: only a hang trips it, never a slow machine.
HANG_TIMEOUT = 120


def run_python(*args: str, env: dict[str, str] | None = None, timeout: float = HANG_TIMEOUT,
               input: bytes | None = None) -> subprocess.CompletedProcess:
    """Run ``python ARGS`` from the checkout with the test environment."""
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=(env or dict(os.environ)),
                          capture_output=True, timeout=timeout, input=input)


def start_python(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def factcheck(*args: str, timeout: float = HANG_TIMEOUT) -> subprocess.CompletedProcess:
    """Run the ``factcheck`` command in its own process; text output."""
    result = run_python("-m", "factcheck.cli", *args, timeout=timeout)
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


@pytest.fixture
def seeded_db(tmp_path, seed_text):
    """A named database holding the reference article; returns (path, article id, sentence ids)."""
    from factcheck.store import open_store

    path = tmp_path / "shared.sqlite3"
    with open_store(path) as store:
        result = store.import_text(seed_text, title="Seed", analyse=False)
        ids = [s.id for s in store.sentences(result.article_id)]
    return path, result.article_id, ids
