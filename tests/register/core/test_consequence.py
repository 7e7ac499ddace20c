"""The law on an exempted item (UU 14/2008 Ps 2(4), 17-20; PP 61/2010 Ps 3-11), without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from ckanext.ppid.register.core import consequence as c

# A complete, lawful record: a patient's medical history (17.h.2), closed as long as needed.
VALID = {
    "title": "Rekam Medis Pasien RSUD",
    "notes": "Catatan riwayat penyakit dan pengobatan pasien",
    "kategori": "dikecualikan",
    "dasar_pengecualian": "17.h.2",
    "dasar_undang_undang": "UU 17/2023 tentang Kesehatan Pasal 4 ayat (1) huruf i",
    "konsekuensi": "Membuka riwayat kesehatan pasien",
    "pertimbangan_kepentingan_publik": "Melindungi rahasia pribadi pasien lebih besar manfaatnya",
    "jangka_waktu_pengecualian": "selama_diperlukan",
    "nomor_sk_ppid": "188/12/PPID/2025",
    "tanggal_penetapan": "2025-03-03",
    "persetujuan_pimpinan": "Bupati, 3 Maret 2025",
    "pasal_18_dikecualikan_terlarang": "false",
    "jabatan_publik": "false",
    "status_pengecualian": "berlaku",
}
LAW_ENFORCEMENT = {
    **VALID,
    "title": "Berkas pengaduan dugaan tindak pidana pungutan liar",
    "notes": "Identitas pelapor dan saksi",
    "dasar_pengecualian": "17.a.2",
    "dasar_undang_undang": "UU 31/2014 tentang Perlindungan Saksi dan Korban Pasal 5",
    "jangka_waktu_pengecualian": "30",
}


def problems(item):
    return {(p.field, p.message) for p in c.check_exemption(item)}


def fields(item):
    return {p.field for p in c.check_exemption(item)}


def test_a_complete_record_passes():
    assert c.check_exemption(VALID) == []
    assert c.check_exemption(LAW_ENFORCEMENT) == []


def test_every_message_can_be_filled_after_translation():
    broken = {key: "" for key in VALID} | {"dasar_pengecualian": "17.a", "tanggal_berakhir": "besok"}
    found = c.check_exemption(broken)
    assert len(found) >= 7
    for problem in found:
        problem.message.format(**problem.params)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", c.MISSING_GROUND),
        ("17.k", c.UNKNOWN_GROUND),
        ("17.a", c.PARENT_GROUND),
        ("17.h", c.PARENT_GROUND),
    ],
)
def test_the_ground_must_be_a_selectable_pasal_17_code(code, message):
    assert ("dasar_pengecualian", message) in problems({**VALID, "dasar_pengecualian": code})


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("dasar_undang_undang", c.MISSING_STATUTE),
        ("konsekuensi", c.MISSING_HARM),
        ("pertimbangan_kepentingan_publik", c.MISSING_BALANCE),
        ("nomor_sk_ppid", c.MISSING_DECREE_NUMBER),
        ("tanggal_penetapan", c.MISSING_DECREE_DATE),
        ("persetujuan_pimpinan", c.MISSING_APPROVAL),
    ],
)
def test_the_consequence_test_record_is_required(field, message):
    for empty in (None, "", "   "):
        assert (field, message) in problems({**VALID, field: empty})
    assert problems({key: value for key, value in VALID.items() if key != field}) == {(field, message)}


def test_17_a_with_31_years_is_refused():
    found = c.check_exemption({**LAW_ENFORCEMENT, "jangka_waktu_pengecualian": "31 tahun"})
    assert [(p.field, p.message) for p in found] == [("jangka_waktu_pengecualian", c.TOO_MANY_YEARS)]
    assert found[0].params == {"basis": "PP 61/2010 Ps 5", "code": "17.a.2", "years": 30}


def test_17_a_end_date_at_most_30_years_after_the_decree():
    thirty = {**LAW_ENFORCEMENT, "jangka_waktu_pengecualian": "", "tanggal_berakhir": "2055-03-03"}
    assert c.check_exemption(thirty) == []
    found = c.check_exemption({**thirty, "tanggal_berakhir": "2055-03-04"})
    assert [(p.field, p.message) for p in found] == [("tanggal_berakhir", c.TOO_LATE)]
    assert found[0].params["latest"] == dt.date(2055, 3, 3)


def test_17_a_cannot_be_as_long_as_needed():
    found = c.check_exemption({**LAW_ENFORCEMENT, "jangka_waktu_pengecualian": "selama_diperlukan"})
    assert [(p.field, p.message) for p in found] == [("jangka_waktu_pengecualian", c.NEEDED_NOT_ALLOWED)]


@pytest.mark.parametrize(
    ("ground", "allowed"),
    [("17.c.6", True), ("17.d", True), ("17.e.4", True), ("17.f.2", True), ("17.h.3", True),
     ("17.a.1", False), ("17.b", False), ("17.g", False), ("17.i", False)],
)  # fmt: skip
def test_as_long_as_needed_only_where_pp_61_allows_it(ground, allowed):
    item = {**VALID, "dasar_pengecualian": ground, "jangka_waktu_pengecualian": "Selama Diperlukan"}
    assert (("jangka_waktu_pengecualian", c.NEEDED_NOT_ALLOWED) not in problems(item)) is allowed


def test_a_period_is_required():
    assert ("jangka_waktu_pengecualian", c.MISSING_PERIOD_OR_NEEDED) in problems(
        {**VALID, "jangka_waktu_pengecualian": ""}
    )
    assert ("jangka_waktu_pengecualian", c.MISSING_PERIOD) in problems(
        {**LAW_ENFORCEMENT, "jangka_waktu_pengecualian": ""}
    )
    assert (
        c.check_exemption({**VALID, "jangka_waktu_pengecualian": "", "tanggal_berakhir": "2030-01-01"}) == []
    )


@pytest.mark.parametrize("text", ["lama", "0", "2,5", "-3"])
def test_a_period_must_read_as_years(text):
    assert ("jangka_waktu_pengecualian", c.BAD_PERIOD) in problems(
        {**VALID, "jangka_waktu_pengecualian": text}
    )


def test_end_dates_are_checked_against_the_decree():
    assert ("tanggal_berakhir", c.END_NOT_AFTER_DECREE) in problems(
        {**VALID, "jangka_waktu_pengecualian": "", "tanggal_berakhir": "2025-03-03"}
    )
    found = c.check_exemption({**VALID, "jangka_waktu_pengecualian": "5", "tanggal_berakhir": "2031-01-01"})
    assert [(p.field, p.message) for p in found] == [("tanggal_berakhir", c.END_AFTER_PERIOD)]
    assert found[0].params == {"years": 5, "latest": dt.date(2030, 3, 3)}


def test_dates_as_ckan_gives_them():
    as_datetime_text = {
        **VALID,
        "tanggal_penetapan": "2025-03-03T00:00:00",
        "tanggal_berakhir": "2027-01-01T00:00:00",
    }
    assert c.check_exemption(as_datetime_text) == []
    assert c.check_exemption({**VALID, "tanggal_penetapan": dt.datetime(2025, 3, 3)}) == []
    assert ("tanggal_penetapan", c.BAD_DATE) in problems({**VALID, "tanggal_penetapan": "3 Maret 2025"})
    assert fields({**VALID, "tanggal_penetapan": "3 Maret 2025"}) == {"tanggal_penetapan"}


def test_17_j_needs_an_undang_undang():
    item = {**VALID, "dasar_pengecualian": "17.j", "jangka_waktu_pengecualian": "10"}
    assert ("dasar_undang_undang", c.STATUTE_NOT_UU) in problems(
        {**item, "dasar_undang_undang": "Perbup 12/2020"}
    )
    assert (
        c.check_exemption({**item, "dasar_undang_undang": "UU 24/2013 Administrasi Kependudukan Ps 79"}) == []
    )
    assert c.check_exemption({**item, "dasar_undang_undang": "Undang-Undang Nomor 43 Tahun 2009 Ps 44"}) == []


def test_the_officer_s_pasal_18_flag_refuses_the_exemption():
    assert ("pasal_18_dikecualikan_terlarang", c.NEVER_EXEMPT_FLAGGED) in problems(
        {**VALID, "pasal_18_dikecualikan_terlarang": "true"}
    )
    assert ("pasal_18_dikecualikan_terlarang", c.NEVER_EXEMPT_FLAGGED) in problems(
        {**VALID, "pasal_18_dikecualikan_terlarang": True}
    )


@pytest.mark.parametrize(
    ("field", "text", "basis"),
    [
        ("title", "Salinan Putusan Pengadilan Negeri Nomor 12/Pid.B/2024", "UU 14/2008 Ps 18(1)(a)"),
        ("title", "Peraturan Bupati tentang Tunjangan Kinerja", "UU 14/2008 Ps 18(1)(b)"),
        ("notes", "Memuat surat edaran Sekda tentang jam kerja", "UU 14/2008 Ps 18(1)(b)"),
        ("title", "SP3 perkara pengadaan alat kesehatan", "UU 14/2008 Ps 18(1)(c)"),
        ("notes", "Laporan pengembalian uang hasil korupsi tahun 2024", "UU 14/2008 Ps 18(1)(f)"),
        ("title", "Dokumen yang dibuka dengan Putusan Komisi Informasi", "UU 14/2008 Ps 18(1)(g), Ps 11(2)"),
    ],
)
def test_subjects_on_the_ps_18_1_list_are_refused(field, text, basis):
    found = [p for p in c.check_exemption({**VALID, field: text}) if p.message == c.NEVER_EXEMPT_MATCH]
    assert [(p.field, p.params["basis"]) for p in found] == [(field, basis)]


def test_keywords_match_whole_words_only():
    # "perda" must not match "perdagangan", nor "sp3" inside another token.
    assert c.check_exemption({**VALID, "title": "Data perdagangan antarpulau", "notes": "Kode SP31-A"}) == []


def test_written_consent_opens_17_h():
    consented = {**VALID, "persetujuan_tertulis": "Surat persetujuan pasien tanggal 2 Mei 2025"}
    assert c.opened_by_consent(consented)
    assert problems(consented) == {("status_pengecualian", c.MUST_OPEN)}
    assert c.check_exemption({**consented, "status_pengecualian": "dibuka_persetujuan"}) == []


def test_a_public_office_opens_17_h_but_not_17_a():
    assert c.opened_by_consent({**VALID, "dasar_pengecualian": "17.h.3", "jabatan_publik": "true"})
    assert not c.opened_by_consent(
        {**LAW_ENFORCEMENT, "jabatan_publik": "true", "persetujuan_tertulis": "ada"}
    )
    assert not c.opened_by_consent({**VALID, "persetujuan_tertulis": "tidak"})


def test_period_end():
    assert c.period_end({"tanggal_berakhir": "2030-01-01"}) == dt.date(2030, 1, 1)
    assert c.period_end({"tanggal_penetapan": "2024-02-29", "jangka_waktu_pengecualian": "5"}) == dt.date(
        2029, 2, 28
    )
    assert (
        c.period_end({"tanggal_penetapan": "2024-02-29", "jangka_waktu_pengecualian": "selama_diperlukan"})
        is None
    )
    assert c.period_end({"tanggal_berakhir": "kapan-kapan"}) is None


def test_period_end_survives_an_unreadable_decree_date():
    assert c.period_end({"tanggal_berakhir": "2030-01-01", "tanggal_penetapan": "3 Maret"}) == dt.date(
        2030, 1, 1
    )
