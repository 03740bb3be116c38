"""One undo command for any core operation whose Change carries its own inverse.

The core does the work and says how to undo it (``Change.inverse``); ``factcheck_review.ui.commands.StoreCommand``
only wraps the two, so merge, adjudication, re-anchoring and re-attaching share the one undo
mechanism of every other action. ``CoreOperation`` is its name where a dialog passes the
operation in: ``CoreOperation(text, operation, done=None)``.
"""

from __future__ import annotations

from factcheck_review.ui.commands import StoreCommand

CoreOperation = StoreCommand
