"""factcheck-review core: model, segmentation, importers, analysis, storage, reports."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("factcheck-review")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
