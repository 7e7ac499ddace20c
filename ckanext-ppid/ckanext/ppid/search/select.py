"""Solr's ``/select`` on PostgreSQL: run a query plan, return the hit count, facet counts and a page.

Without query text, two statements: one counts the matched set and every facet over it, one reads the
requested page in order (an index on the sort key can give that order without reading the matched set).
With query text every match must be ranked anyway, so one statement scans and ranks the matched set
once and returns the count, the facets and the page together. Facets on CKAN's default facet fields
read typed columns; any other field reads ``terms``. Where :mod:`cardinality` says the facet columns take
few combinations of values, the matched rows are grouped by combination before the facets are counted.
"""

from __future__ import annotations

import fnmatch
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.lib.search.common import solr_datetime_decoder

from ckanext.ppid.search import cardinality, document, params, schema
from ckanext.ppid.search.model import TABLE_NAME
from ckanext.ppid.search.sql import ARRAY_COLUMNS, SCALAR_COLUMNS, Renderer

BLOBS = document.BLOBS
# Planner settings for the statements of one search (the caller scopes them to a savepoint). The
# matched set is kept in memory rather than spilled to a temporary file.
SETTINGS = "SELECT set_config('work_mem', '32MB', true)"
# Counting facets over a matched set, or matching and ranking the catch-all vector, costs far more per
# row than the planner's defaults assume (it prices ``@@`` and ``ts_rank_cd`` at one operator each), so
# it seldom spreads such a statement over parallel workers; pricing the hand-over of the (narrow)
# matched rows lower lets it. Ranking on other fields (autocomplete's few title matches) keeps the
# defaults, under which an index finds those rows without reading every page.
PARALLEL_SETTINGS = (
    SETTINGS
    + ", set_config('parallel_setup_cost', '100', true), set_config('parallel_tuple_cost', '0.001', true)"
)


def run(plan: params.Plan, decode_dates: bool) -> tuple[int, dict[str, list[Any]], list[dict[str, Any]]]:
    """The number of matched documents, the facet counts and the requested page."""
    if plan.scored:
        broad = any(leaf.field.name == schema.CATCH_ALL for leaf in plan.scored)
    else:
        broad = bool(plan.facets)
    model.Session.execute(sa.text(PARALLEL_SETTINGS if broad else SETTINGS))
    if plan.scored and plan.rows:
        return ranked(plan, decode_dates)
    hits, facets = count_and_facets(plan)
    docs = page(plan, decode_dates) if plan.rows and hits > plan.start else []
    return hits, facets, docs


def facet_branches(
    renderer: Renderer, plan: params.Plan, padding: str = "", grouped: bool = False
) -> tuple[list[str], list[str]]:
    """The columns ``matched`` must carry for the facets, and the queries counting it and each facet.

    Each query selects (facet index, or -1 for the total; value; count), then ``padding``. If
    ``grouped``, each row of ``matched`` is a combination of facet values and ``n`` its count.
    """
    count = "CAST(sum(n) AS bigint)" if grouped else "count(*)"
    # sum() over no rows is NULL where count(*) is 0.
    total = f"SELECT -1 AS facet, NULL AS value, coalesce({count}, 0) AS n{padding} FROM matched"  # noqa: S608
    columns, branches = [], [total]
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
            weight = ", n" if grouped else ""
            values = f"FROM (SELECT {values} AS x{weight} FROM matched) AS v GROUP BY x"  # noqa: S608
            alias = "x"
        branches.append(f"SELECT {index}, {alias}, {count}{padding} {values}")
    return columns, branches


def _facet_results(plan: params.Plan, counts: list[dict[str, int]]) -> dict[str, list[Any]]:
    return {facet.field.name: facet_list(facet, counts[index]) for index, facet in enumerate(plan.facets)}


def count_and_facets(plan: params.Plan) -> tuple[int, dict[str, list[Any]]]:
    """The number of matched documents and, per ``facet.field``, Solr's flat [value, count, ...] list."""
    renderer = Renderer()
    where = renderer.render(plan.where)
    if not plan.facets:
        sql = f"SELECT count(*) FROM {TABLE_NAME} WHERE {where}"  # noqa: S608
        return model.Session.execute(sa.text(sql), renderer.params).scalar_one(), {}
    names = [facet.field.name for facet in plan.facets]
    grouped = set(names) <= SCALAR_COLUMNS | ARRAY_COLUMNS and cardinality.few_combinations(names)
    columns, branches = facet_branches(renderer, plan, grouped=grouped)
    counted = ", count(*) AS n" if grouped else ""
    matched = f"SELECT {', '.join(columns)}{counted} FROM {TABLE_NAME} WHERE {where}"  # noqa: S608
    if grouped:
        matched += " GROUP BY " + ", ".join(str(position) for position in range(1, len(columns) + 1))
    sql = f"WITH matched AS MATERIALIZED ({matched}) " + " UNION ALL ".join(branches)
    counts: list[dict[str, int]] = [{} for _ in plan.facets]
    hits = 0
    for facet_index, value, count in model.Session.execute(sa.text(sql), renderer.params):
        if facet_index < 0:
            hits = count
        else:
            counts[facet_index][value] = count
    return hits, _facet_results(plan, counts)


