"""Names found in running text keep their lowercase particles and non-ASCII Latin letters."""

from __future__ import annotations

import pytest

from factcheck.analysis.names import name_mentions


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Former President F. W. de Klerk spoke.", "F. W. de Klerk", "Former President"),
        ("Prince Saud al-Faisal said no.", "Saud al-Faisal", "Prince"),
        ("Prime Minister Phạm Minh Chính said so.", "Phạm Minh Chính", "Prime Minister"),
        ("Nguyễn Phú Trọng met the envoy.", "Nguyễn Phú Trọng", ""),
        ("George W. Bush spoke.", "George W. Bush", ""),
        ("Luiz Inácio Lula da Silva won.", "Luiz Inácio Lula da Silva", ""),
    ],
)
def test_whole_names(text, name, title):
    found = [(m.name, m.title) for m in name_mentions(text)]
    assert (name, title) in found
