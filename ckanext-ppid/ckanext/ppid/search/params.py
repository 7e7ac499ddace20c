"""Read the parameters CKAN sends to Solr's ``/select`` into a query plan.

The plan says what matches (q and every fq), how it scores and sorts, which page and fields to
return, and which facets to count. Anything Solr would do that this backend cannot do faithfully is
a :class:`~ckan.lib.search.common.SearchQueryError`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ckan.lib.search.common import SearchQueryError

from ckanext.ppid.search import dismax, lucene, nodes, schema

# Parameters read elsewhere in this module, or harmless to ignore (they change no result).
IGNORED = frozenset(
    {
        "wt",
        "fq_list",
        "extras",
        "tie",
        "indent",
        "echoParams",
        "omitHeader",
        "json.nl",
        "version",
        "facet.method",
        "facet.threads",
        "timeAllowed",
        "debugQuery",
        "debug",
    }
)
KNOWN = frozenset(
    {
        "q",
        "fq",
        "defType",
        "qf",
        "mm",
        "q.op",
        "df",
        "sort",
        "rows",
        "start",
        "fl",
        "facet",
        "facet.field",
        "facet.limit",
        "facet.mincount",
        "facet.sort",
    }
)
# Score-only parameters we cannot reproduce: refused rather than silently dropped.
REFUSED_WHEN_SET = frozenset({"bf", "boost", "bq", "pf", "pf2", "pf3", "ps", "qs"})
_PER_FIELD = re.compile(r"^f\.([^.]+)\.facet\.(limit|mincount|sort)$")
_FL_GLOB = re.compile(r"^[A-Za-z0-9_.\-*?]+$")
TRUE_VALUES = ("true", "on", "yes", "1")
SOLR_DEFAULT_ROWS = 10
SOLR_DEFAULT_FACET_LIMIT = 100


@dataclass(frozen=True)
class SortKey:
    """One sort criterion; ``field`` None means score, ``"_docid_"`` index order."""

    field: schema.Field | None
    descending: bool


@dataclass(frozen=True)
class FacetRequest:
    """One ``facet.field`` with its limit (negative: all), mincount and order."""

    field: schema.Field
    limit: int
    mincount: int
    sort: str


@dataclass(frozen=True)
class FieldList:
    """What ``fl`` asks for."""

    names: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    everything: bool = False
    score: bool = False


@dataclass
class Plan:
    """A query ready to render."""

    where: nodes.Node
    scored: list[nodes.Text]
    sort: list[SortKey]
    start: int
    rows: int
    fl: FieldList
    facets: list[FacetRequest] = field(default_factory=list)
    weights: tuple[float, ...] = (0.1, 0.25, 0.5, 1.0)


# The largest start or rows a query may ask for (Solr's own limit: a Java int).
MAX_OFFSET = 2**31 - 1


def single(params: Mapping[str, Any], key: str, default: Any = None) -> Any:
    """A single-valued parameter (Solr takes the first of repeated values)."""
    value = params.get(key, default)
    if isinstance(value, (list, tuple)):
        return value[0] if value else default
    return value


def as_int(params: Mapping[str, Any], key: str, default: int) -> int:
    """An integer parameter; SearchQueryError if it is not one."""
    value = single(params, key, default)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise SearchQueryError(f"Invalid value for {key!r}: {value!r} (an integer is required)") from error


def as_list(value: Any) -> list[str]:
    """A parameter that may repeat, as a list of strings."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    return [str(value)]


def check_names(params: Mapping[str, Any]) -> None:
    """Refuse parameters whose effect cannot be reproduced."""
    for key, value in params.items():
        if key in KNOWN or key in IGNORED or _PER_FIELD.match(key):
            continue
        if key in REFUSED_WHEN_SET and not value:
            continue
        raise SearchQueryError(f"Search parameter not supported: {key!r}")


def main_query(q: str, params: Mapping[str, Any]) -> nodes.Node:
    """The node tree of ``q`` under its query parser."""
    def_type = single(params, "defType", "lucene") or "lucene"
    if def_type == "lucene":
        return lucene.translate(q, default_field(params), default_operator(params))
    if def_type == "dismax":
        return dismax.translate_dismax(q, single(params, "qf"), single(params, "mm"))
    if def_type == "edismax":
        return dismax.translate_edismax(q, single(params, "qf"), single(params, "mm"))
    raise SearchQueryError(f"Query parser not supported: {def_type!r}")


def default_field(params: Mapping[str, Any]) -> str:
    """``df``, Solr's default search field."""
    return single(params, "df", schema.DEFAULT_FIELD) or schema.DEFAULT_FIELD


def default_operator(params: Mapping[str, Any]) -> str:
    """``q.op``: AND or OR (Solr's default)."""
    operator = (single(params, "q.op", lucene.OR) or lucene.OR).upper()
    if operator not in (lucene.AND, lucene.OR):
        raise SearchQueryError(f"Invalid q.op: {operator!r}")
    return operator


def filter_queries(params: Mapping[str, Any]) -> list[nodes.Node]:
    """Every non-empty ``fq``, parsed with the standard parser."""
    return [
        lucene.translate(fq, default_field(params), default_operator(params))
        for fq in as_list(params.get("fq"))
        if fq.strip()
    ]


