"""Handling of information requests: the written notice and extension, deliveries, objections, disputes,
letter numbers, the notification outbox and anonymisation.

Existing requests keep every value; the new columns are empty (a request filed before this revision has had
no notice, no extension and no objection, which is what the empty columns say). History entries gain the
machine and the case they belong to (an objection or a dispute hangs off its request); existing entries are
the request's own.

Revision ID: a9c4e2f7b318
Revises: e7a3c5d9b104
Create Date: 2026-11-23 09:00:00

"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "a9c4e2f7b318"
down_revision = "e7a3c5d9b104"
branch_labels = None
depends_on = None

CASE = "ppid_request"
EVENT = "ppid_request_event"
LETTER_SEQUENCE = "ppid_letter_sequence"
DELIVERY = "ppid_request_delivery"
OBJECTION = "ppid_objection"
DISPUTE = "ppid_dispute"
NOTIFICATION = "ppid_notification"

REQUEST_COLUMNS = (
    ("notice", postgresql.JSONB),
    ("notice_number", sa.Text),
    ("notice_sent_at", sa.DateTime(timezone=True)),
    ("notice_received_at", sa.DateTime(timezone=True)),
    ("notice_file", sa.Text),
    ("extended_at", sa.DateTime(timezone=True)),
    ("extension_reasons", sa.Text),
    ("extension_number", sa.Text),
    ("extension_file", sa.Text),
    ("delivered_at", sa.DateTime(timezone=True)),
    ("closed_at", sa.DateTime(timezone=True)),
    ("lapse_recorded_at", sa.DateTime(timezone=True)),
    ("anonymised_at", sa.DateTime(timezone=True)),
)


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    ]


def _jsonb(name: str, empty: str) -> sa.Column:
    return sa.Column(name, postgresql.JSONB, nullable=False, server_default=sa.text(f"'{empty}'::jsonb"))


def upgrade():
    for name, type_ in REQUEST_COLUMNS:
        op.add_column(CASE, sa.Column(name, type_, nullable=True))
    op.add_column(CASE, _jsonb("grounds_raised", "[]"))
    op.create_unique_constraint(f"{CASE}_notice_number", CASE, ["notice_number"])
    op.create_unique_constraint(f"{CASE}_extension_number", CASE, ["extension_number"])
    op.create_index(f"{CASE}_status_next_due", CASE, ["status", "next_due"])

    op.add_column(EVENT, sa.Column("machine", sa.Text, nullable=False, server_default="permohonan"))
    op.add_column(EVENT, sa.Column("subject_id", sa.Text, nullable=True))

    op.create_table(
        LETTER_SEQUENCE,
        sa.Column("kind", sa.Text, primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_value", sa.Integer, nullable=False),
        sa.CheckConstraint("last_value >= 1", name=f"{LETTER_SEQUENCE}_positive"),
    )
    op.create_table(
        DELIVERY,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("request_id", sa.Text, sa.ForeignKey(f"{CASE}.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("file_name", sa.Text, nullable=True),
        sa.Column("original_name", sa.Text, nullable=True),
        sa.Column("content_type", sa.Text, nullable=True),
        sa.Column("size", sa.BigInteger, nullable=True),
        sa.Column("package_id", sa.Text, nullable=True),
        sa.Column("resource_id", sa.Text, nullable=True),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("added_by", sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("kind IN ('file', 'item')", name=f"{DELIVERY}_kind"),
    )
    op.create_index(f"{DELIVERY}_request", DELIVERY, ["request_id"])
    op.create_table(
        OBJECTION,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("request_id", sa.Text, sa.ForeignKey(f"{CASE}.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Text, nullable=True, unique=True),
        sa.Column("year", sa.Integer, nullable=True),
        sa.Column("sequence", sa.Integer, nullable=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_day", sa.Date, nullable=False),
        _jsonb("grounds", "[]"),
        sa.Column("statement", sa.Text, nullable=False, server_default=""),
        sa.Column("filed_by", sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True),
        sa.Column("filer_role", sa.Text, nullable=False),
        sa.Column("decision", sa.Text, nullable=True),
        sa.Column("decision_reasons", sa.Text, nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True),
        sa.Column("decision_received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_number", sa.Text, nullable=True, unique=True),
        sa.Column("decision_file", sa.Text, nullable=True),
        sa.Column("lapse_recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dispute_filed_at", sa.DateTime(timezone=True), nullable=True),
        _jsonb("due_dates", "{}"),
        sa.Column("next_due", sa.Date, nullable=True),
        *_timestamps(),
        sa.UniqueConstraint("year", "sequence", name=f"{OBJECTION}_year_sequence"),
    )
    op.create_index(f"{OBJECTION}_request", OBJECTION, ["request_id"])
    op.create_index(f"{OBJECTION}_status_next_due", OBJECTION, ["status", "next_due"])
    op.create_table(
        DISPUTE,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column(
            "objection_id",
            sa.Text,
            sa.ForeignKey(f"{OBJECTION}.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("request_id", sa.Text, sa.ForeignKey(f"{CASE}.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("forum", sa.Text, nullable=False),
        _jsonb("grounds", "[]"),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("case_number", sa.Text, nullable=False, server_default=""),
        sa.Column("result", sa.Text, nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_stage", sa.Text, nullable=True),
        sa.Column("decision_reference", sa.Text, nullable=False, server_default=""),
        sa.Column("court", sa.Text, nullable=True),
        sa.Column("opened_item_id", sa.Text, nullable=True),
        *_timestamps(),
    )
    op.create_index(f"{DISPUTE}_request", DISPUTE, ["request_id"])
    op.create_table(
        NOTIFICATION,
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("recipient", sa.Text, nullable=False),
        sa.Column("subject_type", sa.Text, nullable=False),
        sa.Column("subject_id", sa.Text, nullable=False),
        # One notification per reminder, recipient and channel: the scheduler may run as often as it likes.
        sa.Column("dedupe_key", sa.Text, nullable=False, unique=True),
        _jsonb("payload", "{}"),
        sa.Column("status", sa.Text, nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column(
            "next_attempt_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("status IN ('pending', 'sent', 'failed')", name=f"{NOTIFICATION}_status"),
    )
    op.create_index(f"{NOTIFICATION}_due", NOTIFICATION, ["status", "next_attempt_at"])


def downgrade():
    op.drop_table(NOTIFICATION)
    op.drop_table(DISPUTE)
    op.drop_table(OBJECTION)
    op.drop_table(DELIVERY)
    op.drop_table(LETTER_SEQUENCE)
    op.drop_column(EVENT, "subject_id")
    op.drop_column(EVENT, "machine")
    op.drop_index(f"{CASE}_status_next_due", CASE)
    op.drop_constraint(f"{CASE}_extension_number", CASE)
    op.drop_constraint(f"{CASE}_notice_number", CASE)
    op.drop_column(CASE, "grounds_raised")
    for name, _type in reversed(REQUEST_COLUMNS):
        op.drop_column(CASE, name)
