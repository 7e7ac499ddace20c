"""Publications every unit issues in the same form: its DIP, its budget realisation, a kecamatan profile.

A Pemda's units publish these on the same schedule with the same structure, so they are written once
here and expanded per unit rather than repeated in ``datasets``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ckanext.ppid.demo.spec import KIND_KECAMATAN, KIND_PPID_UTAMA, DatasetSpec, Unit
from ckanext.ppid.demo.units import REGION


def public_information_list(unit: Unit) -> DatasetSpec:
    """The unit's Daftar Informasi Publik (UU 14/2008 Pasal 11(1)(a)); the PPID Utama's covers the Pemda."""
    holder = REGION if unit.kind == KIND_PPID_UTAMA else unit.title
    return DatasetSpec(
        unit=unit.name,
        title=f"Daftar Informasi Publik {holder} Tahun 2026",
        notes=(
            f"Daftar Informasi Publik (DIP) {holder}: informasi yang wajib disediakan dan diumumkan secara "
            "berkala, serta merta dan tersedia setiap saat, dengan penanggung jawab, waktu pembuatan, bentuk "
            "dan jangka waktu penyimpanannya."
        ),
        tags=("dip", "keterbukaan informasi", "informasi berkala"),
        themes=("keterbukaan-informasi",),
        tahun=2026,
        frekuensi="tahunan",
        formats=("PDF", "XLSX"),
        license_id="other-open",
    )


def budget_realisation(unit: Unit) -> DatasetSpec:
    """The unit's budget realisation for the third quarter (a periodic item under Perki 1/2021)."""
    return DatasetSpec(
        unit=unit.name,
        title=f"Realisasi Anggaran {unit.title} Triwulan III 2026",
        notes=(
            f"Pagu dan realisasi belanja {unit.title} sampai dengan 30 September 2026 per program, kegiatan "
            "dan sub kegiatan, dengan persentase serapan anggaran."
        ),
        tags=("realisasi anggaran", "anggaran", "keuangan daerah"),
        themes=("keuangan-daerah",),
        tahun=2026,
        frekuensi="triwulanan",
        formats=("XLSX", "PDF"),
    )


def district_profile(unit: Unit) -> DatasetSpec:
    """A kecamatan's yearly profile: area, villages, population and public facilities."""
    return DatasetSpec(
        unit=unit.name,
        title=f"Profil {unit.title} 2025",
        notes=(
            f"Luas wilayah, jumlah desa/kelurahan, jumlah penduduk per desa, sarana pendidikan, kesehatan "
            f"dan ibadah di {unit.title}."
        ),
        tags=("kecamatan", "profil wilayah", "penduduk"),
        themes=("kependudukan",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("PDF", "CSV"),
    )


def recurring_datasets(units: Iterable[Unit]) -> tuple[DatasetSpec, ...]:
    """Every recurring publication of every unit, in unit order."""
    datasets: list[DatasetSpec] = []
    for unit in units:
        datasets.append(public_information_list(unit))
        if unit.kind != KIND_PPID_UTAMA:
            datasets.append(budget_realisation(unit))
        if unit.kind == KIND_KECAMATAN:
            datasets.append(district_profile(unit))
    return tuple(datasets)
