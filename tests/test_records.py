"""factcheck.records.lazy_record: a frozen dataclass whose methods are made with its first
instance, however that instance is made."""

from __future__ import annotations

import dataclasses
import pickle
import subprocess
import sys
import threading
from dataclasses import field

import pytest

from factcheck.records import lazy_record, make_now


def _record() -> type:
    @lazy_record
    class Entry:
        """An entry for the tests."""

        name: str
        count: int = 0
        tags: tuple[str, ...] = ()
        extra: dict = field(default_factory=dict, compare=False)

    return Entry


def test_it_is_a_plain_class_until_the_first_instance():
    entry = _record()
    assert not dataclasses.is_dataclass(entry)
    first = entry("a", 2)
    assert dataclasses.is_dataclass(entry) and dataclasses.is_dataclass(first)
    assert [f.name for f in dataclasses.fields(entry)] == ["name", "count", "tags", "extra"]
    assert entry("b", 3).count == 3 and entry(name="c").name == "c"  # later instances too


def test_it_behaves_as_a_frozen_dataclass():
    entry = _record()
    first = entry("a", 2, extra={"x": 1})
    assert first == entry(name="a", count=2) and first != entry("a", 3)  # extra is not compared
    assert hash(first) == hash(entry("a", 2))
    assert repr(first).endswith("Entry(name='a', count=2, tags=(), extra={'x': 1})")
    assert entry("b").extra == {} and entry("b").extra is not entry("b").extra
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.count = 5  # type: ignore[misc]
    assert dataclasses.replace(first, count=7).count == 7
    with pytest.raises(TypeError):
        entry()  # name is required, as in any dataclass


def test_make_now_makes_the_methods_without_an_instance():
    entry = _record()
    make_now(entry)
    make_now(entry)  # a second time changes nothing
    assert [f.name for f in dataclasses.fields(entry)][:2] == ["name", "count"]
    assert entry("a") == entry("a")


def test_first_instances_made_on_many_threads_at_once_are_all_whole():
    entry = _record()
    made: list[object] = []
    start = threading.Barrier(8)

    def make() -> None:
        start.wait()
        made.append(entry("same", 1))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 8 and all(one == made[0] for one in made)


def test_an_instance_unpickled_in_a_fresh_process_is_a_whole_dataclass():
    # A Change pickled here is read by a process that never made one: unpickling makes the
    # instance without calling the class, and must still give it the dataclass's methods.
    from factcheck.store.rows import Change

    data = pickle.dumps(Change("Edit review", sentence_ids=(3,), fields=("sourced",)))
    code = (
        "import pickle, sys, dataclasses\n"
        "from factcheck.store.rows import Change\n"
        "assert not dataclasses.is_dataclass(Change)  # no Change made in this process yet\n"
        "change = pickle.loads(sys.stdin.buffer.read())\n"
        "assert dataclasses.is_dataclass(Change)\n"
        "assert change == Change('Edit review', sentence_ids=(3,), fields=('sourced',)), change\n"
        "assert repr(change).startswith(\"Change(action='Edit review'\")\n"
    )
    result = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
