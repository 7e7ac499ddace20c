"""Create the tables of information requests: the case, its applicant, its history, the number sequence.

The applicant's personal data has a table of its own, so that reading a case does not read it, and so that
anonymising a closed case is one row. Registration numbers come from ``ppid_request_sequence``: one row per
year, incremented under its row lock in the filing transaction, so numbers have no gap and no duplicate.

Revision ID: e7a3c5d9b104
Revises: d41c7b9e2a53
Create Date: 2026-11-24 09:00:00

"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "e7a3c5d9b104"
down_revision = "d41c7b9e2a53"
branch_labels = None
depends_on = None

CASE = "ppid_request"
APPLICANT = "ppid_request_applicant"
EVENT = "ppid_request_event"
SEQUENCE = "ppid_request_sequence"


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    ]


def upgrade():
    op.create_table(
        SEQUENCE,
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_value", sa.Integer, nullable=False),
        sa.CheckConstraint("last_value >= 1", name=f"{SEQUENCE}_positive"),
    )
    op.create_table(
        CASE,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("registration_number", sa.Text, nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("applicant_type", sa.Text, nullable=False),
        sa.Column("unit_id", sa.Text, sa.ForeignKey("group.id"), nullable=False),
        sa.Column("current_unit_id", sa.Text, sa.ForeignKey("group.id"), nullable=False),
        sa.Column("information", sa.Text, nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("way_to_obtain", sa.Text, nullable=False),
        sa.Column("copy_format", sa.Text, nullable=True),
        sa.Column("delivery_method", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_day", sa.Date, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=True),
        sa.Column("due_dates", postgresql.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.Column("next_due", sa.Date, nullable=True),
        sa.Column("filed_by", sa.Text, sa.ForeignKey("user.id"), nullable=True),
        sa.Column("receipt_file", sa.Text, nullable=True),
        sa.Column("receipt_created_at", sa.DateTime(timezone=True), nullable=True),
        *_timestamps(),
        sa.UniqueConstraint("year", "sequence", name=f"{CASE}_year_sequence"),
    )
    op.create_index(f"{CASE}_next_due", CASE, ["next_due"])
    op.create_index(f"{CASE}_current_unit", CASE, ["current_unit_id", "next_due"])
    op.create_table(
        APPLICANT,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column(
            "request_id",
            sa.Text,
            sa.ForeignKey(f"{CASE}.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("user_id", sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("nik", sa.Text, nullable=True),
        sa.Column("address", sa.Text, nullable=False),
        sa.Column("phone", sa.Text, nullable=True),
        sa.Column("email", sa.Text, nullable=True),
        sa.Column("legal_entity_decree", sa.Text, nullable=True),
        sa.Column("proxy_name", sa.Text, nullable=True),
        sa.Column("identity_document", sa.Text, nullable=True),
        sa.Column("identity_document_type", sa.Text, nullable=True),
        *_timestamps(),
    )
    op.create_index(f"{APPLICANT}_user", APPLICANT, ["user_id"])
    op.create_table(
        EVENT,
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("request_id", sa.Text, sa.ForeignKey(f"{CASE}.id", ondelete="CASCADE"), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True),
        sa.Column("actor_role", sa.Text, nullable=False),
        sa.Column("transition", sa.Text, nullable=False),
        sa.Column("status_before", sa.Text, nullable=True),
        sa.Column("status_after", sa.Text, nullable=False),
        sa.Column("params", postgresql.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.Column(
            "due_date_changes", postgresql.JSONB, nullable=False, server_default=sa.text("'[]'::jsonb")
        ),
    )
    op.create_index(f"{EVENT}_request", EVENT, ["request_id", "id"])


def downgrade():
    op.drop_table(EVENT)
    op.drop_table(APPLICANT)
    op.drop_table(CASE)
    op.drop_table(SEQUENCE)
