"""The interface in Spanish: every message translated, no English left in the window and its
dialogs, and the language chosen from Settings or the system locale.

"English left" means a visible text equal to (or formatted from) a source text of
factcheck_review_es.ts whose Spanish differs; article text and the core's own messages
(suggestion reasons) are not in the .ts and so are never counted.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from factcheck_review.ui import i18n  # noqa: E402
from factcheck_review.ui.vocabulary import WORDS  # noqa: E402
from team_fixtures import copy_of, two_files  # noqa: E402
from test_team_reanchor import edited_seed  # noqa: E402

from factcheck.model import CREDIBILITY_GRADES, RELIABILITY_GRADES, Rating, Status  # noqa: E402
from factcheck.store import Store  # noqa: E402
from factcheck.team.compare import FIELD_LABELS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SPANISH_TS = TRANSLATIONS / "factcheck_review_es.ts"
# Qt's own texts on standard buttons, translated by Qt's qtbase_es.qm.
QT_STANDARD = {"OK", "Cancel", "Close", "Apply", "Save", "Open"}
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source") or "", forms,
                          translation.get("type") not in ("unfinished", "obsolete", "vanished")))
    return found


def _plain(text: str) -> str:
    """A text as a person reads it: mnemonic ampersands gone, spaces collapsed."""
    return " ".join(re.sub(r"&(?!&)", "", text).split())


def english_patterns() -> tuple[set[str], list[re.Pattern[str]]]:
    """Source texts whose Spanish differs: exactly, and as patterns for formatted ones."""
    exact: set[str] = set(QT_STANDARD)
    patterns = []
    for _context, source, forms, _finished in messages(SPANISH_TS):
        if all(_plain(form) == _plain(source) for form in forms):
            continue  # the same in both languages: "Cred.", "URL:", "nominal"
        plain = _plain(source)
        literal = PLACEHOLDER.sub("", plain)
        if PLACEHOLDER.search(plain):
            if len(re.findall(r"[A-Za-z]", literal)) >= 3:  # "{filter} ({count})" says nothing English
                pattern = "".join(r"\d+" if piece == "%n" else ".+?" if PLACEHOLDER.fullmatch(piece)
                                  else re.escape(piece) for piece in re.split(r"(\{\w+\}|%n)", plain))
                patterns.append(re.compile(pattern.replace(r"\(s\)", "s?")))
        else:
            exact.add(plain)
    return exact, patterns


# English kept on purpose: names of formats and languages, the program's name, paper sizes.
KEPT_ENGLISH = {"ClaimReview JSON-LD", "English", "Español", "Fact-check review", "A4"}
TRANSLATION_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def untranslated_literals() -> list[re.Pattern[str]]:
    """Patterns of the string literals in ui/ that no translation call wraps: when one of
    them is on screen in Spanish, a text was left out of tr() (plain and f-strings alike)."""
    patterns = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrapped: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in TRANSLATION_CALLS:
                    wrapped.update(id(inner) for inner in ast.walk(node))
        for node in ast.walk(tree):
            if id(node) in wrapped:
                continue
            if isinstance(node, ast.JoinedStr):
                wrapped.update(id(inner) for inner in ast.walk(node))
                pieces = [v.value if isinstance(v, ast.Constant) else None for v in node.values]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                pieces = [node.value]
            else:
                continue
            literal = "".join(piece for piece in pieces if piece)
            if re.search(r"[A-Za-z]{3,}.*\s|\s.*[A-Za-z]{3,}|^[A-Z][a-z]{2,}", literal.strip()) \
                    and literal.strip() not in KEPT_ENGLISH:
                # As _plain() reads a text: no mnemonic "&", one space for any run of them.
                shown = [".+?" if piece is None else re.escape(re.sub(r"\s+", " ", re.sub(r"&(?!&)", "", piece)))
                         for piece in pieces]
                patterns.append(re.compile(r"\s*" + "".join(shown).replace(r"\ ", r"\s*") + r"\s*"))
    return patterns


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can see or hear in ``root`` and its children (titles, labels,
    buttons, menus and actions, tooltips, placeholders, combo items, headers, list items)."""
    texts: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    actions = {*root.findChildren(QAction), *root.actions()}
    for widget in widgets:
        texts += [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
        actions.update(widget.actions())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            actions.update(widget.actions())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            rows = model.rowCount(QModelIndex())
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
            for row in range(min(rows, 20)):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                 Qt.ItemDataRole.AccessibleTextRole):
                        value = model.data(index, role)
                        texts.append(value if isinstance(value, str) else "")
        if isinstance(widget, (QListWidget, QTreeWidget)):
            pass  # their items are the model rows read above
    for action in actions:
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts.append(action.menu().title())
    return [t for t in texts if t]


