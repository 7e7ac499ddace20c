"""Create ppid_audit_event: the append-only, hash-chained audit log.

PostgreSQL itself keeps the log append-only and chained, whoever writes to it:

- a BEFORE INSERT trigger takes a transaction-level advisory lock (so concurrent writers queue up and keep
  one chain), numbers the event right after the last one (gapless, in chain order), stores the last
  event's hash as ``prev_hash`` and the SHA-256 of the event's canonical content as ``hash``;
- a statement trigger refuses UPDATE, DELETE and TRUNCATE.

The canonical content is the row as jsonb without ``hash`` and without null columns, with timestamps in
UTC (``ppid_audit_event_hash``); leaving nulls out lets a later migration add a nullable column without
changing the hash of the events written before it. ``ckan ppid audit verify`` recomputes every hash with
the same function.

The functions take ``anyelement`` rather than the table's row type so that dropping the table (as
``ckan db clean`` and the test reset do) does not depend on them; ``CREATE OR REPLACE`` lets the migration
run again after such a drop.

Revision ID: b5e1f0a7c3d2
Revises: 8c2d4e6f1a01
Create Date: 2026-11-23 12:00:00

"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "b5e1f0a7c3d2"
down_revision = "8c2d4e6f1a01"
branch_labels = None
depends_on = None

TABLE = "ppid_audit_event"

HASH_FUNCTION = """
CREATE OR REPLACE FUNCTION ppid_audit_event_hash(event anyelement) RETURNS text
LANGUAGE sql STABLE SET timezone TO 'UTC' AS $$
    SELECT encode(sha256(convert_to(
        (SELECT jsonb_object_agg(key, value)
           FROM jsonb_each(to_jsonb(event) - 'hash')
          WHERE value <> 'null'::jsonb)::text,
        'UTF8')), 'hex')
$$
"""

APPEND_FUNCTION = """
CREATE OR REPLACE FUNCTION ppid_audit_event_append() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last_id bigint;
    last_hash text;
BEGIN
    -- Held until the transaction ends: the next writer reads this event as its predecessor.
    PERFORM pg_advisory_xact_lock(hashtextextended('ppid_audit_event', 0));
    SELECT id, hash INTO last_id, last_hash FROM ppid_audit_event ORDER BY id DESC LIMIT 1;
    NEW.id := coalesce(last_id, 0) + 1;
    NEW.prev_hash := last_hash;
    NEW.hash := NULL;
    NEW.hash := ppid_audit_event_hash(NEW);
    RETURN NEW;
END
$$
"""

REFUSE_FUNCTION = """
CREATE OR REPLACE FUNCTION ppid_audit_event_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ppid_audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def upgrade():
    op.create_table(
        TABLE,
        # Set by the append trigger; no foreign keys, so events outlive the users and items they name.
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column(
            "occurred_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.text("clock_timestamp()"),
        ),
        sa.Column("actor_id", sa.Text, nullable=True),
        sa.Column("actor_name", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("object_type", sa.Text, nullable=False),
        sa.Column("object_id", sa.Text, nullable=False),
        sa.Column("unit_id", sa.Text, nullable=True),
        sa.Column("details", postgresql.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.Column("ip_address", sa.Text, nullable=True),
        sa.Column("user_agent", sa.Text, nullable=True),
        sa.Column("prev_hash", sa.Text, nullable=True),
        sa.Column("hash", sa.Text, nullable=False),
        sa.CheckConstraint(r"action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'", name=f"{TABLE}_action_code"),
        sa.CheckConstraint("jsonb_typeof(details) = 'object'", name=f"{TABLE}_details_object"),
    )
    op.create_index(f"{TABLE}_occurred_at", TABLE, ["occurred_at"])
    op.create_index(f"{TABLE}_actor", TABLE, ["actor_name"])
    op.create_index(f"{TABLE}_object", TABLE, ["object_id"])
    op.create_index(f"{TABLE}_unit", TABLE, ["unit_id"])
    op.execute(HASH_FUNCTION)
    op.execute(APPEND_FUNCTION)
    op.execute(REFUSE_FUNCTION)
    op.execute(
        f"CREATE TRIGGER {TABLE}_chain BEFORE INSERT ON {TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_append()"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {TABLE} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_refuse()"
    )


def downgrade():
    op.drop_table(TABLE)
    for function in ("append()", "refuse()", "hash(anyelement)"):
        op.execute(f"DROP FUNCTION IF EXISTS {TABLE}_{function}")
