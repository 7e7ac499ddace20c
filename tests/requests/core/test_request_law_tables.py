"""The enumerations of requests, objections and disputes: codes, basis, confidence, labels and legal flags."""

from __future__ import annotations

import re

import pytest

from ckanext.ppid.law import disputes, objections
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.requests.core import states

TABLES = {
    "jenis_pemohon": law_requests.APPLICANT_TYPES,
    "kanal_permohonan": law_requests.CHANNELS,
    "cara_memperoleh": law_requests.WAYS_TO_OBTAIN,
    "format_salinan": law_requests.COPY_FORMATS,
    "cara_pengiriman": law_requests.DELIVERY_METHODS,
    "notice_items": law_requests.NOTICE_ITEMS,
    "hasil_permohonan": law_requests.OUTCOMES,
    "alasan_keberatan": objections.GROUNDS,
    "putusan_atasan": objections.DECISIONS,
    "lembaga_sengketa": disputes.FORUMS,
    "tahap_sengketa": disputes.STAGES,
    "hasil_sengketa": disputes.RESULTS,
    "status_permohonan": states.REQUEST_STATUSES,
    "status_keberatan": states.OBJECTION_STATUSES,
}
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


@pytest.mark.parametrize("name", TABLES)
def test_codes_are_unique_snake_case_with_basis_marker_and_label(name):
    entries = TABLES[name]
    codes = [entry.code for entry in entries]
    assert len(codes) == len(set(codes)) and all(SNAKE.match(code) for code in codes), codes
    for entry in entries:
        assert entry.legal_basis.strip() and entry.confidence in {"C", "C2", "S", "M"}, entry
        assert entry.label.strip() and entry.label == entry.label.strip(), entry


def test_the_domain_enumerations_are_complete():
    assert [entry.code for entry in law_requests.OUTCOMES] == [
        "dikabulkan_seluruhnya",
        "dikabulkan_sebagian",
        "ditolak_dikecualikan",
        "tidak_dikuasai",
        "belum_didokumentasikan",
        "tidak_memenuhi_syarat",
        "sudah_diumumkan",
        "dibatalkan_pemohon",
    ]
    assert [entry.code for entry in law_requests.CHANNELS][-1] == "sp4n_lapor"
    assert law_requests.is_choice("cara_pengiriman", "unduh_portal")
    assert not law_requests.is_choice("cara_pengiriman", "UNDUH_PORTAL")


def test_outcomes_name_known_notice_items():
    items = {entry.code for entry in law_requests.NOTICE_ITEMS}
    for outcome in law_requests.OUTCOMES:
        assert set(outcome.notice_items) <= items
    assert law_requests.outcome("dikabulkan_sebagian").grants
    assert "dasar_pengecualian" in law_requests.outcome("ditolak_dikecualikan").notice_items
    assert not law_requests.outcome("dibatalkan_pemohon").by_notice


def test_objection_grounds_follow_pasal_35():
    assert [entry.letter for entry in objections.GROUNDS] == list("abcdefg")
    assert [entry.mediable for entry in objections.GROUNDS] == [False] + [True] * 6
    assert objections.ground("a_penolakan_ps17").legal_basis == "UU 14/2008 Ps 35(1) huruf a"
    assert all(entry.confidence == "C" for entry in objections.GROUNDS)


def test_atasan_decisions():
    assert objections.decision("menguatkan").reasons_required
    assert not objections.decision("membatalkan_perintah_memberikan").reasons_required
    assert objections.decision("membatalkan_perintah_memberikan").opens_information
    assert objections.decision("musyawarah_selesai").mediable_grounds_only


def test_disputes():
    assert {entry.code for entry in disputes.FORUMS if entry.court} == {"ptun", "pn", "mahkamah_agung"}
    assert [entry.code for entry in states.DISPUTE_STATUSES] == [entry.code for entry in disputes.STAGES]
    assert [entry.code for entry in states.DISPUTE_STATUSES if entry.final] == ["selesai"]
    assert states.status("sengketa", "kasasi").label == "Cassation at the Supreme Court"
    assert {entry.code for entry in disputes.RESULTS if entry.opens_information} == {
        "dibuka_seluruhnya",
        "dibuka_sebagian",
    }
