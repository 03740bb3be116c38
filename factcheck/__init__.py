"""factcheck-review core: model, segmentation, importers, analysis, storage, reports."""

__version__ = "0.1.0"