def ranked(plan: params.Plan, decode_dates: bool) -> tuple[int, dict[str, list[Any]], list[dict[str, Any]]]:
    """Count, facets and page of a query with text, ranking each match once, in one statement.

    ``matched`` keeps each match's score and sort keys; the page is its top rows, joined back to the
    table for the returned fields; the facet branches count over it as :func:`count_and_facets` does.
    """
    renderer = Renderer()
    where = renderer.render(plan.where)
    selected = ["index_id", f"{renderer.score(plan.scored, plan.weights)} AS score", "index_seq"]
    keys, order = ["index_id", "score", "index_seq"], []
    for expression, direction in sort_keys(renderer, plan.sort, scored=True):
        if expression not in keys:
            # Any other sort key is computed once per match, under a name the page can order by.
            keys.append(f"k{len(keys)}")
            selected.append(f"{expression} AS {keys[-1]}")
            expression = keys[-1]
        order.append(f"{expression} {direction}")
    columns = page_columns(plan.fl)
    # The page comes first in the union, so the NULLs padding the counts take its column types.
    facet_columns, branches = facet_branches(renderer, plan, padding=", NULL" * (1 + len(columns)))
    ordered = ", ".join(order)
    sql = (
        f"WITH matched AS MATERIALIZED (SELECT {', '.join(selected + facet_columns)} "  # noqa: S608
        f"FROM {TABLE_NAME} WHERE {where}), "
        f"top AS (SELECT index_id, score, row_number() OVER (ORDER BY {ordered}) AS position "
        f"FROM (SELECT {', '.join(keys)} FROM matched ORDER BY {ordered} "
        f"LIMIT {renderer.bind(plan.rows)} OFFSET {renderer.bind(plan.start)}) AS top_rows) "
        "SELECT -2 AS facet, NULL AS value, top.position AS n, top.score"
        + "".join(f", d.{name}" for name in columns)
        + f" FROM top JOIN {TABLE_NAME} AS d ON d.index_id = top.index_id UNION ALL "
        + " UNION ALL ".join(branches)
    )
    counts: list[dict[str, int]] = [{} for _ in plan.facets]
    hits, rows = 0, []
    for row in model.Session.execute(sa.text(sql), renderer.params).mappings():
        if row["facet"] == -2:
            rows.append(row)
        elif row["facet"] == -1:
            hits = row["n"]
        else:
            counts[row["facet"]][row["value"]] = row["n"]
    rows.sort(key=lambda row: row["n"])
    docs = [_document(row, columns, plan.fl, decode_dates) for row in rows]
    return hits, _facet_results(plan, counts), docs


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


def sort_keys(renderer: Renderer, sort: list[params.SortKey], scored: bool) -> list[tuple[str, str]]:
    """(expression, direction) pairs to order by; ties keep index order (Lucene's docid), as Solr's do."""
    keys = []
    for key in sort:
        direction = "DESC" if key.descending else "ASC"
        if key.field is None:
            # Without query text every score is equal: leaving it out lets an index give the order.
            if scored:
                keys.append(("score", direction))
        elif key.field.name == "_docid_":
            keys.append(("index_seq", direction))
        else:
            missing = "NULLS LAST" if key.field.kind == schema.STRING or key.descending else "NULLS FIRST"
            keys.append((renderer.sort_expression(key.field), f"{direction} {missing}"))
    keys.append(("index_seq", "ASC"))
    return keys


def order_by(renderer: Renderer, sort: list[params.SortKey], scored: bool) -> str:
    """The ORDER BY clause of :func:`sort_keys`."""
    return ", ".join(
        f"{expression} {direction}" for expression, direction in sort_keys(renderer, sort, scored)
    )


def page_columns(fl: params.FieldList) -> list[str]:
    """The columns a page reads: the requested columns if ``fl`` names only those, else the document."""
    only_columns = not (fl.everything or fl.patterns) and set(fl.names) <= SCALAR_COLUMNS | set(BLOBS)
    return list(fl.names) if only_columns else ["doc", *BLOBS]


def _document(row: Any, columns: list[str], fl: params.FieldList, decode_dates: bool) -> dict[str, Any]:
    """One result as Solr returns it: the ``fl`` fields that are stored and present, and the score."""
    source = dict(row["doc"]) if "doc" in columns else {}
    source.update({name: row[name] for name in columns if name != "doc"})
    result = {
        name: _present(value) for name, value in source.items() if _is_present(value) and _requested(fl, name)
    }
    if fl.score:
        result["score"] = row["score"]
    return solr_datetime_decoder(result) if decode_dates else result


def page(plan: params.Plan, decode_dates: bool) -> list[dict[str, Any]]:
    """The requested rows, with the ``fl`` fields (stored fields only, as Solr returns them)."""
    renderer = Renderer()
    where = renderer.render(plan.where)
    score = renderer.score(plan.scored, plan.weights)
    order = order_by(renderer, plan.sort, scored=bool(plan.scored))
    columns = page_columns(plan.fl)
    selected = ", ".join([*columns, f"{score} AS score"])
    sql = (
        f"SELECT {selected} FROM {TABLE_NAME} WHERE {where} ORDER BY {order} "  # noqa: S608
        f"LIMIT {renderer.bind(plan.rows)} OFFSET {renderer.bind(plan.start)}"
    )
    rows = model.Session.execute(sa.text(sql), renderer.params).mappings()
    return [_document(row, columns, plan.fl, decode_dates) for row in rows]
