"""Every time limit of the KIP procedure and its neighbours (docs/law.md, Deadlines), as data.

A deadline counts ``amount`` ``unit``s from ``start_event`` (backwards when ``before`` is set). Working
days are counted with ``ckanext.ppid.calendar.core.workdays``; ``immediately`` means no period at all (the law
forbids delay), so the clock shows the duty rather than a due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ckanext.ppid.law import berkala, exemptions
from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_

Unit = Literal["working_days", "calendar_days", "hours", "months", "years", "immediately"]
UNITS: tuple[Unit, ...] = ("working_days", "calendar_days", "hours", "months", "years", "immediately")


@dataclass(frozen=True)
class Deadline:
    code: str
    amount: int
    unit: Unit
    start_event: str
    legal_basis: str
    confidence: Confidence
    label: str
    # PP 61/2010 Ps 11(2) counts back from the end of a period: "at the latest 30 working days before".
    before: bool = False


DEADLINES = (
    Deadline(
        "nomor_pendaftaran",
        0,
        "immediately",
        "permohonan_diterima_langsung_atau_email",
        "UU 14/2008 Ps 22(4)-(5)",
        "C",
        N_("Registration number for a request made in person or by email"),
    ),
    Deadline(
        "nomor_pendaftaran_surat",
        0,
        "immediately",
        "informasi_dikirim",
        "UU 14/2008 Ps 22(6)",
        "C",
        N_("Registration number for a request by letter, sent with the information"),
    ),
    Deadline(
        "pemberitahuan_tertulis",
        10,
        "working_days",
        "permohonan_diterima",
        "UU 14/2008 Ps 22(7)",
        "C",
        N_("Written notice answering a request"),
    ),
    Deadline(
        "perpanjangan",
        7,
        "working_days",
        "batas_pemberitahuan_tertulis",
        "UU 14/2008 Ps 22(8)",
        "C",
        N_("One extension of the written notice, with written reasons"),
    ),
    Deadline(
        "pemutakhiran_berkala",
        berkala.MAX_AGE_MONTHS,
        "months",
        "pemutakhiran_terakhir",
        berkala.MAX_AGE_BASIS,
        berkala.MAX_AGE_CONFIDENCE,
        N_("Periodic information provided again"),
    ),
    Deadline(
        "pengumuman_serta_merta",
        0,
        "immediately",
        "kejadian_serta_merta",
        "UU 14/2008 Ps 10; Perki 1/2021 Ps 25(1)",
        "C",
        N_("Announcement of immediate information, without delay"),
    ),
    Deadline(
        "pengajuan_keberatan",
        30,
        "working_days",
        "alasan_keberatan_ditemukan",
        "UU 14/2008 Ps 36(1)",
        "C",
        N_("Objection filed by the requester"),
    ),
    Deadline(
        "tanggapan_atasan",
        30,
        "working_days",
        "keberatan_tertulis_diterima",
        "UU 14/2008 Ps 36(2)",
        "C",
        N_("Written response of the Atasan PPID to an objection"),
    ),
    Deadline(
        "pengajuan_sengketa",
        14,
        "working_days",
        "tanggapan_atasan_diterima",
        "UU 14/2008 Ps 37(2)",
        "C",
        N_("Dispute filed with the Komisi Informasi"),
    ),
    Deadline(
        "pengajuan_sengketa_tanpa_tanggapan",
        14,
        "working_days",
        "batas_tanggapan_atasan",
        "Perki 1/2013 (practice, article not verified)",
        "C2",
        N_("Dispute filed when the Atasan PPID did not respond in time"),
    ),
    Deadline(
        "registrasi_sengketa",
        3,
        "working_days",
        "permohonan_sengketa_diterima",
        "Komisi Informasi service standard",
        "C2",
        N_("Registration of a dispute by the Komisi Informasi"),
    ),
    Deadline(
        "mulai_penyelesaian_sengketa",
        14,
        "working_days",
        "permohonan_sengketa_diterima",
        "UU 14/2008 Ps 38(1)",
        "C",
        N_("Komisi Informasi starts mediation or adjudication"),
    ),
    Deadline(
        "penyelesaian_sengketa",
        100,
        "working_days",
        "penyelesaian_sengketa_dimulai",
        "UU 14/2008 Ps 38(2)",
        "C",
        N_("Komisi Informasi completes the dispute"),
    ),
    Deadline(
        "keberatan_putusan_ajudikasi",
        14,
        "working_days",
        "putusan_ajudikasi_diterima",
        "UU 14/2008 Ps 48(1)",
        "C",
        N_("Written refusal of an adjudication decision, before suing in court"),
    ),
    Deadline(
        "kasasi",
        14,
        "calendar_days",
        "putusan_pengadilan_diterima",
        "UU 14/2008 Ps 50",
        "C",
        N_("Cassation to the Supreme Court"),
    ),
    Deadline(
        "laporan_tahunan",
        3,
        "months",
        "tahun_anggaran_berakhir",
        "Perki 1/2021 Ps 56",
        "C2",
        N_("Annual public information service report"),
    ),
    Deadline(
        "pengumuman_layanan_tahunan",
        1,
        "years",
        "pengumuman_layanan_sebelumnya",
        "UU 14/2008 Ps 12",
        "C",
        N_("Yearly announcement of the information service figures"),
    ),
    Deadline(
        "penetapan_pembukaan_pengecualian",
        30,
        "working_days",
        "jangka_waktu_pengecualian_berakhir",
        "PP 61/2010 Ps 11(2)",
        "C",
        N_("PPID decision opening exempted information whose period ends"),
        before=True,
    ),
    Deadline(
        "pengecualian_penegakan_hukum",
        exemptions.LAW_ENFORCEMENT_MAX_YEARS,
        "years",
        "penetapan_klasifikasi",
        "PP 61/2010 Ps 5(1)",
        "C",
        N_("Longest exemption for law enforcement"),
    ),
    Deadline(
        "pdp_akses",
        72,
        "hours",
        "permintaan_subjek_data_diterima",
        "UU 27/2022 Ps 32(2)",
        "C",
        N_("Access to personal data for its subject"),
    ),
    Deadline(
        "pdp_perbaikan",
        72,
        "hours",
        "permintaan_perbaikan_diterima",
        "UU 27/2022 Ps 30(1)",
        "C",
        N_("Correction or update of personal data"),
    ),
    Deadline(
        "pdp_penarikan_persetujuan",
        72,
        "hours",
        "permintaan_penarikan_diterima",
        "UU 27/2022 Ps 40(2), 41(1)",
        "C",
        N_("Stop or restrict processing after consent is withdrawn or restriction asked"),
    ),
    Deadline(
        "pdp_kegagalan_pelindungan",
        72,
        "hours",
        "kegagalan_pelindungan_diketahui",
        "UU 27/2022 Ps 46(1)",
        "C",
        N_("Written notice of a personal data breach"),
    ),
    Deadline(
        "laporan_keuangan_skpd",
        2,
        "months",
        "tahun_anggaran_berakhir",
        "PP 12/2019 Ps 189(3)",
        "C",
        N_("Agency financial statements to the head of region"),
    ),
    Deadline(
        "laporan_keuangan_pemda",
        3,
        "months",
        "tahun_anggaran_berakhir",
        "PP 12/2019 Ps 191(2)",
        "C",
        N_("Regional government financial statements to the Audit Board (BPK)"),
    ),
    Deadline(
        "pemeriksaan_bpk",
        2,
        "months",
        "laporan_keuangan_pemda_diterima_bpk",
        "PP 12/2019 Ps 191(3)",
        "C",
        N_("Audit of the regional financial statements by the BPK"),
    ),
    Deadline(
        "laporan_keuangan_bulanan",
        1,
        "months",
        "bulan_sebelumnya_berakhir",
        "PP 12/2019 Ps 193",
        "C",
        N_("Monthly regional financial reports"),
    ),
    Deadline(
        "laporan_keuangan_semesteran",
        6,
        "months",
        "semester_sebelumnya_berakhir",
        "PP 12/2019 Ps 193",
        "C",
        N_("Six-monthly regional financial reports"),
    ),
)
_BY_CODE = {entry.code: entry for entry in DEADLINES}


def deadline(code: str) -> Deadline:
    """The deadline with this code; KeyError if there is none."""
    return _BY_CODE[code]


def days(code: str) -> int:
    """How many days the deadline with this code counts, for texts that state the period; KeyError if none."""
    entry = deadline(code)
    if entry.unit not in ("working_days", "calendar_days"):
        raise ValueError(f"{code} is not counted in days")
    return entry.amount
