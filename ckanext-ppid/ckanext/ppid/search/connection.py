"""A pysolr-compatible client that keeps CKAN's search index in PostgreSQL.

CKAN hands this connection the documents and queries it would send to Solr (see :mod:`seam`). Writes
go through ``ckan.model.Session``, so an index row commits or rolls back with the action that wrote
it; Solr's ``commit=True`` only commits when nothing else in the transaction is waiting for the
caller's own commit (a CLI command, or a harvest source clear, rather than an action).
"""

from __future__ import annotations

import fnmatch
import json
import logging
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.common import config
from ckan.lib.search.common import SearchError, SearchIndexError, solr_datetime_decoder
from ckanext.ppid.search import document, lucene, params, schema
from ckanext.ppid.search.model import TABLE_NAME
from ckanext.ppid.search.sql import SCALAR_COLUMNS, Renderer
from sqlalchemy import event

log = logging.getLogger(__name__)

ORM_WRITES = "ppid_search_orm_writes"
BLOBS = document.BLOBS

# Identifiers are this module's constants; every value is a bind parameter.
UPSERT = sa.text(
    f"""
    INSERT INTO {TABLE_NAME} (
        index_id, id, name, site_id, entity_type, state, capacity, dataset_type, owner_org, organization,
        title_string, permission_labels, metadata_created, metadata_modified, doc, terms, data_dict,
        validated_data_dict, search_vector, indexed_at)
    VALUES (
        :index_id, :id, :name, :site_id, :entity_type, :state, :capacity, :dataset_type, :owner_org,
        :organization, :title_string, CAST(:permission_labels AS text[]), :metadata_created,
        :metadata_modified, CAST(:doc AS jsonb), CAST(:terms AS jsonb), :data_dict, :validated_data_dict,
        setweight(jsonb_to_tsvector('indonesian', CAST(:text_a AS jsonb), '["string"]'), 'A')
        || setweight(jsonb_to_tsvector('indonesian', CAST(:text_b AS jsonb), '["string"]'), 'B')
        || setweight(jsonb_to_tsvector('indonesian', CAST(:text_c AS jsonb), '["string"]'), 'C'),
        now())
    ON CONFLICT (index_id) DO UPDATE SET
        id = EXCLUDED.id, name = EXCLUDED.name, site_id = EXCLUDED.site_id,
        entity_type = EXCLUDED.entity_type, state = EXCLUDED.state, capacity = EXCLUDED.capacity,
        dataset_type = EXCLUDED.dataset_type, owner_org = EXCLUDED.owner_org,
        organization = EXCLUDED.organization, title_string = EXCLUDED.title_string,
        permission_labels = EXCLUDED.permission_labels, metadata_created = EXCLUDED.metadata_created,
        metadata_modified = EXCLUDED.metadata_modified, doc = EXCLUDED.doc, terms = EXCLUDED.terms,
        data_dict = EXCLUDED.data_dict, validated_data_dict = EXCLUDED.validated_data_dict,
        search_vector = EXCLUDED.search_vector, indexed_at = EXCLUDED.indexed_at,
        index_seq = nextval(pg_get_serial_sequence('{TABLE_NAME}', 'index_seq'))
    """  # noqa: S608
)


def search_table_exists() -> bool:
    """True if the ``ppid_search`` migration has created the search table."""
    try:
        try:
            engine, own_engine = model.Session.get_bind(), False
        except sa.exc.UnboundExecutionError:
            # CKAN checks the search backend at start-up before it binds its session.
            engine, own_engine = sa.create_engine(config["sqlalchemy.url"], poolclass=sa.pool.NullPool), True
        try:
            with engine.connect() as connection:
                return sa.inspect(connection).has_table(TABLE_NAME)
        finally:
            if own_engine:
                engine.dispose()
    except sa.exc.SQLAlchemyError:
        log.exception("ppid_search: cannot inspect the database")
        return False


def _note_orm_writes(session: Any, flush_context: Any) -> None:
    session.info[ORM_WRITES] = True