def english_left(root: QWidget) -> list[str]:
    exact, patterns = english_patterns()
    patterns += untranslated_literals()
    left = []
    for text in visible_texts(root):
        for piece in {text, *text.split("\n")}:
            plain = _plain(piece)
            matched = plain if plain in exact else next((p.pattern for p in patterns if p.fullmatch(plain)), None)
            if matched is not None:
                left.append(f"{plain}  [{matched}]")
    return sorted(set(left))


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    """The program's and Qt's Spanish translations installed, as at a start-up in Spanish."""
    assert i18n.install_translators("es")
    yield
    i18n.install_translators("en")


# -- the translation files -------------------------------------------------------------


def test_every_spanish_message_is_translated_and_keeps_its_placeholders():
    found = messages(SPANISH_TS)
    assert len(found) > 500
    unfinished = [source for _, source, _, finished in found if not finished]
    assert unfinished == []
    for context, source, forms, _ in found:
        assert all(form.strip() for form in forms), (context, source)
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:  # a lost {name} would fail at .format(); a new one would be shown raw
            assert sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) == wanted, (context, source, form)
            assert form.count("&") - 2 * form.count("&&") == source.count("&") - 2 * source.count("&&"), \
                (context, source, form)


def test_english_has_every_plural_form():
    found = messages(TRANSLATIONS / "factcheck_review_en.ts")
    assert found and all(finished and len(forms) == 2 for _, _, forms, finished in found)
    assert QCoreApplication.translate("SourcesWindow", "%n source(s)", "", 1) == "1 source"
    assert QCoreApplication.translate("SourcesWindow", "%n source(s)", "", 3) == "3 sources"


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None
                    and not Path(sys.executable).with_name("pyside6-lrelease").exists(),
                    reason="needs pyside6-lrelease")
def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    for ts in TRANSLATIONS.glob("*.ts"):
        target = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([tool, str(ts), "-qm", str(target)], check=True, capture_output=True)
        assert target.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"{ts.name} changed since its .qm was built: run scripts/update_translations.py"


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_every_interface_text_is_in_the_ts_under_the_context_qt_looks_it_up_in():
    """What lupdate extracted is what the code asks for at run time: a tr() text under its
    class (or the class it is called on), a translate() text under its named context."""
    have = {(context, source) for context, source, _, _ in messages(SPANISH_TS)}
    missing = []

    def visit(node: ast.AST, cls: str, path: Path) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and child.args:
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "tr":
                    owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(
                        func.value, ast.Name) and func.value.id != "self" else cls
                    text = _literal(child.args[0])
                    if text is not None and (owner, text) not in have:
                        missing.append(f"{path.name}:{child.lineno} {owner}: {text!r}")
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(child.args) >= 2:
                    context, text = _literal(child.args[0]), _literal(child.args[1])
                    if context is not None and text is not None and (context, text) not in have:
                        missing.append(f"{path.name}:{child.lineno} {context}: {text!r}")
            visit(child, inner, path)

    for path in sorted((ROOT / "ui").rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), "", path)
    assert missing == [], "run scripts/update_translations.py (or lupdate misread a file)"


def test_the_cores_words_all_have_a_translation():
    core = {r.label for r in Rating} | {s.label for s in Status} | set(FIELD_LABELS.values()) \
        | set(RELIABILITY_GRADES.values()) | set(CREDIBILITY_GRADES.values())
    assert core - set(WORDS) == set()


# -- the window in Spanish ------------------------------------------------------------


def test_the_main_window_in_spanish_has_no_english_left(spanish, seed_store, open_window, qtbot):
    window = open_window(seed_store)
    assert window.menuBar().actions()[0].text() == "&Archivo"
    assert window.sentences.headerData(1, Qt.Orientation.Horizontal) == "Oración"
    window.select_row(0)
    qtbot.keyClick(window.table, Qt.Key.Key_1)  # a verdict: the status bar and Undo speak too
    assert window.undo_action.text() == "Deshacer Marcar con fuente"
    assert english_left(window) == []


def test_the_empty_window_in_spanish_has_no_english_left(spanish, tmp_path, open_window):
    store = Store(tmp_path / "empty.sqlite3", "tester")
    window = open_window(store)
    assert window.empty_sample.text() == "Abrir el artículo de ejemplo"
    assert english_left(window) == []
    store.close()


