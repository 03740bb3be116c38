"""The team-review windows the main window opens (one import for its menus)."""

from __future__ import annotations

from factcheck_review.ui.widgets.adjudication_dialog import open_adjudication
from factcheck_review.ui.widgets.agreement_panel import open_agreement
from factcheck_review.ui.widgets.compare_view import open_compare
from factcheck_review.ui.widgets.merge_dialog import merge_review_file
from factcheck_review.ui.widgets.versions_dialog import offer_new_versions, open_versions

__all__ = ["merge_review_file", "offer_new_versions", "open_adjudication", "open_agreement", "open_compare",
           "open_versions"]
