"""Create ppid_calendar_override: days declared holidays or working days by decree, with their history.

Revision ID: d41c7b9e2a53
Revises: b5e1f0a7c3d2
Create Date: 2026-11-23 12:10:00

"""

import sqlalchemy as sa
from alembic import op

revision = "d41c7b9e2a53"
down_revision = "b5e1f0a7c3d2"
branch_labels = None
depends_on = None

TABLE = "ppid_calendar_override"


def upgrade():
    op.create_table(
        TABLE,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("decree", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, sa.ForeignKey("user.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("revoked_by", sa.Text, sa.ForeignKey("user.id"), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoke_reason", sa.Text, nullable=True),
        sa.CheckConstraint("kind IN ('holiday', 'working_day')", name=f"{TABLE}_kind"),
    )
    # One declaration in force per day; revoked ones stay as history.
    op.create_index(
        f"{TABLE}_day_in_force",
        TABLE,
        ["day"],
        unique=True,
        postgresql_where=sa.text("revoked_at IS NULL"),
    )


def downgrade():
    op.drop_table(TABLE)
