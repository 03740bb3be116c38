"""Citing sources from the keyboard: an autocompleting picker (type, Down/Enter to pick an
existing source, Enter on a new name creates it) and the list of sources a sentence cites."""

from __future__ import annotations

from factcheck_review.ui.commands import Cite, CreateSource, Uncite
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.admiralty import admiralty_code, describe_code
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.model import Source, SourceKind

KIND_LABELS = {  # marked for translation; shown through kind_label()
    SourceKind.PERSON: QT_TRANSLATE_NOOP("SourceKind", "Person"),
    SourceKind.ORGANISATION: QT_TRANSLATE_NOOP("SourceKind", "Organisation"),
    SourceKind.DOCUMENT: QT_TRANSLATE_NOOP("SourceKind", "Document"),
    SourceKind.ANONYMOUS: QT_TRANSLATE_NOOP("SourceKind", "Anonymous group"),
}


def kind_label(kind: SourceKind | str) -> str:
    """A source kind in the interface language ("Person", "Organisation", …)."""
    try:
        return QCoreApplication.translate("SourceKind", KIND_LABELS[SourceKind(kind)])
    except ValueError:
        return str(kind)


class SourcePicker(QWidget):
    """A line edit completing over the ledger, with the kind used for a new source."""

    acted = Signal()  # after a source is cited from the box

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sentence_id: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Cite a source: type a name, Enter"))
        self.edit.setAccessibleName(self.tr("Cite a source"))
        self.edit.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.edit.setCompleter(self.completer)
        self.kind = QComboBox(self)
        for kind in KIND_LABELS:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setToolTip(self.tr("The kind given to a new source created from this box"))
        self.kind.setAccessibleName(self.tr("Kind of a new source"))
        row.addWidget(self.edit, 1)
        row.addWidget(self.kind)
        self.edit.returnPressed.connect(self.commit)
        # A click in the popup completes without Enter: commit once the text is in.
        self.completer.activated.connect(lambda _text: QTimer.singleShot(0, self, self.commit))
        self.edit.installEventFilter(self)
        self.reload_names()

    def set_sentence(self, sentence_id: int | None) -> None:
        self.sentence_id = sentence_id
        self.setEnabled(sentence_id is not None)

    def reload_names(self) -> None:
        names = [source.name for source in self.session.store.sources()]
        if names != self.names.stringList():
            self.names.setStringList(names)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusIn:
            self.reload_names()
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and not self.completer.popup().isVisible()):
            # Down on a closed picker shows every match (or the whole ledger when empty).
            self.reload_names()
            self.completer.setCompletionPrefix(self.edit.text())
            self.completer.complete()
            return True
        return False

    def save(self) -> bool:
        """Leaving the box (Esc): cite the typed name when the ledger knows it; an unknown or
        half-typed name stays in the box, never added to the ledger unasked (Enter adds it)."""
        name = " ".join(self.edit.text().split())
        if not name or self.sentence_id is None or self.session.store.find_source(name) is None:
            return False
        return self._cite(name)

    def commit(self) -> bool:
        """Cite the source named in the box, creating it when the ledger has no such name."""
        name = " ".join(self.edit.text().split())
        if not name or self.sentence_id is None:
            return False
        done = self._cite(name)
        self.acted.emit()
        return done

    def _cite(self, name: str) -> bool:
        assert self.sentence_id is not None
        self.completer.popup().hide()
        store = self.session.store
        existing = store.find_source(name)
        if existing is not None:
            if existing.id in {s.id for s in store.cited_sources(self.sentence_id)}:
                self.edit.clear()
                return False  # already cited: nothing to record
            done = self.session.push(Cite(self.sentence_id, existing.id, existing.name))
        else:
            done = self.session.push(CreateSource(name, self.kind.currentData(),
                                                  cite_from=self.sentence_id))
        if done:
            self.edit.clear()
            self.reload_names()
        return done


class CitedSources(QListWidget):
    """The sources a sentence cites, each with its Admiralty code; Delete removes a citation."""

    source_activated = Signal(int)  # source id (open it in the Sources window)

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sentence_id: int | None = None
        self.sources: list[Source] = []
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Cited sources"))
        self.itemActivated.connect(lambda item: self.source_activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        remove = QAction(self.tr("Remove citation"), self)
        remove.triggered.connect(self.remove_current)
        self.addAction(remove)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_sources(self, sentence_id: int | None, sources: list[Source], credibility: int | None) -> None:
        self.sentence_id = sentence_id
        self.sources = sources
        self.clear()
        for source in sources:
            code = admiralty_code(source.reliability, credibility)
            kind = kind_label(source.kind).lower()
            text = f"{code}  {source.name}" + (f" — {source.description}" if source.description else "")
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            tip = [f"{source.name} ({kind})"]
            if source.description:
                tip.append(source.description)
            tip.append(self.tr("Admiralty {code}: {meaning}").format(code=code, meaning=describe_code(code)))
            tip.append(self.tr("Delete removes the citation"))
            item.setToolTip("\n".join(tip))
        rows = max(1, len(sources))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4 if sources
                            else self.fontMetrics().height() + 2 * self.frameWidth() + 8)
        self.setVisible(bool(sources))

    def remove_current(self) -> bool:
        item = self.currentItem()
        if item is None or self.sentence_id is None:
            return False
        source_id = item.data(Qt.ItemDataRole.UserRole)
        name = next((s.name for s in self.sources if s.id == source_id), self.tr("source"))
        return self.session.push(Uncite(self.sentence_id, source_id, name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
            return
        super().keyPressEvent(event)


class SourcesBox(QWidget):
    """Cited sources over the picker, as the detail panel shows them."""

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.cited = CitedSources(session, self)
        self.picker = SourcePicker(session, self)
        layout.addWidget(self.cited)
        layout.addWidget(self.picker)

    def show_sentence(self, sentence_id: int | None, sources: list[Source], credibility: int | None) -> None:
        self.cited.show_sources(sentence_id, sources, credibility)
        self.picker.set_sentence(sentence_id)
