"""A pysolr-compatible client that keeps CKAN's search index in PostgreSQL.

CKAN hands this connection the documents and queries it would send to Solr (see :mod:`seam`). Writes
go through ``ckan.model.Session``, so an index row commits or rolls back with the action that wrote
it; Solr's ``commit=True`` only commits when nothing else in the transaction is waiting for the
caller's own commit (a CLI command, or a harvest source clear, rather than an action).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.common import config
from ckan.lib.search.common import SearchError, SearchIndexError
from sqlalchemy import event

from ckanext.ppid.search import document, lucene, params, select
from ckanext.ppid.search.model import TABLE_NAME
from ckanext.ppid.search.sql import Renderer

log = logging.getLogger(__name__)

ORM_WRITES = "ppid_search_orm_writes"

# Identifiers are this module's constants; every value is a bind parameter.
UPSERT = sa.text(
    f"""
    INSERT INTO {TABLE_NAME} (
        index_id, id, name, site_id, entity_type, state, capacity, dataset_type, owner_org, organization,
        title_string, license_id, title, permission_labels, tags, groups, res_format, metadata_created,
        metadata_modified, doc, terms, data_dict, validated_data_dict, search_vector, title_vector,
        indexed_at)
    VALUES (
        :index_id, :id, :name, :site_id, :entity_type, :state, :capacity, :dataset_type, :owner_org,
        :organization, :title_string, :license_id, :title, CAST(:permission_labels AS text[]),
        CAST(:tags AS text[]), CAST(:groups AS text[]), CAST(:res_format AS text[]), :metadata_created,
        :metadata_modified, CAST(:doc AS jsonb), CAST(:terms AS jsonb), :data_dict, :validated_data_dict,
        setweight(jsonb_to_tsvector('indonesian', CAST(:text_a AS jsonb), '["string"]'), 'A')
        || setweight(jsonb_to_tsvector('indonesian', CAST(:text_b AS jsonb), '["string"]'), 'B')
        || setweight(jsonb_to_tsvector('indonesian', CAST(:text_c AS jsonb), '["string"]'), 'C'),
        to_tsvector('indonesian', coalesce(:title, '')), now())
    ON CONFLICT (index_id) DO UPDATE SET
        id = EXCLUDED.id, name = EXCLUDED.name, site_id = EXCLUDED.site_id,
        entity_type = EXCLUDED.entity_type, state = EXCLUDED.state, capacity = EXCLUDED.capacity,
        dataset_type = EXCLUDED.dataset_type, owner_org = EXCLUDED.owner_org,
        organization = EXCLUDED.organization, title_string = EXCLUDED.title_string,
        license_id = EXCLUDED.license_id, title = EXCLUDED.title,
        permission_labels = EXCLUDED.permission_labels, tags = EXCLUDED.tags, groups = EXCLUDED.groups,
        res_format = EXCLUDED.res_format, metadata_created = EXCLUDED.metadata_created,
        metadata_modified = EXCLUDED.metadata_modified, doc = EXCLUDED.doc, terms = EXCLUDED.terms,
        data_dict = EXCLUDED.data_dict, validated_data_dict = EXCLUDED.validated_data_dict,
        search_vector = EXCLUDED.search_vector, title_vector = EXCLUDED.title_vector,
        indexed_at = EXCLUDED.indexed_at,
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
                    "doc": json.dumps(row.doc, default=str),
                    "terms": json.dumps(row.terms),
                    "text_a": json.dumps(row.texts["A"]),
                    "text_b": json.dumps(row.texts["B"]),
                    "text_c": json.dumps(row.texts["C"]),
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
        """Solr's commit: commit the SQLAlchemy session.

        CKAN commits explicitly after bulk work (``search-index rebuild``, clearing the index), so the
        planner's statistics are refreshed then too.
        """
        model.Session.execute(sa.text(f"ANALYZE {TABLE_NAME}"))
        model.Session.commit()

    def optimize(self, **kwargs: Any) -> None:
        """Nothing to optimise (PostgreSQL's autovacuum maintains the table)."""

    # reads

    def search(self, q: Any = None, **kwargs: Any) -> SearchResults:
        """Answer a Solr ``/select`` request (see :mod:`params` for what is supported)."""
        plan = params.plan(q, kwargs)
        savepoint = model.Session.begin_nested()
        try:
            hits, facets, docs = select.run(plan, self.decode_dates)
        except sa.exc.DBAPIError as error:
            log.exception("ppid_search: query failed: %r", kwargs)
            raise SearchError(f"The search index could not answer the query: {error.orig}") from error
        finally:
            # A search writes nothing: rolling its savepoint back keeps a failed query from spoiling the
            # caller's transaction and ends the planner settings with the search.
            savepoint.rollback()
        return SearchResults(docs, hits, {"facet_fields": facets} if plan.facets else {})