def parse_sort(sort: str | None) -> list[SortKey]:
    """``"score desc, metadata_modified desc"`` into sort keys; Solr's default is score."""
    if not sort or not str(sort).strip():
        return [SortKey(None, True)]
    keys = []
    for criterion in str(sort).split(","):
        words = criterion.split()
        if len(words) != 2 or words[1].lower() not in ("asc", "desc"):
            raise SearchQueryError(f'Invalid "sort" parameter: {criterion.strip()!r}')
        name, descending = words[0], words[1].lower() == "desc"
        if name == "score":
            keys.append(SortKey(None, descending))
            continue
        if name == "_docid_":
            keys.append(SortKey(schema.Field("_docid_", schema.INT), descending))
            continue
        definition = lucene.field_for(name)
        if not definition.sortable:
            raise SearchQueryError(f'Invalid "sort" parameter: cannot sort on field {name!r}')
        keys.append(SortKey(definition, descending))
    return keys


def parse_fl(fl: Any) -> FieldList:
    """``fl`` (space- or comma-separated names, globs, ``*``, ``score``)."""
    items = [item for value in as_list(fl) for item in re.split(r"[\s,]+", value) if item]
    if not items:
        return FieldList(everything=True)
    names, patterns, everything, score = [], [], False, False
    for item in items:
        if item == "*":
            everything = True
        elif item == "score":
            score = True
        elif "*" in item or "?" in item:
            if not _FL_GLOB.match(item):
                raise SearchQueryError(f"Invalid field list (fl) entry: {item!r}")
            patterns.append(item)
        else:
            if not schema.is_valid_name(item):
                raise SearchQueryError(f"Invalid field list (fl) entry: {item!r}")
            names.append(item)
    return FieldList(tuple(names), tuple(patterns), everything, score)


def parse_facets(params: Mapping[str, Any]) -> list[FacetRequest]:
    """The ``facet.field`` requests, with Solr's defaults and per-field overrides."""
    if str(single(params, "facet", "false")).lower() not in TRUE_VALUES:
        return []
    requests = []
    for name in dict.fromkeys(as_list(params.get("facet.field"))):
        definition = lucene.field_for(name)
        if definition.analysed or definition.kind == schema.NGRAM:
            raise SearchQueryError(f"Faceting on analysed text field {name!r} is not supported")

        def option(option: str, default: Any, name: str = name) -> Any:
            return single(params, f"f.{name}.facet.{option}", single(params, f"facet.{option}", default))

        limit = as_int({"v": option("limit", SOLR_DEFAULT_FACET_LIMIT)}, "v", SOLR_DEFAULT_FACET_LIMIT)
        mincount = as_int({"v": option("mincount", 0)}, "v", 0)
        if max(limit, mincount) > MAX_OFFSET:
            raise SearchQueryError(f"facet.limit and facet.mincount must be at most {MAX_OFFSET}")
        order = str(option("sort", "count" if limit > 0 else "index") or "count").lower()
        if order not in ("count", "index"):
            raise SearchQueryError(f"Invalid facet.sort: {order!r}")
        requests.append(FacetRequest(definition, limit, mincount, order))
    return requests


def query_weights(params: Mapping[str, Any]) -> tuple[float, ...]:
    """ts_rank_cd weights (D, C, B, A) from dismax's qf boosts, so ranking follows CKAN's qf."""
    if single(params, "defType") not in ("dismax", "edismax"):
        return (0.1, 0.25, 0.5, 1.0)
    boosts = {entry.field.name: entry.boost for entry in dismax.parse_qf(single(params, "qf"))}
    base = boosts.get(schema.CATCH_ALL, 0.0)
    a = max(boosts.get("name", 0.0), boosts.get("title", 0.0), base)
    b = max(boosts.get("tags", 0.0), boosts.get("groups", 0.0), boosts.get("organization", 0.0), base)
    positive = [value for value in boosts.values() if value > 0] or [1.0]
    c = base if base > 0 else min(positive)
    top = max(a, b, c, 1e-9)
    return (0.1 * c / top, c / top, b / top, a / top)


def plan(q: Any, params: Mapping[str, Any]) -> Plan:
    """The plan for one Solr ``/select`` request."""
    check_names(params)
    query = single({"q": q}, "q", "")
    query = "" if query is None else str(query)
    main = main_query(query, params)
    where = nodes.Bool(must=(main, *filter_queries(params)))
    start = as_int(params, "start", 0)
    rows = as_int(params, "rows", SOLR_DEFAULT_ROWS)
    if start < 0 or rows < 0:
        raise SearchQueryError("'start' and 'rows' must not be negative")
    if start > MAX_OFFSET or rows > MAX_OFFSET:
        # PostgreSQL's OFFSET and LIMIT take a bigint; Solr refuses such numbers too.
        raise SearchQueryError(f"'start' and 'rows' must be at most {MAX_OFFSET}")
    return Plan(
        where=where,
        scored=nodes.scored_text(main),
        sort=parse_sort(single(params, "sort")),
        start=start,
        rows=rows,
        fl=parse_fl(params.get("fl")),
        facets=parse_facets(params),
        weights=query_weights(params),
    )
