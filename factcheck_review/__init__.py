"""The import package this distribution owns for its window, data and sample article.

In the repository the window lives in ``ui/``, the shipped data in ``resources/`` and the
sample article in ``seeds/``; installed, they are ``factcheck_review.ui``,
``factcheck_review.resources`` and ``factcheck_review.seeds`` (setuptools ``package-dir``),
so the distribution claims no generic top-level names. The Qt-free core stays ``factcheck``.
"""
