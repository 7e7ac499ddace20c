"""The boolean query tree between Solr's syntax and SQL.

Parsers (:mod:`lucene`, :mod:`dismax`) build it; :mod:`sql` renders it. Matching follows Lucene's
``BooleanQuery``: every ``must`` clause matches, no ``must_not`` clause does, and of the ``should``
clauses at least ``min_should`` match (or at least one when there is no ``must`` clause).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ckanext.ppid.search.schema import Field

# How a text leaf's value is turned into a PostgreSQL tsquery.
WORDS = "words"  # every token of a bare term
PHRASE = "phrase"  # the tokens in order, adjacent
PREFIX = "prefix"  # one unanalysed, lower-cased token prefix (``foo*``)
PATTERN = "pattern"  # a wildcard pattern over the tokens (``f?o``, ``*foo``)


class Node:
    """A query tree node."""


@dataclass(frozen=True)
class MatchAll(Node):
    """``*:*``."""


@dataclass(frozen=True)
class MatchNone(Node):
    """A query nothing matches (an empty query)."""


@dataclass(frozen=True)
class Exact(Node):
    """A string, date or numeric field holds one of ``values`` (whole-value equality)."""

    field: Field
    values: tuple[str, ...]


@dataclass(frozen=True)
class Wildcard(Node):
    """A string field holds a value matching a Lucene wildcard pattern (``*`` and ``?``)."""

    field: Field
    pattern: str


@dataclass(frozen=True)
class Range(Node):
    """A field holds a value between ``low`` and ``high`` (``None`` is open, ``*``)."""

    field: Field
    low: str | None
    high: str | None
    include_low: bool = True
    include_high: bool = True


@dataclass(frozen=True)
class Exists(Node):
    """A field has any value (``field:*``)."""

    field: Field


@dataclass(frozen=True)
class Text(Node):
    """An analysed field matches ``value``, as words, a phrase, a prefix or a pattern."""

    field: Field
    value: str
    mode: str = WORDS


@dataclass(frozen=True)
class Ngram(Node):
    """Solr's ``*_ngram`` fields: the lower-cased value contains ``value``."""

    field: Field
    value: str


@dataclass(frozen=True)
class Bool(Node):
    """Lucene's BooleanQuery."""

    must: tuple[Node, ...] = ()
    should: tuple[Node, ...] = ()
    must_not: tuple[Node, ...] = ()
    min_should: int = 0


@dataclass(frozen=True)
class DisMax(Node):
    """One user term matched against several fields (dismax ``qf``); any field may match."""

    alternatives: tuple[Node, ...]
    boosts: tuple[float, ...] = field(default=())


def scored_text(node: Node) -> list[Text]:
    """The text leaves that can raise a document's score (not under a negation)."""
    if isinstance(node, Text):
        return [node]
    if isinstance(node, Bool):
        return [leaf for child in node.must + node.should for leaf in scored_text(child)]
    if isinstance(node, DisMax):
        return [leaf for child in node.alternatives for leaf in scored_text(child)]
    return []
