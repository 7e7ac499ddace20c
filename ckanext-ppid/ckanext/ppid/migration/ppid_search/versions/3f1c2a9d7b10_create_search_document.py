"""Create the search table ppid_search_document and its indexes.

Revision ID: 3f1c2a9d7b10
Revises:
Create Date: 2026-01-20 09:00:00

"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision = "3f1c2a9d7b10"
down_revision = None
branch_labels = None
depends_on = None

TABLE = "ppid_search_document"
IN_ROW = (
    "index_id",
    "id",
    "name",
    "site_id",
    "entity_type",
    "state",
    "capacity",
    "dataset_type",
    "owner_org",
    "organization",
    "title_string",
    "license_id",
    "title",
    "permission_labels",
    "tags",
    "groups",
    "res_format",
    "title_vector",
    # Text queries test and rank every candidate against it: fetching it from TOAST costs more than
    # the wider row does to the queries without text.
    "search_vector",
)


def _exact():
    # Solr's string fields compare and sort by code point, case-sensitively: the "C" collation.
    return sa.Text(collation="C")


def upgrade():
    # pg_trgm is a trusted extension: the database owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        TABLE,
        sa.Column("index_id", _exact(), primary_key=True),
        sa.Column("id", _exact(), nullable=False),
        sa.Column("name", _exact()),
        sa.Column("site_id", _exact(), nullable=False),
        sa.Column("entity_type", _exact()),
        sa.Column("state", _exact()),
        sa.Column("capacity", _exact()),
        sa.Column("dataset_type", _exact()),
        sa.Column("owner_org", _exact()),
        sa.Column("organization", _exact()),
        sa.Column("title_string", _exact()),
        sa.Column("license_id", _exact()),
        sa.Column("title", sa.Text),
        sa.Column("permission_labels", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        # CKAN's default facets, as arrays for fast counting.
        sa.Column("tags", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("groups", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("res_format", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("metadata_created", sa.DateTime(timezone=True)),
        sa.Column("metadata_modified", sa.DateTime(timezone=True)),
        sa.Column("doc", pg.JSONB, nullable=False),
        sa.Column("terms", pg.JSONB, nullable=False),
        sa.Column("data_dict", sa.Text),
        sa.Column("validated_data_dict", sa.Text),
        sa.Column("search_vector", pg.TSVECTOR, nullable=False),
        # The title's own vector: queries on the title alone (``title:``, autocomplete) stay small.
        sa.Column("title_vector", pg.TSVECTOR, nullable=False),
        sa.Column("index_seq", sa.BigInteger, sa.Identity(), nullable=False),
        sa.Column("indexed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    # A narrow row for the hot paths: the typed columns and the text vectors stay in the row (storage
    # MAIN), while the large values read only for a page of results or rare filters (the stored
    # document, its JSON blobs, terms) move out to TOAST from 128 bytes up.
    op.execute(f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)")
    for column in IN_ROW:
        op.execute(f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE MAIN")
    op.create_index(f"{TABLE}_site_id_id", TABLE, ["site_id", "id"])
    op.create_index(f"{TABLE}_name", TABLE, ["name"])
    op.create_index(f"{TABLE}_owner_org", TABLE, ["owner_org"])
    op.create_index(f"{TABLE}_organization", TABLE, ["organization"])
    # Sort keys, in the order CKAN sorts by (dates newest first, missing last; strings missing last
    # either way, as Solr's sortMissingLast): read forwards or backwards, each serves both directions.
    op.create_index(f"{TABLE}_metadata_modified", TABLE, [sa.text("metadata_modified DESC NULLS LAST")])
    op.create_index(f"{TABLE}_metadata_created", TABLE, [sa.text("metadata_created DESC NULLS LAST")])
    op.create_index(f"{TABLE}_title_string", TABLE, ["title_string"])
    op.create_index(f"{TABLE}_title_string_desc", TABLE, [sa.text("title_string DESC NULLS LAST")])
    op.create_index(f"{TABLE}_index_seq", TABLE, ["index_seq"])
    for array in ("permission_labels", "tags", "groups", "res_format"):
        op.create_index(f"{TABLE}_{array}", TABLE, [array], postgresql_using="gin")
    op.create_index(f"{TABLE}_search_vector", TABLE, ["search_vector"], postgresql_using="gin")
    op.create_index(
        f"{TABLE}_terms", TABLE, ["terms"], postgresql_using="gin", postgresql_ops={"terms": "jsonb_path_ops"}
    )
    op.create_index(f"{TABLE}_title_vector", TABLE, ["title_vector"], postgresql_using="gin")
    # Autocomplete (Solr's name_ngram / title_ngram) and wildcards: substring search on trigrams.
    op.create_index(
        f"{TABLE}_name_trgm",
        TABLE,
        [sa.text("lower(name) gin_trgm_ops")],
        postgresql_using="gin",
    )
    op.create_index(
        f"{TABLE}_title_trgm",
        TABLE,
        [sa.text("lower(title) gin_trgm_ops")],
        postgresql_using="gin",
    )


def downgrade():
    op.drop_table(TABLE)
