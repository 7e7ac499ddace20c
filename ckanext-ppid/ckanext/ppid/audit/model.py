"""An event of the audit log (table ``ppid_audit_event``, created by migration b5e1f0a7c3d2).

The table lives outside CKAN's metadata on purpose: CKAN's test reset (``model.repo.delete_all``) deletes the
rows of every table that metadata knows, and this table refuses deletes. PostgreSQL sets ``id``,
``prev_hash`` and ``hash`` on insert (see the migration); the application never writes them.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

TABLE_NAME = "ppid_audit_event"

metadata = sa.MetaData()

audit_event = sa.Table(
    TABLE_NAME,
    metadata,
    sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False, server_default=sa.FetchedValue()),
    sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor_id", sa.Text),
    sa.Column("actor_name", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("object_type", sa.Text, nullable=False),
    sa.Column("object_id", sa.Text, nullable=False),
    sa.Column("unit_id", sa.Text),
    sa.Column("details", postgresql.JSONB, nullable=False),
    sa.Column("ip_address", sa.Text),
    sa.Column("user_agent", sa.Text),
    sa.Column("prev_hash", sa.Text, server_default=sa.FetchedValue()),
    sa.Column("hash", sa.Text, server_default=sa.FetchedValue()),
)
