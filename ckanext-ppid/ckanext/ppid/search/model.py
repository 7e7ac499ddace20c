"""The search table: one row per document CKAN would have sent to Solr.

Created by the ``ppid_search`` alembic migration; declared here so CKAN's metadata knows it (the test
fixture ``clean_db`` empties every table on that metadata).
"""

from __future__ import annotations

import sqlalchemy as sa
from ckan.plugins import toolkit as tk
from sqlalchemy.dialects import postgresql as pg

TABLE_NAME = "ppid_search_document"
# Solr's string fields compare and sort by code point, case-sensitively.
EXACT = sa.Text(collation="C")


class SearchDocument(tk.BaseModel):
    """A Solr document stored in PostgreSQL.

    ``doc`` is the document as CKAN built it (minus the two JSON blobs), ``terms`` the indexed values
    of every unanalysed field as lists of strings (analysed fields appear with an empty list, so their
    presence can be tested), ``search_vector`` Solr's catch-all ``text`` field weighted
    A (name, title), B (tags, groups, organization) and C (the rest), ``title_vector`` the title's
    own. ``index_seq`` grows on every
    write and breaks ties in sorting the way Lucene's document order does.
    """

    __tablename__ = TABLE_NAME

    index_id = sa.Column(EXACT, primary_key=True)
    id = sa.Column(EXACT, nullable=False)
    name = sa.Column(EXACT)
    site_id = sa.Column(EXACT, nullable=False)
    entity_type = sa.Column(EXACT)
    state = sa.Column(EXACT)
    capacity = sa.Column(EXACT)
    dataset_type = sa.Column(EXACT)
    owner_org = sa.Column(EXACT)
    organization = sa.Column(EXACT)
    title_string = sa.Column(EXACT)
    license_id = sa.Column(EXACT)
    title = sa.Column(sa.Text)
    permission_labels = sa.Column(pg.ARRAY(sa.Text), nullable=False, server_default="{}")
    tags = sa.Column(pg.ARRAY(sa.Text), nullable=False, server_default="{}")
    groups = sa.Column(pg.ARRAY(sa.Text), nullable=False, server_default="{}")
    res_format = sa.Column(pg.ARRAY(sa.Text), nullable=False, server_default="{}")
    metadata_created = sa.Column(sa.DateTime(timezone=True))
    metadata_modified = sa.Column(sa.DateTime(timezone=True))
    doc = sa.Column(pg.JSONB, nullable=False)
    terms = sa.Column(pg.JSONB, nullable=False)
    data_dict = sa.Column(sa.Text)
    validated_data_dict = sa.Column(sa.Text)
    search_vector = sa.Column(pg.TSVECTOR, nullable=False)
    title_vector = sa.Column(pg.TSVECTOR, nullable=False)
    index_seq = sa.Column(sa.BigInteger, sa.Identity(), nullable=False)
    indexed_at = sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())
