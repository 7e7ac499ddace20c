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
        sa.Column("permission_labels", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("metadata_created", sa.DateTime(timezone=True)),
        sa.Column("metadata_modified", sa.DateTime(timezone=True)),
        sa.Column("doc", pg.JSONB, nullable=False),
        sa.Column("terms", pg.JSONB, nullable=False),
        sa.Column("data_dict", sa.Text),
        sa.Column("validated_data_dict", sa.Text),
        sa.Column("search_vector", pg.TSVECTOR, nullable=False),
        sa.Column("index_seq", sa.BigInteger, sa.Identity(), nullable=False),
        sa.Column("indexed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index(f"{TABLE}_site_id_id", TABLE, ["site_id", "id"])
    op.create_index(f"{TABLE}_name", TABLE, ["name"])
    op.create_index(f"{TABLE}_owner_org", TABLE, ["owner_org"])
    op.create_index(f"{TABLE}_organization", TABLE, ["organization"])
    op.create_index(f"{TABLE}_metadata_modified", TABLE, ["metadata_modified"])
    op.create_index(f"{TABLE}_metadata_created", TABLE, ["metadata_created"])
    op.create_index(f"{TABLE}_title_string", TABLE, ["title_string"])
    op.create_index(f"{TABLE}_index_seq", TABLE, ["index_seq"])
    op.create_index(f"{TABLE}_permission_labels", TABLE, ["permission_labels"], postgresql_using="gin")
    op.create_index(f"{TABLE}_search_vector", TABLE, ["search_vector"], postgresql_using="gin")
    op.create_index(
        f"{TABLE}_terms", TABLE, ["terms"], postgresql_using="gin", postgresql_ops={"terms": "jsonb_path_ops"}
    )
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
        [sa.text("lower(doc ->> 'title') gin_trgm_ops")],
        postgresql_using="gin",
    )


def downgrade():
    op.drop_table(TABLE)
