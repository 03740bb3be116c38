"""factcheck-review core: model, segmentation, importers, analysis, storage, reports."""

# The one place the version is written (pyproject.toml reads it from here): a constant, so
# that start-up does not pay for importlib.metadata to look it up.
__version__ = "0.1.0"
