"""Team review: merging review files, agreement between reviewers, adjudication, re-anchoring."""
