"""Shipped data is found from a checkout or installed package directory, and from a zipped
package through importlib.resources."""

from __future__ import annotations

import sys
import zipfile
from importlib import resources

from factcheck.resources import _package_root, resource, seed


def test_shipped_files_are_found_in_the_package_folders():
    assert resource("kb").is_dir()
    assert str(resource("kb")) == str(resources.files("factcheck_review.resources").joinpath("kb"))
    assert seed("venezuela-cuba-security.txt").read_text(encoding="utf-8").strip()


def test_a_zipped_data_package_is_read_through_importlib_resources(tmp_path, monkeypatch):
    archive = tmp_path / "data.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped_data_pkg/__init__.py", "")
        zipped.writestr("zipped_data_pkg/notes/hello.txt", "hola")
    monkeypatch.syspath_prepend(str(archive))
    try:
        root = _package_root("zipped_data_pkg")
        assert root.joinpath("notes", "hello.txt").read_text(encoding="utf-8") == "hola"
    finally:
        _package_root.cache_clear()
        sys.modules.pop("zipped_data_pkg", None)
