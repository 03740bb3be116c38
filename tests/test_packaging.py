"""The wheel installs under names this distribution owns, into a fresh environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "factcheck").glob("**/__init__.py")}
    for folder in ("ui", "resources", "seeds"):
        found |= {"factcheck_review." + ".".join(p.parent.relative_to(ROOT).parts)
                  for p in (ROOT / folder).glob("**/__init__.py")}
    assert found - listed == set()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # A clean copy of the checkout (the editable install keeps an *.egg-info in the real one).
    source = tmp_path_factory.mktemp("checkout") / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "*.egg-info", "build", "dist", "__pycache__", ".*_cache", ".hypothesis"))
    before = {p.name for p in source.iterdir()}
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
         str(source)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    # The build ran in a temporary copy: no build/ or *.egg-info left in the checkout.
    assert {p.name for p in source.iterdir()} - before == set()
    return next(out.glob("factcheck_review-*.whl"))


def test_the_wheel_claims_only_its_own_top_level_names(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"factcheck", "factcheck_review"}
    assert "factcheck_review/resources/icons/factcheck-review.svg" in names
    assert "factcheck_review/seeds/venezuela-cuba-security.txt" in names
    assert not any(name.startswith(("ui/", "resources/", "seeds/")) for name in names)


def test_the_wheel_runs_from_a_fresh_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # The dependencies (PySide6 and the rest) come from the test environment, the program from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                             "--no-index", "-q", str(wheel)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    code = ("import factcheck, factcheck_review.ui.app as app\n"
            "from factcheck.resources import resource, seed\n"
            "assert seed('venezuela-cuba-security.txt').read_text(encoding='utf-8').startswith('Venezuela')\n"
            "assert resource('icons', 'factcheck-review.svg').is_file()\n"
            "print(factcheck.__file__)\nprint(app.__file__)\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert all(line.startswith(str(site)) for line in run.stdout.split()), run.stdout
    version = subprocess.run([str(venv / "bin" / "factcheck"), "--version"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, timeout=120)
    assert version.returncode == 0 and version.stdout.startswith("factcheck-review "), version.stderr