def test_every_dialog_in_spanish_has_no_english_left(spanish, seed_store, open_window, qtbot):
    from factcheck_review.ui.diagnostics import ErrorReport
    from factcheck_review.ui.widgets.article_properties import ArticlePropertiesDialog
    from factcheck_review.ui.widgets.export_dialog import ExportDialog
    from factcheck_review.ui.widgets.import_dialogs import PasteDialog
    from factcheck_review.ui.widgets.links_view import AddLinkDialog
    from factcheck_review.ui.widgets.sentence_delegate import SplitDialog
    from factcheck_review.ui.widgets.settings_dialog import SettingsDialog
    from factcheck_review.ui.widgets.shortcuts_dialog import ShortcutsDialog

    window = open_window(seed_store)
    article_id = window.article_id
    first = seed_store.sentence_by_number(article_id, 1)
    source = seed_store.create_source("Frank Mora", "person", "former US official", "B")
    seed_store.cite(first.id, source.id)
    window.select_sentence(first.id)
    dialogs: list[QWidget] = [
        SettingsDialog("tester", window),
        ShortcutsDialog(window.shortcut_rows(), window),
        ExportDialog(window.session, article_id, window),
        ArticlePropertiesDialog(seed_store.article(article_id), window),
        PasteDialog(window),
        AddLinkDialog(window.session, first.id, parent=window),
        SplitDialog(first.text, window),
        ErrorReport(RuntimeError("boom"), "Traceback …", window),
    ]
    sources = window.open_sources()
    sources.show_source(source.id)
    search = window.open_search()
    search.search("Padilla")
    dialogs += [sources, search]
    shortcuts = dialogs[1]
    assert ("Espacio", "Alternar el veredicto de la columna actual") in shortcuts.rows()
    for dialog in dialogs:
        assert english_left(dialog) == [], type(dialog).__name__
        dialog.close()
    assert english_left(window) == []  # the detail panel with a cited source


def test_the_team_windows_in_spanish_have_no_english_left(spanish, tmp_path, open_window, seed_text):
    from factcheck_review.ui.widgets import team_hooks

    ana, ben, article_id = two_files(tmp_path)
    target = copy_of(ana, tmp_path / "team.sqlite3")
    store = Store(target, "ana")
    store.merge_file(ben)
    new = store.import_text("# Corrected\n\n" + edited_seed(seed_text), title="Corrected")
    store.make_new_version(new.article_id, article_id)
    window = open_window(store, article_id)
    views: list[QDialog] = [team_hooks.open_compare(window), team_hooks.open_agreement(window),
                            team_hooks.open_adjudication(window)]
    window.select_article(new.article_id)
    views.append(team_hooks.open_versions(window))
    for view in views:
        assert english_left(view) == [], type(view).__name__
        view.close()
    store.close()


# -- choosing the language -------------------------------------------------------------


@pytest.mark.parametrize(("locale", "expected"), [
    ("es_VE", "es"), ("es_419", "es"), ("es_ES", "es"), ("en_US", "en"), ("fr_FR", "en"), ("C", "en")])
def test_the_system_locale_chooses_the_language(locale, expected):
    assert i18n.resolve_language(i18n.SYSTEM, QLocale(locale)) == expected
    assert i18n.resolve_language("en", QLocale("es_VE")) == "en"  # a choice in Settings wins


def test_the_language_is_saved_in_the_config_file_and_applied_at_start_up(qapp):
    from factcheck.config import load_config

    assert i18n.configured_language() == i18n.SYSTEM
    i18n.set_language("es")
    assert load_config()["language"] == "es"
    try:
        assert i18n.apply_configured_language() == "es"
        assert QCoreApplication.translate("WindowActions", "&File") == "&Archivo"
    finally:
        i18n.set_language("en")
        assert i18n.apply_configured_language() == "en"
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    with pytest.raises(ValueError, match="Unknown language"):
        i18n.set_language("klingon")


def test_settings_offer_the_language_and_save_it(window, monkeypatch):
    from factcheck_review.ui.widgets.settings_dialog import SettingsDialog
    from factcheck_review.ui.window_dialogs import Dialogs

    def accept_spanish(dialog: SettingsDialog) -> int:
        assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
            "System language", "English", "Español"]
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept_spanish)
    assert Dialogs(window).settings("tester") == "tester"
    assert i18n.configured_language() == "es"
    assert SettingsDialog("tester").language_choice() == "es"


def test_the_check_finds_english_in_the_english_window(seed_store, open_window):
    """The detector itself: without the Spanish translation it reports the English interface."""
    left = english_left(open_window(seed_store))
    assert any(text.startswith("File ") for text in left)
    assert any(text.startswith("Sentence 1 of 16") for text in left)  # a formatted text
    assert len(left) > 100
