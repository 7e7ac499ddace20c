"""Budgets (plugin ppid_budget): the normalised lines of every imported budget resource, and one import
record per resource (status, per-row problems, the column mapping, counts).

Lines belong to a resource and go with it when CKAN purges it; amounts are rupiah with two decimals and
codes are text (leading zeros matter).

Revision ID: 28465a8bf3eb
Revises: a9c4e2f7b318
Create Date: 2026-11-23 18:05:49

"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "28465a8bf3eb"
down_revision = "a9c4e2f7b318"
branch_labels = None
depends_on = None

LINE = "ppid_budget_line"
IMPORT = "ppid_budget_import"
PHASES = "('murni', 'pergeseran', 'perubahan', 'realisasi')"
STATUSES = "('queued', 'running', 'done', 'failed')"
CODE_AND_NAME_COLUMNS = (
    "kode_skpd",
    "nama_skpd",
    "kode_urusan",
    "nama_urusan",
    "kode_bidang_urusan",
    "nama_bidang_urusan",
    "kode_program",
    "nama_program",
    "kode_kegiatan",
    "nama_kegiatan",
    "kode_sub_kegiatan",
    "nama_sub_kegiatan",
    "kode_rekening",
    "uraian_rekening",
    "kelompok_belanja",
    "sumber_dana",
)


def _owner_columns() -> list[sa.Column]:
    return [
        sa.Column("resource_id", sa.Text, sa.ForeignKey("resource.id", ondelete="CASCADE"), nullable=False),
        sa.Column("package_id", sa.Text, sa.ForeignKey("package.id", ondelete="CASCADE"), nullable=False),
    ]


def _jsonb(name: str) -> sa.Column:
    return sa.Column(name, postgresql.JSONB, nullable=False, server_default=sa.text("'[]'::jsonb"))


def _count(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer, nullable=False, server_default="0")


def upgrade():
    op.create_table(
        LINE,
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        *_owner_columns(),
        sa.Column("owner_org", sa.Text, nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("phase", sa.Text, nullable=False),
        sa.Column("period", sa.Text, nullable=False),
        *(sa.Column(name, sa.Text, nullable=True) for name in CODE_AND_NAME_COLUMNS),
        sa.Column("anggaran", sa.Numeric(20, 2), nullable=True),
        sa.Column("realisasi", sa.Numeric(20, 2), nullable=True),
        sa.CheckConstraint(f"phase IN {PHASES}", name=f"{LINE}_phase"),
    )
    # Replacing a resource's lines, and the current lines of a year (compare); one OPD's year (summary).
    op.create_index(f"{LINE}_resource_slice", LINE, ["resource_id", "fiscal_year", "phase", "period"])
    op.create_index(f"{LINE}_org_slice", LINE, ["owner_org", "fiscal_year", "phase", "period"])

    op.create_table(
        IMPORT,
        sa.Column("resource_id", sa.Text, sa.ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("package_id", sa.Text, sa.ForeignKey("package.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("job_id", sa.Text, nullable=True),
        sa.Column("file_name", sa.Text, nullable=True),
        sa.Column("source_modified", sa.Text, nullable=True),
        sa.Column("mapping", postgresql.JSONB, nullable=True),
        _jsonb("problems"),
        _jsonb("notices"),
        _count("line_count"),
        _count("checked_totals"),
        _count("skipped_subtotals"),
        _jsonb("slices"),
        sa.Column("queued_by", sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(f"status IN {STATUSES}", name=f"{IMPORT}_status"),
    )
    op.create_index(f"{IMPORT}_package", IMPORT, ["package_id"])


def downgrade():
    op.drop_table(IMPORT)
    op.drop_table(LINE)
