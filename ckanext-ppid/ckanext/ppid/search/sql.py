"""Render a :mod:`nodes` tree as a parameterised SQL condition on ``ppid_search_document``.

Every value, field name included, travels as a bind parameter; the only identifiers written into the
SQL are this module's own column names and text search configurations. Leaf conditions may be NULL
where a column is; every negation is wrapped in ``coalesce(..., false)`` so NULL never turns a
``NOT`` into "no match".
"""

from __future__ import annotations

import json
from typing import Any

from ckanext.ppid.search import document, nodes, schema

# Columns a query can read directly instead of the jsonb (the unique key is a column too).
SCALAR_COLUMNS = frozenset({"index_id", *document.SCALAR_COLUMNS})
ARRAY_COLUMNS = frozenset(document.ARRAY_COLUMNS)
# The title's own vector, stored at indexing time.
TITLE_VECTOR = "title_vector"
DATE_COLUMNS = frozenset({"metadata_created", "metadata_modified"})
CATCH_ALL_CONFIG = schema.TS_CONFIG[schema.TEXT]
URL_SOURCES = ("url", "ckan_url", "download_url", "res_url")
NGRAM_SOURCES = {"name_ngram": "lower(name)", "title_ngram": "lower(title)"}
JSON_TEXT_TYPES = '\'["string", "numeric"]\''
# ts_rank_cd weights for D, C, B, A (Solr's qf: text^1, tags/groups^2, name/title^4).
DEFAULT_WEIGHTS = (0.1, 0.25, 0.5, 1.0)


def tsquery_literal(prefix: str) -> str:
    """A tsquery matching lexemes that start with ``prefix`` (no normalisation, like Solr's prefix)."""
    escaped = prefix.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}':*"


def merge_alternatives(node: nodes.Bool) -> nodes.Exact | None:
    """``f:(a OR b OR c)`` as one ``Exact`` with three values, so it is one index probe."""
    if node.must or node.must_not or node.min_should > 1 or len(node.should) < 2:
        return None
    if not all(isinstance(child, nodes.Exact) for child in node.should):
        return None
    fields = {child.field for child in node.should}  # type: ignore[attr-defined]
    if len(fields) != 1:
        return None
    values = tuple(dict.fromkeys(value for child in node.should for value in child.values))  # type: ignore[attr-defined]
    return nodes.Exact(fields.pop(), values)


def catch_all_leaf(node: nodes.Node) -> nodes.Text | None:
    """The text leaf a node amounts to if it is one match on the catch-all vector."""
    if isinstance(node, nodes.DisMax) and len(node.alternatives) == 1:
        node = node.alternatives[0]
    if isinstance(node, nodes.Bool) and not node.should and not node.must_not and len(node.must) == 1:
        node = node.must[0]
    if isinstance(node, nodes.Text) and node.field.name == schema.CATCH_ALL and node.mode != nodes.PATTERN:
        return node
    return None


