"""Widgets and dialogs of the review window."""
