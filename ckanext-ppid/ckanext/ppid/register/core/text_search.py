"""The register's text search: an entry matches when each word of the query appears in its title, summary,
the unit or official holding it or the one responsible for it (any case, any order)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# The register entry's fields a reader of the DIP searches by (``register_entry``'s names).
SEARCHED = ("title", "ringkasan", "unit_title", "unit_penguasa", "penanggung_jawab")


def words(query: str) -> list[str]:
    return query.casefold().split()


def matches(entry: Mapping[str, Any], query_words: list[str]) -> bool:
    text = " ".join(str(entry.get(field) or "") for field in SEARCHED).casefold()
    return all(word in text for word in query_words)
