"""Create ppid_role_assignment: the roles ckanext-ppid adds to CKAN's organization roles.

Revision ID: 8c2d4e6f1a01
Revises:
Create Date: 2026-11-23 10:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "8c2d4e6f1a01"
down_revision = None
branch_labels = None
depends_on = None

TABLE = "ppid_role_assignment"


def upgrade():
    op.create_table(
        TABLE,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("user_id", sa.Text, sa.ForeignKey("user.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        # The decree (SK) that appoints the person, shown with the role.
        sa.Column("decree", sa.Text, nullable=False, server_default=""),
        sa.Column("granted_by", sa.Text, sa.ForeignKey("user.id"), nullable=True),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("user_id", "role", name=f"{TABLE}_user_role"),
    )
    op.create_index(f"{TABLE}_role", TABLE, ["role"])


def downgrade():
    op.drop_table(TABLE)
