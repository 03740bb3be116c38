"""JSON-LD text that is safe inside ``<script type="application/ld+json">``.

``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026`` (so ``</script>`` or
``<!--`` in an article cannot end or change the script element), and U+2028/U+2029
become ``\\u2028``/``\\u2029`` (line terminators in older JavaScript). The result is
still JSON that parses to exactly the same data.
"""

from __future__ import annotations

import json
from typing import Any

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def dumps_jsonld(data: Any, *, indent: int | None = 2) -> str:
    """``data`` as JSON text with the characters above escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def script_element(data: Any) -> str:
    """A complete ``<script type="application/ld+json">`` element holding ``data``."""
    return f'<script type="application/ld+json">\n{dumps_jsonld(data)}\n</script>\n'