class Renderer:
    """Collects bind parameters while rendering conditions, sort keys and scores."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def bind(self, value: Any) -> str:
        """A new bind parameter holding ``value``; returns its placeholder."""
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    # conditions

    def render(self, node: nodes.Node) -> str:
        """The SQL condition for ``node``."""
        method = getattr(self, f"_{type(node).__name__.lower()}")
        return method(node)

    def _matchall(self, node: nodes.MatchAll) -> str:
        return "TRUE"

    def _matchnone(self, node: nodes.MatchNone) -> str:
        return "FALSE"

    def _bool(self, node: nodes.Bool) -> str:
        if not (node.must or node.should or node.must_not):
            return "FALSE"
        merged = merge_alternatives(node)
        if merged is not None:
            return self.render(merged)
        if node.should and node.min_should >= len(node.should):
            # Every optional clause is required (dismax's mm on two words): they are musts.
            node = nodes.Bool(node.must + node.should, (), node.must_not)
        must = list(node.must)
        combined = [query for query in map(catch_all_leaf, must) if query is not None]
        parts = []
        if len(combined) > 1:
            # One match against the catch-all vector instead of one per required word.
            must = [child for child in must if catch_all_leaf(child) is None]
            joined = " && ".join(self.tsquery(leaf, CATCH_ALL_CONFIG) for leaf in combined)
            parts.append(f"(search_vector @@ ({joined}))")
        parts += [self.render(child) for child in must]
        parts += [f"NOT coalesce({self.render(child)}, false)" for child in node.must_not]
        required = node.min_should or (0 if node.must else 1)
        should = [self.render(child) for child in node.should]
        if should and required:
            if required > len(should):
                return "FALSE"
            if required == len(should):
                parts += should
            elif required == 1:
                parts.append("(" + " OR ".join(should) + ")")
            else:
                counted = " + ".join(f"(CASE WHEN {s} THEN 1 ELSE 0 END)" for s in should)
                parts.append(f"(({' OR '.join(should)}) AND ({counted}) >= {int(required)})")
        return "(" + " AND ".join(parts) + ")" if parts else "TRUE"

    def _dismax(self, node: nodes.DisMax) -> str:
        return "(" + " OR ".join(self.render(child) for child in node.alternatives) + ")"

    def _values(self, field: schema.Field) -> str:
        if field.name in ARRAY_COLUMNS:
            return f"unnest({field.name}) AS v(x)"
        return f"jsonb_array_elements_text(terms -> {self.bind(field.name)}) AS v(x)"

    def _exact(self, node: nodes.Exact) -> str:
        name = node.field.name
        if name in SCALAR_COLUMNS:
            if len(node.values) == 1:
                return f"{name} = {self.bind(node.values[0])}"
            return f"{name} = ANY(CAST({self.bind(list(node.values))} AS text[]))"
        if name in DATE_COLUMNS:
            return f"{name} = ANY(CAST({self.bind(list(node.values))} AS timestamptz[]))"
        if name in ARRAY_COLUMNS:
            return f"{name} && CAST({self.bind(list(node.values))} AS text[])"
        alternatives = [
            f"terms @> CAST({self.bind(json.dumps({name: [value]}, ensure_ascii=False))} AS jsonb)"
            for value in node.values
        ]
        return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"

    def _wildcard(self, node: nodes.Wildcard) -> str:
        name = node.field.name
        if name == "name":
            # The trigram index on lower(name) narrows; LIKE on name itself keeps Solr's case.
            pattern = self.bind(node.pattern)
            return f"(lower(name) LIKE lower({pattern}) AND name LIKE {pattern})"
        if name in SCALAR_COLUMNS:
            return f"{name} LIKE {self.bind(node.pattern)}"
        pattern = self.bind(node.pattern)
        return f'EXISTS (SELECT 1 FROM {self._values(node.field)} WHERE x COLLATE "C" LIKE {pattern})'  # noqa: S608

    def _range(self, node: nodes.Range) -> str:
        kind, name = node.field.kind, node.field.name
        cast = {schema.DATE: "timestamptz", schema.INT: "numeric"}.get(kind)
        if name in SCALAR_COLUMNS or name in DATE_COLUMNS:
            value = name
        elif cast:
            value = f"CAST(x AS {cast})"
        else:
            value = 'x COLLATE "C"'
        conditions = []
        for bound, inclusive, operator in (
            (node.low, node.include_low, ">"),
            (node.high, node.include_high, "<"),
        ):
            if bound is None:
                continue
            placeholder = self.bind(bound)
            if cast:
                placeholder = f"CAST({placeholder} AS {cast})"
            conditions.append(f"{value} {operator}{'=' if inclusive else ''} {placeholder}")
        condition = " AND ".join(conditions)
        if name in SCALAR_COLUMNS or name in DATE_COLUMNS:
            return f"({condition})"
        return f"EXISTS (SELECT 1 FROM {self._values(node.field)} WHERE {condition})"  # noqa: S608

    def _exists(self, node: nodes.Exists) -> str:
        name = node.field.name
        if name in SCALAR_COLUMNS or name in DATE_COLUMNS:
            return f"({name} IS NOT NULL)"
        if name in ARRAY_COLUMNS:
            return f"(cardinality({name}) > 0)"
        if name == schema.CATCH_ALL:
            return "(length(search_vector) > 0)"
        if name == "urls":
            return "(" + " OR ".join(f"terms ? {self.bind(source)}" for source in URL_SOURCES) + ")"
        if name in NGRAM_SOURCES:
            return f"({NGRAM_SOURCES[name]} IS NOT NULL)"
        return f"(terms ? {self.bind(name)})"

    def _ngram(self, node: nodes.Ngram) -> str:
        escaped = node.value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"({NGRAM_SOURCES[node.field.name]} LIKE {self.bind('%' + escaped + '%')})"

    def _text(self, node: nodes.Text) -> str:
        name = node.field.name
        vector = self.field_vector(node.field)
        if node.mode == nodes.PATTERN:
            pattern = self.bind(node.value)
            return f"EXISTS (SELECT 1 FROM unnest({vector}) AS u WHERE u.lexeme LIKE {pattern})"  # noqa: S608
        if name == schema.CATCH_ALL:
            return f"(search_vector @@ {self.tsquery(node, CATCH_ALL_CONFIG)})"
        condition = f"{vector} @@ {self.tsquery(node, schema.TS_CONFIG[node.field.kind])}"
        if vector == TITLE_VECTOR:
            return f"({condition})"
        # The catch-all vector holds the same text (stemmed), so its GIN index can narrow first.
        copied = schema.text_weight(name) is not None
        if copied and (node.mode != nodes.PREFIX or node.field.kind == schema.TEXT):
            condition = f"search_vector @@ {self.tsquery(node, CATCH_ALL_CONFIG)} AND {condition}"
        return f"({condition})"

    # text search pieces

    def field_vector(self, field: schema.Field) -> str:
        """The tsvector of one analysed field (the stored catch-all for ``text``)."""
        if field.name == schema.CATCH_ALL:
            return "search_vector"
        config = schema.TS_CONFIG[field.kind]
        if field.name == "title":
            return TITLE_VECTOR
        if field.name == "urls":
            source = "jsonb_build_array(" + ", ".join(f"doc -> {self.bind(s)}" for s in URL_SOURCES) + ")"
        else:
            source = f"coalesce(doc -> {self.bind(field.name)}, CAST('[]' AS jsonb))"
        return f"jsonb_to_tsvector('{config}', {source}, {JSON_TEXT_TYPES})"

    def tsquery(self, node: nodes.Text, config: str) -> str:
        """The tsquery for a text leaf, analysed with ``config``."""
        if node.mode == nodes.PREFIX:
            return f"CAST({self.bind(tsquery_literal(node.value))} AS tsquery)"
        function = "phraseto_tsquery" if node.mode == nodes.PHRASE else "plainto_tsquery"
        return f"{function}('{config}', {self.bind(node.value)})"

    def score(self, leaves: list[nodes.Text], weights: tuple[float, ...] = DEFAULT_WEIGHTS) -> str:
        """Relevance: cover density of the query's text over the weighted catch-all vector."""
        seen: set[tuple[str, str]] = set()
        queries = []
        for leaf in leaves:
            key = (leaf.value, leaf.mode)
            if leaf.mode == nodes.PATTERN or key in seen:
                continue
            seen.add(key)
            queries.append(self.tsquery(leaf, CATCH_ALL_CONFIG))
        if not queries:
            return "CAST(1.0 AS float8)"
        combined = " || ".join(queries)
        weights_array = f"CAST({self.bind(list(weights))} AS float4[])"
        return f"CAST(ts_rank_cd({weights_array}, search_vector, {combined}) AS float8)"

    # sorting

    def sort_expression(self, field: schema.Field) -> str:
        """The SQL expression a sortable field sorts by."""
        name = field.name
        if name in SCALAR_COLUMNS or name in DATE_COLUMNS:
            return name
        value = f"(terms -> {self.bind(name)} ->> 0)"
        if field.kind == schema.DATE:
            return f"CAST({value} AS timestamptz)"
        if field.kind == schema.INT:
            return f"CAST({value} AS numeric)"
        return f'{value} COLLATE "C"'
