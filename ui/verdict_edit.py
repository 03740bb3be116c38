"""Setting one verdict from the window (table keys, clicks, the detail panel's buttons), with the
core's rules about links (factcheck.verdict_rules): leaving "inconsistent: yes" while its
"contradicts" links remain is said, and the reviewer chooses to remove them, keep them, or
not make the change. Removing is one undo step with the verdict edit. After the edit, the link
the core says to offer (``link_to_offer``: "contradicts" after "inconsistent: yes" on a sentence
that has none) is offered through the caller's ``offer_link``."""

from __future__ import annotations

from collections.abc import Callable

from factcheck_review.ui.commands import RemoveLink, SetReview
from factcheck_review.ui.models.sentence_table import verdict_action
from factcheck_review.ui.session import QtSession
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from factcheck.model import LinkKind
from factcheck.verdict_rules import (
    LINKED_VERDICTS,
    left_behind_message,
    link_to_offer,
    links_left_behind,
)

# (text) -> True: remove the links, False: keep them, None: cancel the verdict edit
AskAboutLinks = Callable[[str], "bool | None"]

translate = QCoreApplication.translate


def ask_about_links(parent: QWidget | None, text: str) -> bool | None:
    """The question as a message box: Remove the links / Keep them / Cancel."""
    from PySide6.QtWidgets import QMessageBox  # set up when first asked, not at start-up

    box = QMessageBox(QMessageBox.Icon.Question, translate("VerdictEdit", "Links left behind"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(translate("VerdictEdit", "Remove those links too?"))
    remove = box.addButton(translate("VerdictEdit", "Remove the links"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("VerdictEdit", "Keep the links"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is remove else False if clicked is keep else None


def set_verdict(session: QtSession, sentence_id: int, name: str, value: bool | None,
                ask_about_links: AskAboutLinks, offer_link: Callable[[int], object] | None = None) -> bool:
    """Set verdict ``name`` of a sentence; returns True when it was changed. ``offer_link``
    (sentence id) is called afterwards when the core's rules offer a link."""
    done = _set_verdict(session, sentence_id, name, value, ask_about_links)
    if done and offer_link is not None and link_to_offer(name, value, session.store.links_for(sentence_id)):
        offer_link(sentence_id)
    return done


def _set_verdict(session: QtSession, sentence_id: int, name: str, value: bool | None,
                 ask_about_links: AskAboutLinks) -> bool:
    store = session.store
    old = getattr(store.review(sentence_id), name)
    left = links_left_behind(name, old, value, store.links_for(sentence_id)) if name in LINKED_VERDICTS else []
    remove = False
    if left:
        sentence = store.sentence(sentence_id)
        others = []
        for link in left:
            other = link.to_sentence if link.from_sentence == sentence_id else link.from_sentence
            others.append(store.sentence(other).number)
        answer = ask_about_links(left_behind_message(name, value, sentence.number, others,
                                                     LinkKind(left[0].kind)))
        if answer is None:
            return False
        remove = answer
    text = verdict_action(name, value)
    if not remove:
        return session.push(SetReview(sentence_id, {name: value}, text))
    stack = session.undo_stack
    stack.beginMacro(translate("VerdictEdit", "{action} and remove its links").format(action=text))
    try:
        done = session.push(SetReview(sentence_id, {name: value}, text))
        if done:
            for link in left:
                if link.id is not None:
                    session.push(RemoveLink(link.id))
    finally:
        stack.endMacro()
    return done
