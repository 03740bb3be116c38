"""Records whose dataclass methods are made when the first one is.

``@dataclass(frozen=True)`` writes and compiles six methods for its class (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``): about 1 ms a record,
at import. The window's start imports records it never makes before its first paint (a
``Change`` comes with the first edit, an ``ImportResult`` with an import, an ``ArticleReview``
with a report). ``@lazy_record`` is
``@dataclass(frozen=True)`` made on the first instance instead, however it is made (called,
copied, unpickled in another process): before that no instance exists, so none can tell.
Only the class itself is a plain class until then: ``dataclasses.fields(cls)`` needs an
instance first, or ``make_now(cls)``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:
    def dataclass_transform(**_options: Any) -> Any:
        return lambda decorator: decorator

T = TypeVar("T")

_making = threading.Lock()


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def lazy_record(cls: type[T]) -> type[T]:
    """A frozen dataclass whose methods are made with its first instance (see the module)."""

    def new(klass: type[T], *args: Any, **kwargs: Any) -> T:
        # Stays on the class: deleting it would leave CPython's __new__ slot pointing here.
        if "__dataclass_fields__" not in cls.__dict__:
            make_now(cls)
        return object.__new__(klass)  # the dataclass's __init__ runs next (unpickling skips it)

    setattr(cls, "__new__", staticmethod(new))  # noqa: B010 - set on the class, not an instance
    return cls


def make_now(cls: type) -> None:
    """Make a lazy record's dataclass methods now (at once when they are made already)."""
    with _making:
        if "__dataclass_fields__" not in cls.__dict__:
            dataclass(frozen=True)(cls)
