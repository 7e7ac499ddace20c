"""Requests filed without an account: held unconfirmed until the applicant confirms their e-mail address,
then linked to the request they became, with the hash of the receipt code that opens the case.

Revision ID: c3e9a1f5d207
Revises: f2b7d4c81e05
Create Date: 2026-12-07 22:00:00

"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "c3e9a1f5d207"
down_revision = "f2b7d4c81e05"
branch_labels = None
depends_on = None

TABLE = "ppid_request_guest_filing"


def upgrade():
    op.create_table(
        TABLE,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("filing", postgresql.JSONB, nullable=False, server_default="{}"),
        sa.Column("identity_document", sa.Text, nullable=True),
        sa.Column("identity_document_type", sa.Text, nullable=True),
        sa.Column("token_hash", sa.Text, nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "request_id",
            sa.Text,
            sa.ForeignKey("ppid_request.id", ondelete="CASCADE"),
            nullable=True,
            unique=True,
        ),
        sa.Column("code_hash", sa.Text, nullable=True),
    )
    op.create_index(f"{TABLE}_email", TABLE, ["email"])
    op.create_index(f"{TABLE}_expires_at", TABLE, ["expires_at"])


def downgrade():
    op.drop_table(TABLE)
