"""The English model is the official en_core_web_sm 3.8.0, as recorded in resources/nlp/."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from factcheck.nlp import MODEL_PACKAGE, MODEL_VERSION
from factcheck.resources import resource

RECORD = json.loads(resource("nlp", f"{MODEL_VERSION}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def package_dir() -> Path:
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    assert spec is not None and spec.origin is not None, "the English model is not installed"
    return Path(spec.origin).parent


def test_meta_figures_are_the_official_release(package_dir):
    meta = json.loads((package_dir / "meta.json").read_text(encoding="utf-8"))
    assert meta["version"] == "3.8.0"
    assert meta["spacy_git_version"] == "5010fcbd3"
    assert meta["performance"]["tag_acc"] == 0.972937262
    assert meta["performance"]["dep_uas"] == 0.9176955214
    assert meta["performance"]["ents_f"] == 0.8433119744
    assert meta["license"] == "MIT"


def test_its_only_code_is_the_standard_loader(package_dir):
    from spacy.cli.package import TEMPLATE_INIT

    code = (package_dir / "__init__.py").read_text(encoding="utf-8").replace("\r\n", "\n")
    assert code == TEMPLATE_INIT.format(imports="")
    python_files = [p for p in package_dir.rglob("*") if p.suffix in (".py", ".so", ".pyd", ".pth")]
    assert python_files == [package_dir / "__init__.py"]


def test_weight_files_match_the_recorded_wheel(package_dir):
    data = package_dir / f"{MODEL_VERSION}"
    found = {
        p.relative_to(data).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data.rglob("*"))
        if p.is_file()
    }
    assert found == RECORD["files_sha256"]
    assert RECORD["wheel_sha256"] == (
        "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
    )
