"""The outbox carries every message to a person: each row names the request whose case page shows it, whether
it is the applicant's own, when it was last tried, and may be ``skipped`` (its message no longer applies).

Rows written before this revision are reminders, escalations and the applicant's lapse notices: each keeps
everything, gains the request named in its payload, and the lapse notices (``lapse_*``) are marked as the
applicant's. A sent row's last attempt is its sending; for the others it is not known and stays empty.

Revision ID: f2b7d4c81e05
Revises: 28465a8bf3eb
Create Date: 2026-11-30 10:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "f2b7d4c81e05"
down_revision = "28465a8bf3eb"
branch_labels = None
depends_on = None

NOTIFICATION = "ppid_notification"
STATUS_CHECK = f"{NOTIFICATION}_status"


def upgrade():
    op.add_column(NOTIFICATION, sa.Column("request_id", sa.Text, nullable=True))
    op.add_column(
        NOTIFICATION, sa.Column("to_applicant", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.add_column(NOTIFICATION, sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(
        "UPDATE ppid_notification SET request_id = payload->>'request_id',"
        r" to_applicant = kind LIKE 'lapse\_%',"
        " last_attempt_at = CASE WHEN status = 'sent' THEN sent_at END"
    )
    op.create_index(f"{NOTIFICATION}_request", NOTIFICATION, ["request_id"])
    op.drop_constraint(STATUS_CHECK, NOTIFICATION)
    op.create_check_constraint(
        STATUS_CHECK, NOTIFICATION, "status IN ('pending', 'sent', 'failed', 'skipped')"
    )


def downgrade():
    op.drop_constraint(STATUS_CHECK, NOTIFICATION)
    # A skipped row was not sent, and will not be: the older revision calls that failed.
    op.execute("UPDATE ppid_notification SET status = 'failed' WHERE status = 'skipped'")
    op.create_check_constraint(STATUS_CHECK, NOTIFICATION, "status IN ('pending', 'sent', 'failed')")
    op.drop_index(f"{NOTIFICATION}_request", NOTIFICATION)
    op.drop_column(NOTIFICATION, "last_attempt_at")
    op.drop_column(NOTIFICATION, "to_applicant")
    op.drop_column(NOTIFICATION, "request_id")