def _forget_orm_writes(session: Any, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(ORM_WRITES, None)


if not event.contains(model.Session, "after_flush", _note_orm_writes):
    event.listen(model.Session, "after_flush", _note_orm_writes)
    event.listen(model.Session, "after_transaction_end", _forget_orm_writes)


def _commit_unless_in_action() -> None:
    """Solr's ``commit=True``: commit now, unless the transaction also holds the caller's own writes."""
    session = model.Session()
    if session.info.get(ORM_WRITES) or session.new or session.dirty or session.deleted:
        return
    session.commit()


class SearchResults:
    """What pysolr's ``Results`` offers CKAN: ``hits``, ``docs``, ``facets``."""

    def __init__(self, docs: list[dict[str, Any]], hits: int, facets: dict[str, Any]):
        self.docs = docs
        self.hits = hits
        self.facets = facets
        self.highlighting: dict[str, Any] = {}
        self.stats: dict[str, Any] = {}
        self.grouped: dict[str, Any] = {}
        self.spellcheck: dict[str, Any] = {}
        self.debug: dict[str, Any] = {}
        self.qtime = None
        self.nextCursorMark = None
        self.raw_response = {"response": {"numFound": hits, "docs": docs}, "facet_counts": facets}

    def __len__(self) -> int:
        return len(self.docs)

    def __iter__(self):
        return iter(self.docs)


def _present(value: Any) -> Any:
    """The stored value as Solr returns it: null and empty values dropped (pysolr never sends them)."""
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


class PostgresSolrConnection:
    """pysolr's ``Solr`` client, answered by PostgreSQL."""

    url = f"postgresql:{TABLE_NAME}"

    def __init__(self, decode_dates: bool = True):
        self.decode_dates = decode_dates

    # writes

    def add(self, docs: list[dict[str, Any]], commit: bool = True, **kwargs: Any) -> None:
        """Store (upsert by ``index_id``) each document CKAN would have sent to Solr."""
        rows = []
        for doc in docs:
            try:
                row = document.build_row(doc)
            except document.InvalidDocument as error:
                raise SearchIndexError(f"Document rejected by the search index: {error}") from error
            rows.append(
                {
                    **row.columns,
                    "doc": json.dumps(row.doc, default=str).replace("\\u0000", ""),
                    "terms": json.dumps(row.terms).replace("\\u0000", ""),
                    "text_a": json.dumps(row.texts["A"]).replace("\\u0000", ""),
                    "text_b": json.dumps(row.texts["B"]).replace("\\u0000", ""),
                    "text_c": json.dumps(row.texts["C"]).replace("\\u0000", ""),
                }
            )
        if not rows:
            return
        try:
            model.Session.execute(UPSERT, rows)
        except sa.exc.DBAPIError as error:
            raise SearchIndexError(f"Could not write to the search index: {error.orig}") from error
        if commit:
            _commit_unless_in_action()

    def delete(self, id: Any = None, q: str | None = None, commit: bool = True, **kwargs: Any) -> None:
        """Delete by unique key (``id``, one or a list) or by a Lucene query (``q``)."""
        if id is None and q is None:
            raise ValueError("You must specify 'id' or 'q'.")
        renderer = Renderer()
        conditions = []
        if id is not None:
            ids = [str(value) for value in (id if isinstance(id, (list, tuple)) else [id])]
            conditions.append(f"index_id = ANY(CAST({renderer.bind(ids)} AS text[]))")
        if q is not None:
            conditions.append(renderer.render(lucene.translate(q)))
        where = " OR ".join(f"({condition})" for condition in conditions)
        model.Session.execute(sa.text(f"DELETE FROM {TABLE_NAME} WHERE {where}"), renderer.params)  # noqa: S608
        if commit:
            _commit_unless_in_action()

    def commit(self, **kwargs: Any) -> None:
        """Solr's commit: commit the SQLAlchemy session."""
        model.Session.commit()

    def optimize(self, **kwargs: Any) -> None:
        """Nothing to optimise (PostgreSQL's autovacuum maintains the table)."""

    # reads

    def search(self, q: Any = None, **kwargs: Any) -> SearchResults:
        """Answer a Solr ``/select`` request (see :mod:`params` for what is supported)."""
        plan = params.plan(q, kwargs)
        try:
            with model.Session.begin_nested():
                hits, facets = self._count_and_facets(plan)
                docs = self._page(plan) if plan.rows and hits > plan.start else []
        except sa.exc.DBAPIError as error:
            log.exception("ppid_search: query failed: %r", kwargs)
            raise SearchError(f"The search index could not answer the query: {error.orig}") from error
        return SearchResults(docs, hits, {"facet_fields": facets} if plan.facets else {})

    def _count_and_facets(self, plan: params.Plan) -> tuple[int, dict[str, list[Any]]]:
        renderer = Renderer()
        where = renderer.render(plan.where)
        if not plan.facets:
            sql = f"SELECT count(*) FROM {TABLE_NAME} WHERE {where}"  # noqa: S608
            return model.Session.execute(sa.text(sql), renderer.params).scalar_one(), {}
        columns = ", ".join(
            f"terms -> {renderer.bind(facet.field.name)} AS f{index}"
            for index, facet in enumerate(plan.facets)
        )
        branches = ["SELECT -1 AS facet, NULL AS value, count(*) AS n FROM matched"]
        branches += [
            f"SELECT {index}, v.x, count(*) FROM matched, "  # noqa: S608
            f"jsonb_array_elements_text(matched.f{index}) AS v(x) GROUP BY v.x"
            for index in range(len(plan.facets))
        ]
        sql = (
            f"WITH matched AS MATERIALIZED (SELECT {columns} FROM {TABLE_NAME} WHERE {where}) "  # noqa: S608
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
            facet.field.name: self._facet_list(facet, counts[index])
            for index, facet in enumerate(plan.facets)
        }

    def _facet_list(self, facet: params.FacetRequest, counts: dict[str, int]) -> list[Any]:
        if facet.mincount <= 0:
            sql = (
                f"SELECT DISTINCT v.x FROM {TABLE_NAME}, "  # noqa: S608
                "jsonb_array_elements_text(terms -> :name) AS v(x)"
            )
            for (value,) in model.Session.execute(sa.text(sql), {"name": facet.field.name}):
                counts.setdefault(value, 0)
        items = [(value, count) for value, count in counts.items() if count >= facet.mincount]
        if facet.sort == "count":
            items.sort(key=lambda item: (-item[1], item[0]))
        else:
            items.sort(key=lambda item: item[0])
        if facet.limit >= 0:
            items = items[: facet.limit]
        return [element for item in items for element in item]

    def _page(self, plan: params.Plan) -> list[dict[str, Any]]:
        renderer = Renderer()
        where = renderer.render(plan.where)
        score = renderer.score(plan.scored, plan.weights)
        order = self._order_by(renderer, plan.sort)
        fl = plan.fl
        only_columns = (
            not fl.everything and not fl.patterns and set(fl.names) <= (SCALAR_COLUMNS | set(BLOBS))
        )
        columns = list(fl.names) if only_columns else ["doc", *BLOBS]
        selected = ", ".join([*columns, f"{score} AS score"]) if columns else f"{score} AS score"
        sql = (
            f"SELECT {selected} FROM {TABLE_NAME} WHERE {where} ORDER BY {order} "  # noqa: S608
            f"LIMIT {renderer.bind(plan.rows)} OFFSET {renderer.bind(plan.start)}"
        )
        docs = []
        for row in model.Session.execute(sa.text(sql), renderer.params).mappings():
            source = dict(row["doc"]) if "doc" in row else {}
            for name in columns:
                if name != "doc":
                    source[name] = row[name]
            result = {
                name: _present(value)
                for name, value in source.items()
                if _is_present(value) and _requested(fl, name)
            }
            if fl.score:
                result["score"] = row["score"]
            docs.append(solr_datetime_decoder(result) if self.decode_dates else result)
        return docs

    @staticmethod
    def _order_by(renderer: Renderer, sort: list[params.SortKey]) -> str:
        terms = []
        for key in sort:
            direction = "DESC" if key.descending else "ASC"
            if key.field is None:
                terms.append(f"score {direction}")
            elif key.field.name == "_docid_":
                terms.append(f"index_seq {direction}")
            else:
                missing = "NULLS LAST" if key.field.kind == schema.STRING or key.descending else "NULLS FIRST"
                terms.append(f"{renderer.sort_expression(key.field)} {direction} {missing}")
        terms.append("index_seq ASC")
        return ", ".join(terms)
