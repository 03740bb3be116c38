"""Every command of the README's command-line tour, web import and backup sections runs as
written, in order, from a checkout's folder with the default database (only those marked
"# needs the network" are left out). The publishing and team-review sections have their own
tests (test_cli_publish, test_team_reanchor)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

from factcheck.cli import main

ROOT = Path(__file__).parent.parent
NETWORK = "# needs the network"
SECTIONS = ("## The command line", "## Importing web pages", "## Where things are kept")


def sections() -> str:
    """The text of the README sections whose commands this test runs."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parts = re.split(r"(?m)^(?=## )", readme)
    return "".join(part for part in parts if part.startswith(SECTIONS))


def readme_commands() -> list[str]:
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", sections(), re.S):
        for line in block.splitlines():
            line = line.strip()
            if line.startswith(("factcheck ", "cp ")) and NETWORK not in line:
                commands.append(line)
    return commands


def test_the_readme_shows_the_commands_this_test_runs():
    commands = readme_commands()
    assert len(commands) >= 9
    assert any(c.startswith("factcheck show 8f28") for c in commands)
    assert any("seeds/sample-web-page.html" in c for c in commands)
    assert all(sections().count(title) == 1 for title in SECTIONS)
    assert "0a1c" not in sections()  # the id prefix that matched nothing


def test_every_readme_command_runs_as_written(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    work = tmp_path / "checkout"
    shutil.copytree(ROOT / "seeds", work / "seeds")
    monkeypatch.chdir(work)
    # The default database in the user data folder, as a new user has it.
    for name in ("FACTCHECK_DB", "FACTCHECK_DATA_DIR", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    for command in readme_commands():
        if command.startswith("cp "):
            result = subprocess.run(["bash", "-c", command], capture_output=True, text=True,
                                    env={"HOME": str(home), "PATH": "/usr/bin:/bin"})
            assert result.returncode == 0, (command, result.stderr)
            continue
        code = main(shlex.split(command, comments=True)[1:])
        _, err = capsys.readouterr()
        assert code == 0, (command, err)
    # After the restore the database is the backup: the sample, the imported page and the review.
    main(["list", "--json"])
    listed = capsys.readouterr().out
    assert "8f285fedd4a27cdb" in listed and "Council approves $48 million Riverside water plant" in listed
    assert (home / "review-before-restore.sqlite3").exists() and (work / "review.html").exists()
    main(["show", "8f28", "--json"])
    assert '"note": "Biden left office on 2025-01-20"' in capsys.readouterr().out
