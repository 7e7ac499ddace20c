"""Solr's ``/select`` on PostgreSQL: run a query plan, return the hit count, facet counts and a page.

Two statements: one counts the matched set and every facet over it, one reads the requested page in
order. Facets on CKAN's default facet fields read typed columns; any other field reads ``terms``.
"""

from __future__ import annotations

import fnmatch
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.lib.search.common import solr_datetime_decoder

from ckanext.ppid.search import document, params, schema
from ckanext.ppid.search.model import TABLE_NAME
from ckanext.ppid.search.sql import ARRAY_COLUMNS, SCALAR_COLUMNS, Renderer

BLOBS = document.BLOBS


def count_and_facets(plan: params.Plan) -> tuple[int, dict[str, list[Any]]]:
    """The number of matched documents and, per ``facet.field``, Solr's flat [value, count, ...] list."""
    renderer = Renderer()
    where = renderer.render(plan.where)
    if not plan.facets:
        sql = f"SELECT count(*) FROM {TABLE_NAME} WHERE {where}"  # noqa: S608
        return model.Session.execute(sa.text(sql), renderer.params).scalar_one(), {}
    columns, branches = [], ["SELECT -1 AS facet, NULL AS value, count(*) AS n FROM matched"]
    for index, facet in enumerate(plan.facets):
        name, alias = facet.field.name, f"f{index}"
        if name in SCALAR_COLUMNS:
            columns.append(f"{name} AS {alias}")
            values = f"FROM matched WHERE {alias} IS NOT NULL GROUP BY {alias}"
        else:
            if name in ARRAY_COLUMNS:
                columns.append(f"{name} AS {alias}")
                values = f"unnest({alias})"
            else:
                columns.append(f"terms -> {renderer.bind(name)} AS {alias}")
                values = f"jsonb_array_elements_text({alias})"
            # A set-returning function in the select list is cheaper than a lateral join.
            values = f"FROM (SELECT {values} AS x FROM matched) AS v GROUP BY x"  # noqa: S608
            alias = "x"
        branches.append(f"SELECT {index}, {alias}, count(*) {values}")
    sql = (
        f"WITH matched AS MATERIALIZED (SELECT {', '.join(columns)} FROM {TABLE_NAME} WHERE {where}) "  # noqa: S608
        + " UNION ALL ".join(branches)
    )
    counts: list[dict[str, int]] = [{} for _ in plan.facets]
    hits = 0
    for facet_index, value, count in model.Session.execute(sa.text(sql), renderer.params):
        if facet_index < 0:
            hits = count
        else:
            counts[facet_index][value] = count
    return hits, {
        facet.field.name: facet_list(facet, counts[index]) for index, facet in enumerate(plan.facets)
    }


def facet_list(facet: params.FacetRequest, counts: dict[str, int]) -> list[Any]:
    """Apply mincount, order (count then value, or value) and limit, as Solr does."""
    if facet.mincount <= 0:
        # mincount 0 lists every value the field has anywhere in the index.
        name = facet.field.name
        if name in SCALAR_COLUMNS:
            values = f"(SELECT {name} AS x FROM {TABLE_NAME} WHERE {name} IS NOT NULL) AS v"  # noqa: S608
        elif name in ARRAY_COLUMNS:
            values = f"{TABLE_NAME}, unnest({name}) AS v(x)"
        else:
            values = f"{TABLE_NAME}, jsonb_array_elements_text(terms -> :name) AS v(x)"
        for (value,) in model.Session.execute(sa.text(f"SELECT DISTINCT v.x FROM {values}"), {"name": name}):  # noqa: S608
            counts.setdefault(value, 0)
    items = [(value, count) for value, count in counts.items() if count >= facet.mincount]
    if facet.sort == "count":
        items.sort(key=lambda item: (-item[1], item[0]))
    else:
        items.sort(key=lambda item: item[0])
    if facet.limit >= 0:
        items = items[: facet.limit]
    return [element for item in items for element in item]


def _present(value: Any) -> Any:
    """A stored value as Solr returns it: empty values dropped (pysolr never sends them)."""
    if isinstance(value, list):
        return [item for item in value if item is not None and item != ""]
    return value


def _is_present(value: Any) -> bool:
    return value is not None and value != "" and value != []


def _requested(fl: params.FieldList, name: str) -> bool:
    if not schema.field(name).stored:
        return False
    if fl.everything or name in fl.names:
        return True
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in fl.patterns)


def order_by(renderer: Renderer, sort: list[params.SortKey], scored: bool) -> str:
    """The ORDER BY clause; equal values keep index order (Lucene's docid), as Solr does."""
    terms = []
    for key in sort:
        direction = "DESC" if key.descending else "ASC"
        if key.field is None:
            # Without query text every score is equal: leaving it out lets an index give the order.
            if scored:
                terms.append(f"score {direction}")
        elif key.field.name == "_docid_":
            terms.append(f"index_seq {direction}")
        else:
            missing = "NULLS LAST" if key.field.kind == schema.STRING or key.descending else "NULLS FIRST"
            terms.append(f"{renderer.sort_expression(key.field)} {direction} {missing}")
    terms.append("index_seq ASC")
    return ", ".join(terms)


def page(plan: params.Plan, decode_dates: bool) -> list[dict[str, Any]]:
    """The requested rows, with the ``fl`` fields (stored fields only, as Solr returns them)."""
    renderer = Renderer()
    where = renderer.render(plan.where)
    score = renderer.score(plan.scored, plan.weights)
    order = order_by(renderer, plan.sort, scored=bool(plan.scored))
    fl = plan.fl
    only_columns = not (fl.everything or fl.patterns) and set(fl.names) <= SCALAR_COLUMNS | set(BLOBS)
    columns = list(fl.names) if only_columns else ["doc", *BLOBS]
    selected = ", ".join([*columns, f"{score} AS score"])
    sql = (
        f"SELECT {selected} FROM {TABLE_NAME} WHERE {where} ORDER BY {order} "  # noqa: S608
        f"LIMIT {renderer.bind(plan.rows)} OFFSET {renderer.bind(plan.start)}"
    )
    docs = []
    for row in model.Session.execute(sa.text(sql), renderer.params).mappings():
        source = dict(row["doc"]) if "doc" in row else {}
        source.update({name: row[name] for name in columns if name != "doc"})
        result = {
            name: _present(value)
            for name, value in source.items()
            if _is_present(value) and _requested(fl, name)
        }
        if fl.score:
            result["score"] = row["score"]
        docs.append(solr_datetime_decoder(result) if decode_dates else result)
    return docs
