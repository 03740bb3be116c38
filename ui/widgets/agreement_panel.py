"""The Agreement panel: per field the sentences judged by two or more reviewers, observed
agreement, Cohen's kappa (two reviewers) and Krippendorff's alpha; the disagreements listed
below, each jumping to its sentence."""

from __future__ import annotations

from typing import Any

from factcheck_review.ui.vocabulary import field_label, field_value_text
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.team.agreement import Agreement, Disagreement, agreement
from factcheck.team.compare import FIELD_LABELS

translate = QCoreApplication.translate
# Krippendorff's levels of measurement, as the table names them.
LEVELS = {"nominal": QT_TRANSLATE_NOOP("AgreementPanel", "nominal"),
          "ordinal": QT_TRANSLATE_NOOP("AgreementPanel", "ordinal"),
          "interval": QT_TRANSLATE_NOOP("AgreementPanel", "interval")}


def number_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def disagreement_text(d: Disagreement, settled: bool) -> str:
    from factcheck.model import Review

    values = ", ".join(f"{who}: {field_value_text(d.field, Review(0, who, **{d.field: v}))}"
                       for who, v in d.values.items())
    text = translate("AgreementPanel", "Sentence {number} · {field} — {values}").format(
        number=d.number, field=field_label(d.field, FIELD_LABELS), values=values)
    return text + ("  " + translate("AgreementPanel", "✓ settled") if settled else "")


class AgreementPanel(QDialog):
    jump_requested = Signal(str, int)
    adjudicate_requested = Signal()

    def __init__(self, session: Any, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id = article_id
        self.setWindowTitle(self.tr("Agreement between reviewers"))
        self.resize(720, 560)
        self.reviewers = QLabel(self)
        self.reviewers.setTextFormat(Qt.TextFormat.PlainText)  # article and reviewer text is never markup
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Sentences"), self.tr("Observed"),
                                              self.tr("Cohen's κ"), self.tr("Krippendorff's α")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(self._jump)
        self.list.itemDoubleClicked.connect(self._jump)
        adjudicate = QPushButton(self.tr("&Adjudicate…"), self)
        adjudicate.clicked.connect(self.adjudicate_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reviewers)
        layout.addWidget(self.table)
        self.list_label = QLabel(self)
        self.list_label.setTextFormat(Qt.TextFormat.PlainText)  # article and reviewer text is never markup
        layout.addWidget(self.list_label)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(adjudicate)
        layout.addLayout(buttons)
        self.result: Agreement | None = None
        session.changed.connect(self._changed)  # a bound slot: dropped when the panel goes
        self.reload()

    def _changed(self, change: object) -> None:
        self.reload()

    def reload(self) -> None:
        store = self.session.store
        self.result = result = agreement(store.article_review(self.article_id))
        settled = set(store.decisions(self.article_id))
        self.reviewers.setText(self.tr("Reviewers: {names}").format(names=", ".join(result.reviewers) or self.tr("none yet"))
                               + ("" if len(result.reviewers) >= 2 else " " + self.tr("— agreement needs two or more.")))
        self.table.setRowCount(len(result.fields))
        for r, f in enumerate(result.fields):
            level = translate("AgreementPanel", LEVELS[f.level]) if f.level in LEVELS else f.level
            cells = [f"{field_label(f.field, FIELD_LABELS)} ({level})", str(f.sentences), number_text(f.observed),
                     number_text(f.kappa), number_text(f.alpha)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.list.clear()
        for d in result.disagreements:
            item = QListWidgetItem(disagreement_text(d, (d.sentence_id, d.field) in settled))
            item.setData(Qt.ItemDataRole.UserRole, d.sentence_id)
            self.list.addItem(item)
        self.list_label.setText(self.tr("%n disagreement(s)", "", len(result.disagreements)) + " "
                                + self.tr("(%n settled) — double-click to go to the sentence:", "",
                                          sum(1 for d in result.disagreements if (d.sentence_id, d.field) in settled)))

    def _jump(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(self.article_id, int(item.data(Qt.ItemDataRole.UserRole)))


def open_agreement(window: Any) -> AgreementPanel | None:
    """Review > Agreement: the panel for the open article."""
    if window.article_id is None:
        return None
    from factcheck_review.ui.widgets.adjudication_dialog import open_adjudication

    panel = AgreementPanel(window.session, window.article_id, window)
    panel.jump_requested.connect(window.jump_to)
    panel.adjudicate_requested.connect(lambda: open_adjudication(window))
    panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    panel.show()
    window.agreement_panel = panel
    return panel
