"""The Sources window: the ledger that lives across articles. Search, grade (A–F), describe,
see how often and where each source is cited (double-click jumps to the sentence), edit,
delete, and merge duplicates keeping every citation. Every edit is an undoable command."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from factcheck_review.ui.commands import CreateSource, DeleteSource, EditSource, MergeSources
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.admiralty import reliability_label
from factcheck_review.ui.widgets.muted import set_muted
from factcheck_review.ui.widgets.source_picker import KIND_LABELS, kind_label
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck.model import RELIABILITY_GRADES, Source, SourceKind
from factcheck.store import Change

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("SourcesModel", "Name"), QT_TRANSLATE_NOOP("SourcesModel", "Kind"),
           QT_TRANSLATE_NOOP("SourcesModel", "Reliability"), QT_TRANSLATE_NOOP("SourcesModel", "Cited"),
           QT_TRANSLATE_NOOP("SourcesModel", "Description"))
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()

# (parent, first, second) -> the source to keep, or None to cancel
ChooseKeep = Callable[[QWidget, Source, Source], Source | None]
Confirm = Callable[[QWidget, str, str], bool]


class SourcesModel(QAbstractTableModel):
    """The ledger (small: one row per source, loaded whole) with citation counts."""

    def __init__(self, session: QtSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = ""
        self.sources: list[Source] = []
        self.counts: dict[int, int] = {}

    def reload(self, search: str | None = None) -> None:
        if search is not None:
            self.search = search
        self.beginResetModel()
        self.sources = self.session.store.sources(self.search)
        self.counts = self.session.store.citation_counts()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("SourcesModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        source = self.sources[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == 0:
                return source.name
            if column == 1:
                return kind_label(source.kind)
            if column == 2:
                return source.reliability
            if column == 3:
                return self.counts.get(source.id, 0)
            return source.description
        if role == _TOOLTIP:
            if column == 2:
                return reliability_label(source.reliability)
            return source.description or source.name
        if role == _ALIGN and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _USER:
            return source.id
        return None

    def row_of(self, source_id: int) -> int | None:
        return next((row for row, s in enumerate(self.sources) if s.id == source_id), None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SourcesWindow", text)


def ask_which_to_keep(parent: QWidget, first: Source, second: Source) -> Source | None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("SourcesWindow", "Merge sources"))
    box.setText(translate("SourcesWindow", "Merge “{first}” and “{second}” into one source?").format(first=first.name, second=second.name))
    box.setInformativeText(translate("SourcesWindow", "Every sentence citing either will cite the one you keep."))
    keep_first = box.addButton(translate("SourcesWindow", "Keep “{name}”").format(name=first.name), QMessageBox.ButtonRole.AcceptRole)
    keep_second = box.addButton(translate("SourcesWindow", "Keep “{name}”").format(name=second.name), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return first if clicked is keep_first else second if clicked is keep_second else None


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class SourceEditor(QGroupBox):
    """Name, kind, reliability, description, notes of one source; each field saved when left."""

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Source"), parent)
        self.session = session
        self.source: Source | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in KIND_LABELS:
            self.kind.addItem(kind_label(kind), kind.value)
        self.reliability = QComboBox(self)
        for letter in RELIABILITY_GRADES:
            self.reliability.addItem(reliability_label(letter), letter)
        self.reliability.setToolTip(self.tr("Admiralty source grade: how far this source has proved reliable"))
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("e.g. former U.S. ambassador to the Organization of American States"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        self.notes.installEventFilter(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Reliability:"), self.reliability)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Notes:"), self.notes)
        self.name.editingFinished.connect(lambda: self._save("name", self.name.text().strip()))
        self.description.editingFinished.connect(lambda: self._save("description", self.description.text()))
        self.kind.activated.connect(lambda _i: self._save("kind", SourceKind(self.kind.currentData())))
        self.reliability.activated.connect(lambda _i: self._save("reliability", self.reliability.currentData()))
        self.show_source(None)

    def show_source(self, source: Source | None) -> None:
        self.source = source
        self.setEnabled(source is not None)
        self.setTitle(self.tr("Source “{name}”").format(name=source.name) if source else self.tr("Source"))
        source = source or Source(0, "")
        if self.name.text() != source.name:
            self.name.setText(source.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(source.kind.value)))
        self.reliability.setCurrentIndex(max(0, self.reliability.findData(source.reliability)))
        if self.description.text() != source.description:
            self.description.setText(source.description)
            self.description.setCursorPosition(0)
        if self.notes.toPlainText() != source.notes:
            self.notes.setPlainText(source.notes)

    def _save(self, field: str, value: Any) -> bool:
        source = self.source
        if source is None:
            return False
        current = getattr(source, field)
        if value == current or (field == "name" and not value):
            if field == "name" and not value:
                self.name.setText(source.name)  # a source keeps a name
            return False
        if field == "name":
            text = self.tr("Rename source to “{name}”").format(name=value)
        elif field == "kind":
            text = self.tr("Set kind of “{name}” to {kind}").format(name=source.name, kind=kind_label(value).lower())
        elif field == "reliability":
            text = self.tr("Set reliability of “{name}” to {grade}").format(name=source.name, grade=value)
        elif field == "description":
            text = self.tr("Edit description of “{name}”").format(name=source.name)
        else:
            text = self.tr("Edit notes of “{name}”").format(name=source.name)
        return self.session.push(EditSource(source.id, {field: value}, text))

    def save_notes(self) -> bool:
        return self._save("notes", self.notes.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return False


class SourcesWindow(QWidget):
    jump_requested = Signal(str, int)  # article id, sentence row id

    def __init__(self, session: QtSession, parent: QWidget | None = None, *,
                 confirm: Confirm = ask_yes_no, choose_keep: ChooseKeep = ask_which_to_keep) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Sources"))
        self.resize(980, 620)
        self.session = session
        self.confirm = confirm
        self.choose_keep = choose_keep

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search sources by name or description"))
        self.search.setClearButtonEnabled(True)
        self.model = SourcesModel(session, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 190)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.new_button = QPushButton(self.tr("New source"), self)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.setToolTip(self.tr("Select two sources that are the same and merge them; every citation is kept"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.count = QLabel(self)
        set_muted(self.count)
        buttons.addWidget(self.count)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.editor = SourceEditor(session, self)
        self.usage_box = QGroupBox(self.tr("Cited in"), self)
        self.usage = QListWidget(self.usage_box)
        self.usage.setWordWrap(True)
        self.usage.setSpacing(2)
        self.usage.setToolTip(self.tr("Double-click or Enter to go to the sentence"))
        usage_layout = QVBoxLayout(self.usage_box)
        usage_layout.addWidget(self.usage)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.usage_box, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([590, 390])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._search)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.usage.itemActivated.connect(self._usage_activated)
        self.new_button.clicked.connect(self.new_source)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        session.changed.connect(self._changed)
        self.reload()

    # -- reading ---------------------------------------------------------------

    def reload(self, keep: list[int] | None = None) -> None:
        keep = self.selected_ids() if keep is None else keep
        self.model.reload(self.search.text())
        self.count.setText(self.tr("%n source(s)", "", len(self.model.sources)))
        self.select_ids(keep)
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.sources[row].id for row in rows if row < len(self.model.sources)]

    def selected_sources(self) -> list[Source]:
        ids = self.selected_ids()
        return [s for s in self.model.sources if s.id in ids]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for source_id in ids:
            row = self.model.row_of(source_id)
            if row is None:
                continue
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                self.table.setCurrentIndex(self.model.index(row, 0))
                selection.select(self.model.index(row, 0), selection.SelectionFlag.ClearAndSelect
                                 | selection.SelectionFlag.Rows)
                first = False
            else:
                selection.select(self.model.index(row, 0), flags)

    def show_source(self, source_id: int) -> None:
        """Select a source (clearing a search that hides it) and bring the window up."""
        if self.model.row_of(source_id) is None and self.search.text():
            self.search.clear()
        self.select_ids([source_id])
        self.show()
        self.raise_()
        self.activateWindow()

    def _search(self, text: str) -> None:
        self.reload()

    def _selection_changed(self) -> None:
        selected = self.selected_sources()
        one = selected[0] if len(selected) == 1 else None
        self.editor.show_source(one)
        self.delete_button.setEnabled(bool(selected))
        self.merge_button.setEnabled(len(selected) == 2)
        self._show_usage(one)

    def _show_usage(self, source: Source | None) -> None:
        self.usage.clear()
        if source is None:
            self.usage_box.setTitle(self.tr("Cited in"))
            return
        usage = self.session.store.source_usage(source.id)
        self.usage_box.setTitle(self.tr("Cited in %n sentence(s)", "", len(usage)))
        shown_article = None
        for article_id, title, sentence_id, index, text in usage:
            if article_id != shown_article:  # a heading per article, the sentences under it
                heading = QListWidgetItem(title or article_id, self.usage)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                shown_article = article_id
            item = QListWidgetItem(f"#{index + 1}  {text}", self.usage)
            item.setData(_USER, (article_id, sentence_id))
            item.setToolTip(self.tr("{title}, sentence {number} — double-click to go to it").format(
                title=html.escape(title), number=index + 1))
        if not usage:
            QListWidgetItem(self.tr("Not cited by any sentence."), self.usage).setFlags(Qt.ItemFlag.NoItemFlags)

    def _usage_activated(self, item: QListWidgetItem) -> None:
        target = item.data(_USER)
        if target:
            self.jump_requested.emit(target[0], int(target[1]))

    def _changed(self, change: Change) -> None:
        if change.sources or change.structure:
            keep = self.selected_ids()
            merged = change.merged_source
            if merged and merged[1] in keep:  # the duplicate went away: show the one kept
                keep = [merged[0]]
            self.reload(keep)

    # -- actions ---------------------------------------------------------------

    def new_source(self) -> bool:
        name = self.tr("New source")
        existing = {s.name for s in self.session.store.sources()}
        n = 2
        while name in existing:
            name, n = self.tr("New source {number}").format(number=n), n + 1
        command = CreateSource(name, SourceKind.PERSON)
        if not self.session.push(command):
            return False
        if self.search.text():
            self.search.clear()
        if command.source is not None:
            self.select_ids([command.source.id])
        self.editor.name.setFocus()
        self.editor.name.selectAll()
        return True

    def delete_selected(self) -> bool:
        selected = self.selected_sources()
        if not selected:
            return False
        counts = self.model.counts
        cited = sum(counts.get(s.id, 0) for s in selected)
        names = ", ".join(f"“{s.name}”" for s in selected)
        text = self.tr("Delete {names}?").format(names=names)
        if cited:
            text += " " + self.tr("%n citation(s) will be removed from sentences.", "", cited)
        if not self.confirm(self, self.tr("Delete sources"), text + " " + self.tr("You can undo this.")):
            return False
        self.session.undo_stack.beginMacro(
            self.tr("Delete %n source(s)", "", len(selected)) if len(selected) > 1
            else QCoreApplication.translate("Commands", "Delete source “{name}”").format(name=selected[0].name))
        try:
            ok = all([self.session.push(DeleteSource(s.id, s.name)) for s in selected])
        finally:
            self.session.undo_stack.endMacro()
        return ok

    def merge_selected(self) -> bool:
        selected = self.selected_sources()
        if len(selected) != 2:
            return False
        keep = self.choose_keep(self, selected[0], selected[1])
        if keep is None:
            return False
        other = selected[1] if keep.id == selected[0].id else selected[0]
        command = MergeSources(keep.id, other.id)
        command.setText(self.tr("Merge “{other}” into “{kept}”").format(other=other.name, kept=keep.name))
        return self.session.push(command)
