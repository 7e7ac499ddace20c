"""One stored line of an imported budget resource: the normalised table (docs/budgets.md) plus whose it is.

Lines are written in bulk by ``budget.lines`` and read by the summary and compare queries; this model
declares the table for CKAN's metadata (``clean_db``) and for queries that read single lines.
"""

from __future__ import annotations

import sqlalchemy as sa
from ckan.plugins import toolkit as tk

TABLE_NAME = "ppid_budget_line"


class BudgetLineRow(tk.BaseModel):
    __tablename__ = TABLE_NAME

    id = sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)
    resource_id = sa.Column(sa.Text, sa.ForeignKey("resource.id", ondelete="CASCADE"), nullable=False)
    package_id = sa.Column(sa.Text, sa.ForeignKey("package.id", ondelete="CASCADE"), nullable=False)
    # The dataset's OPD, kept in step when the dataset moves (budget_plugin).
    owner_org = sa.Column(sa.Text, nullable=False)
    fiscal_year = sa.Column(sa.Integer, nullable=False)
    phase = sa.Column(sa.Text, nullable=False)
    period = sa.Column(sa.Text, nullable=False)
    kode_skpd = sa.Column(sa.Text)
    nama_skpd = sa.Column(sa.Text)
    kode_urusan = sa.Column(sa.Text)
    nama_urusan = sa.Column(sa.Text)
    kode_bidang_urusan = sa.Column(sa.Text)
    nama_bidang_urusan = sa.Column(sa.Text)
    kode_program = sa.Column(sa.Text)
    nama_program = sa.Column(sa.Text)
    kode_kegiatan = sa.Column(sa.Text)
    nama_kegiatan = sa.Column(sa.Text)
    kode_sub_kegiatan = sa.Column(sa.Text)
    nama_sub_kegiatan = sa.Column(sa.Text)
    kode_rekening = sa.Column(sa.Text)
    uraian_rekening = sa.Column(sa.Text)
    kelompok_belanja = sa.Column(sa.Text)
    sumber_dana = sa.Column(sa.Text)
    anggaran = sa.Column(sa.Numeric(20, 2))
    realisasi = sa.Column(sa.Numeric(20, 2))
