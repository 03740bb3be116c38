"""The publisher profile: the fact-checking organisation a ClaimReview names as its author.

Set with ``factcheck config set publisher.name "Example Checks"`` (and
``publisher.url``, ``publisher.logo``, ``publisher.review_url``,
``publisher.language``) or in the window's Settings. ``publisher.review_url`` is
the address where a review is read, with ``{article}`` (the article id) and
``{sentence}`` (the sentence number as people see it; ``article`` for the
article's own verdict) filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.config import check_setting, get_setting
from factcheck.errors import InvalidValue


@dataclass(frozen=True)
class Publisher:
    name: str = ""
    url: str = ""
    logo: str = ""
    review_url: str = ""
    language: str = ""

    @property
    def complete(self) -> bool:
        """A ClaimReview can be written: name, URL and review URL pattern are set."""
        return bool(self.name and self.url and self.review_url)

    def review_address(self, article_id: str, sentence: int | str) -> str:
        """Where the review of one sentence (or ``"article"``) is published."""
        return self.review_url.replace("{article}", article_id).replace("{sentence}", str(sentence))


def load_publisher() -> Publisher:
    """The publisher profile saved in the config file (empty fields where nothing is set)."""
    return Publisher(*(get_setting(f"publisher.{name}") or "" for name in
                       ("name", "url", "logo", "review_url", "language")))


def require_publisher(publisher: Publisher) -> Publisher:
    """The profile, or InvalidValue saying how to complete it: ClaimReview needs name, URL, review URL."""
    missing = [key for key, value in (("publisher.name", publisher.name), ("publisher.url", publisher.url),
                                      ("publisher.review_url", publisher.review_url)) if not value]
    if missing:
        commands = "; ".join(f"factcheck config set {key} VALUE" for key in missing)
        raise InvalidValue(
            f"ClaimReview needs the publisher's {', '.join(k.split('.')[1] for k in missing)}: "
            f"set {'it' if len(missing) == 1 else 'them'} in Settings or with {commands}.")
    # The config file can be edited by hand: only addresses that pass the same checks are written.
    for key, value in (("publisher.url", publisher.url), ("publisher.logo", publisher.logo),
                       ("publisher.review_url", publisher.review_url),
                       ("publisher.language", publisher.language)):
        try:
            check_setting(key, value)
        except ValueError as error:
            raise InvalidValue(f"{error} Change it in Settings or with factcheck config set {key} VALUE.") from None
    return publisher
