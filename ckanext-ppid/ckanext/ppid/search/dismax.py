"""Solr's dismax and edismax query parsers (CKAN's free-text search box).

dismax reads a simplified syntax (terms, "phrases", ``+``/``-``, ``AND``/``OR``/``NOT``; every other
special character is literal), matches each term against every ``qf`` field, and requires ``mm``
(minimum should match) of the optional clauses. edismax reads full Lucene syntax, sends unfielded terms
to ``qf`` and applies ``mm`` the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ckan.lib.search.common import SearchQueryError

from ckanext.ppid.search import lucene, nodes, schema

DEFAULT_QF = "name^4 title^4 tags^2 groups^2 text"
DEFAULT_MM = "100%"

_TOKEN = re.compile(r'([+-]?)("[^"]*"|\S+)')


@dataclass(frozen=True)
class QueryField:
    """One ``qf`` entry: a field and its boost."""

    field: schema.Field
    boost: float = 1.0


def parse_qf(qf: str | None) -> tuple[QueryField, ...]:
    """Parse ``qf`` (``"name^4 title^4 text"``); SearchQueryError if malformed."""
    fields = []
    for entry in (qf or schema.DEFAULT_FIELD).split():
        name, _, boost = entry.partition("^")
        try:
            value = float(boost) if boost else 1.0
        except ValueError as error:
            raise SearchQueryError(f"Invalid boost in qf: {entry!r}") from error
        fields.append(QueryField(lucene.field_for(name), value))
    if not fields:
        raise SearchQueryError("qf names no field")
    return tuple(fields)


def _percent_or_count(spec: str, clauses: int) -> int:
    try:
        if spec.endswith("%"):
            calc = clauses * int(spec[:-1]) / 100
            return clauses + int(calc) if calc < 0 else int(calc)
        calc_int = int(spec)
    except ValueError as error:
        raise SearchQueryError(f"Invalid mm (minimum should match): {spec!r}") from error
    return clauses + calc_int if calc_int < 0 else calc_int


def min_should_match(spec: str | None, clauses: int) -> int:
    """Solr's ``calculateMinShouldMatch``: how many of ``clauses`` optional clauses must match."""
    spec = (spec or DEFAULT_MM).strip().replace(" <", "<").replace("< ", "<")
    if "<" in spec:
        result = clauses
        for condition in spec.split():
            upper, _, value = condition.partition("<")
            try:
                bound = int(upper)
            except ValueError as error:
                raise SearchQueryError(f"Invalid mm (minimum should match): {spec!r}") from error
            if clauses <= bound:
                return max(0, min(result, clauses))
            result = _percent_or_count(value, clauses)
    else:
        result = _percent_or_count(spec, clauses)
    return max(0, min(result, clauses))


def dismax_term(
    query_fields: tuple[QueryField, ...], raw: str, phrase: bool, literal: bool
) -> nodes.Node | None:
    """One user term matched in any ``qf`` field (Lucene's DisjunctionMaxQuery)."""
    alternatives, boosts = [], []
    for entry in query_fields:
        node = lucene.term_node(entry.field, raw, phrase=phrase, literal=literal)
        if node is not None:
            alternatives.append(node)
            boosts.append(entry.boost)
    if not alternatives:
        return None
    catch_all = [
        node
        for node in alternatives
        if isinstance(node, nodes.Text) and node.field.name == schema.CATCH_ALL and node.mode != nodes.PATTERN
    ]
    if catch_all:
        # Every field copied into ``text`` matches only if ``text`` does too (same words, same
        # analysis), so for matching those alternatives add nothing; ranking weighs them instead.
        kept = [
            (node, boost)
            for node, boost in zip(alternatives, boosts, strict=True)
            if node in catch_all or not _copied_into_text(node)
        ]
        alternatives, boosts = [node for node, _ in kept], [boost for _, boost in kept]
    return nodes.DisMax(tuple(alternatives), tuple(boosts))


def _copied_into_text(node: nodes.Node) -> bool:
    name = getattr(getattr(node, "field", None), "name", None)
    if name is None or isinstance(node, (nodes.Exists, nodes.Wildcard)):
        return False
    return schema.text_weight(name) is not None


def _strip_unbalanced_quotes(query: str) -> str:
    return query.replace('"', "") if query.count('"') % 2 else query


def _clauses(query: str) -> list[tuple[int, int, str, bool]]:
    """dismax's reading of ``query``: (conjunction, modifiers, term, is phrase); drops dangling operators."""
    tokens = _TOKEN.findall(_strip_unbalanced_quotes(query))
    clauses: list[tuple[int, int, str, bool]] = []
    conj, mods = lucene.CONJ_NONE, lucene.MOD_NONE
    for sign, body in tokens:
        if not sign and body in ("AND", "&&"):
            conj = lucene.CONJ_AND if clauses else conj
            continue
        if not sign and body in ("OR", "||"):
            conj = lucene.CONJ_OR if clauses else conj
            continue
        if not sign and body == "NOT":
            mods = lucene.MOD_NOT
            continue
        if not sign and set(body) <= {"+", "-"}:
            continue
        phrase = len(body) >= 2 and body.startswith('"') and body.endswith('"')
        text = body[1:-1] if phrase else body
        if sign:
            mods = lucene.MOD_REQ if sign == "+" else lucene.MOD_NOT
        if text:
            clauses.append((conj, mods, text, phrase))
        conj, mods = lucene.CONJ_NONE, lucene.MOD_NONE
    return clauses


def _with_mm(query: nodes.Bool, mm: str | None) -> nodes.Node:
    if not query.should:
        return query
    required = min_should_match(mm, len(query.should))
    return nodes.Bool(query.must, query.should, query.must_not, required)


def translate_dismax(query: str, qf: str | None, mm: str | None) -> nodes.Node:
    """The node tree of a dismax query."""
    query_fields = parse_qf(qf)
    clauses = _clauses(query)
    if not clauses:
        return nodes.MatchNone()
    triples = [
        (conj, mods, dismax_term(query_fields, text, phrase, literal=True))
        for conj, mods, text, phrase in clauses
    ]
    return _with_mm(lucene.combine(triples, lucene.OR), mm)


def translate_edismax(query: str, qf: str | None, mm: str | None) -> nodes.Node:
    """The node tree of an edismax query: Lucene syntax, unfielded terms over ``qf``, then ``mm``."""
    if not query.strip():
        return nodes.MatchNone()
    query_fields = parse_qf(qf)
    translator = lucene.Translator(
        lucene.OR, lambda raw, phrase: dismax_term(query_fields, raw, phrase, literal=False)
    )
    return _with_mm(translator.group(lucene.parse(query), None), mm)
