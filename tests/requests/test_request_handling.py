"""Handling a request through the actions: the whole path to delivery, refusals, referral, forwarding, the
one extension, withdrawal and the day a posted notice was received; each refused with the law's reason."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path

import ckan.plugins.toolkit as tk
import pytest
from ckan.tests import helpers
from filing_cast import as_user, desk_form, file_on_web, png_bytes, upload
from handling_cast import GRANTED, REFUSED, act, exempted_item, open_item, processed, row

from ckanext.ppid.law.basis import PRACTICE
from ckanext.ppid.requests import private_files
from ckanext.ppid.requests.core.transitions import NOTHING_TO_DELIVER
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.handling import deliveries as request_deliveries
from ckanext.ppid.requests.model.delivery import RequestDelivery
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.shell import settings

pytestmark = pytest.mark.usefixtures("with_plugins")


def _codes(who, case) -> set[str]:
    return {entry["code"] for entry in act("ppid_request_transitions", who, case)}


def test_the_whole_path_from_filing_to_delivery(cast):
    item = open_item(cast)
    case = file_on_web(cast)

    assert act("ppid_request_verify", cast.unit_officer, case)["status"] == "verifikasi"
    assert act("ppid_request_process", cast.unit_admin, case)["status"] == "diproses"
    extended = act("ppid_request_extend", cast.unit_admin, case, reasons="Data tersebar di 12 puskesmas")
    assert extended["extension"]["reasons"] == "Data tersebar di 12 puskesmas"
    assert extended["extension"]["number"].startswith("0001/PPJ/PPID-D1/")
    assert {entry["key"] for entry in extended["clock"]} == {"pemberitahuan_tertulis", "perpanjangan"}

    sent = act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    assert sent["status"] == "pemberitahuan_dikirim"
    assert sent["outcome"] == "dikabulkan_seluruhnya"
    assert sent["notice"]["number"].startswith("0001/PBT/PPID-D1/")
    assert sent["notice"]["outcome_label"] == tk._("Granted in full")
    assert GRANTED["material"] in {entry["text"] for entry in sent["notice"]["items"]}

    report = upload(b"nama,jumlah\nPuskesmas Melati,14\n", "tenaga-kesehatan.csv")
    done = act("ppid_request_deliver", cast.unit_officer, case, files=report, items=item["name"])
    assert done["status"] == "selesai"
    assert [(d["kind"], d["title"]) for d in done["deliveries"]] == [
        ("file", "tenaga-kesehatan.csv"),
        ("item", "Profil Dinas Kesehatan"),
    ]
    stored = row(done)
    assert stored.delivered_at is not None and stored.closed_at is not None
    history = [(e.transition, e.actor_role) for e in RequestEvent.of_request(case["id"])]
    assert history == [
        ("ajukan_permohonan", "pemohon"),
        ("verifikasi", "petugas_layanan"),
        ("proses", "ppid_pelaksana"),
        ("perpanjang", "ppid_pelaksana"),
        ("kirim_pemberitahuan", "ppid_pelaksana"),
        ("serahkan_informasi", "petugas_layanan"),
    ]
    shown = helpers.call_action("ppid_request_show", as_user(cast.applicant), id=case["id"])
    labels = [event["label"] for event in shown["timeline"]]
    assert labels[-2:] == [tk._("Send the written notice"), tk._("Hand over the information")]
    extension = shown["timeline"][3]
    assert extension["actor_role_label"] == tk._("PPID Pelaksana")
    assert any(change["key"] == "perpanjangan" and change["new"] for change in extension["due_date_changes"])


def test_each_role_is_offered_only_what_it_may_do(cast):
    case = file_on_web(cast)
    officer = _codes(cast.unit_officer, case)
    assert {"verifikasi", "batalkan"} <= officer
    assert not officer & {"proses", "perpanjang", "kirim_pemberitahuan", "teruskan"}
    assert {"proses", "perpanjang", "kirim_pemberitahuan", "rujuk"} <= _codes(cast.unit_admin, case)
    assert "teruskan" not in _codes(cast.unit_admin, case)
    assert "teruskan" in _codes(cast.utama_admin, case)
    assert "batalkan" in _codes(cast.applicant, case)
    assert not _codes(cast.applicant, case) & {"verifikasi", "proses", "kirim_pemberitahuan"}
    assert act("ppid_request_transitions", cast.assessor, case) == []
    with pytest.raises(tk.NotAuthorized):
        act("ppid_request_transitions", cast.other_applicant, case)


def test_a_step_the_law_does_not_set_states_its_basis_in_words(cast):
    case = file_on_web(cast)
    offered = {entry["code"]: entry for entry in act("ppid_request_transitions", cast.applicant, case)}
    assert offered["batalkan"]["legal_basis"] == tk._(PRACTICE)
    assert tk._(PRACTICE) != "practice"


@pytest.mark.parametrize("who", ["other_unit_editor", "unit_head", "applicant", "assessor", "atasan"])
def test_only_the_handling_staff_act_on_the_case(cast, who):
    case = file_on_web(cast)
    with pytest.raises(tk.NotAuthorized):
        act("ppid_request_verify", cast.person(who), case)
    assert row(case).status == "diterima"


def test_a_refusal_needs_its_ground_and_an_exempted_register_item(cast):
    exempted, public = exempted_item(cast), open_item(cast)
    case = processed(cast)

    with pytest.raises(tk.ValidationError) as missing:
        act("ppid_request_notice_send", cast.unit_admin, case, **{**REFUSED, "exemption_grounds": []})
    assert "exemption_grounds" in missing.value.error_dict
    with pytest.raises(tk.ValidationError) as no_item:
        act("ppid_request_notice_send", cast.unit_admin, case, **REFUSED)
    assert "register_items" in no_item.value.error_dict
    for wrong in (public["name"], "tidak-ada"):
        with pytest.raises(tk.ValidationError) as refused:
            act("ppid_request_notice_send", cast.unit_admin, case, **REFUSED, register_items=[wrong])
        assert wrong in refused.value.error_dict["register_items"][0]
    with pytest.raises(tk.ValidationError) as parent:
        act(
            "ppid_request_notice_send",
            cast.unit_admin,
            case,
            **{**REFUSED, "exemption_grounds": ["17.h"]},
            register_items=exempted["name"],
        )
    assert "17.h" in parent.value.error_dict["exemption_grounds"][0]
    stored = row(case)
    assert (stored.status, stored.notice_number, stored.notice) == ("diproses", None, None)

    sent = act("ppid_request_notice_send", cast.unit_admin, case, **REFUSED, register_items=exempted["name"])
    assert sent["status"] == "pemberitahuan_dikirim"
    assert row(case).notice["register_items"] == [exempted["id"]]
    assert row(case).notice["exemption_grounds"] == ["17.h.2"]
    texts = " ".join(entry["text"] for entry in sent["notice"]["items"])
    assert "Rekam Medis Pasien" in texts and "188/12/PPID/2025" in texts


def test_a_referral_is_a_numbered_notice_that_closes_without_delivery(cast):
    case = processed(cast)
    with pytest.raises(tk.ValidationError) as no_holder:
        act("ppid_request_refer", cast.unit_admin, case, reasons="Bukan kewenangan kami")
    assert "holder" in no_holder.value.error_dict

    referred = act("ppid_request_refer", cast.unit_admin, case, holder="BPS Kabupaten Lembah Hijau")
    assert (referred["status"], referred["outcome"]) == ("pemberitahuan_dikirim", "tidak_dikuasai")
    assert referred["notice"]["number"].startswith("0001/PBT/")
    with pytest.raises(tk.ValidationError) as nothing:
        act("ppid_request_deliver", cast.unit_officer, case, items="profil")
    assert nothing.value.error_dict["message"] == [tk._(NOTHING_TO_DELIVER)]
    assert act("ppid_request_close", cast.unit_admin, case)["status"] == "selesai"


def test_only_the_ppid_utama_forwards_and_the_case_moves_to_the_new_unit(cast):
    case = file_on_web(cast)
    with pytest.raises(tk.ValidationError) as refused:
        act("ppid_request_forward", cast.unit_admin, case, unit="dishub")
    assert "ppid_utama" in refused.value.error_dict["message"][0]
    assert row(case).current_unit_id == cast.unit["id"]
    with pytest.raises(tk.ValidationError) as unknown:
        act("ppid_request_forward", cast.utama_admin, case, unit="dinas-tidak-ada")
    assert "dinas-tidak-ada" in unknown.value.error_dict["unit"][0]

    forwarded = act("ppid_request_forward", cast.utama_admin, case, unit="dishub")
    assert forwarded["current_unit"]["name"] == "dishub"
    assert row(case).current_unit_id == cast.other_unit["id"]
    assert "verifikasi" in _codes(cast.other_unit_editor, case)
    with pytest.raises(tk.ValidationError):
        act("ppid_request_forward", cast.utama_admin, case, unit="dishub")


def test_a_second_extension_is_refused_and_takes_no_number(cast):
    case, other = processed(cast), processed(cast)
    first = act("ppid_request_extend", cast.unit_admin, case, reasons="Arsip di gudang")
    with pytest.raises(tk.ValidationError) as refused:
        act("ppid_request_extend", cast.unit_admin, case, reasons="Lagi")
    assert "Ps 22(8)" in refused.value.error_dict["message"][0]
    with pytest.raises(tk.ValidationError) as no_reasons:
        act("ppid_request_extend", cast.unit_admin, other, reasons="  ")
    assert "reasons" in no_reasons.value.error_dict
    assert row(case).extension_number == first["extension"]["number"]
    second = act("ppid_request_extend", cast.unit_admin, other, reasons="Menunggu data")
    assert second["extension"]["number"].startswith("0002/PPJ/")


def test_the_applicant_withdraws_and_staff_record_how_a_withdrawal_came(cast):
    mine, by_letter = file_on_web(cast), file_on_web(cast)
    withdrawn = act("ppid_request_withdraw", cast.applicant, mine)
    assert (withdrawn["status"], withdrawn["outcome"]) == ("selesai", "dibatalkan_pemohon")
    with pytest.raises(tk.NotAuthorized):
        act("ppid_request_withdraw", cast.other_applicant, by_letter)
    with pytest.raises(tk.ValidationError) as how:
        act("ppid_request_withdraw", cast.unit_officer, by_letter)
    assert "reasons" in how.value.error_dict
    assert (
        act("ppid_request_withdraw", cast.unit_officer, by_letter, reasons="Surat pencabutan 3 Nov")["status"]
        == "selesai"
    )


def test_staff_record_the_day_a_posted_notice_was_received_once(cast):
    case = helpers.call_action(
        "ppid_request_create", as_user(cast.unit_officer), **desk_form(received_at=_an_hour_ago())
    )
    act("ppid_request_process", cast.unit_admin, case)
    with pytest.raises(tk.ValidationError) as early:
        act("ppid_request_notice_received", cast.unit_admin, case, received_on=dt.date.today().isoformat())
    assert "message" in early.value.error_dict
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    # The day in the body's zone (in Jakarta it is already tomorrow from 17:00 UTC).
    sent_on = clock_settings().local_day(row(case).notice_sent_at)

    for wrong in ("kemarin", (sent_on - dt.timedelta(days=3)).isoformat(), "2999-01-01"):
        with pytest.raises(tk.ValidationError) as refused:
            act("ppid_request_notice_received", cast.unit_officer, case, received_on=wrong)
        assert "received_on" in refused.value.error_dict
    shown = act("ppid_request_notice_received", cast.unit_officer, case, received_on=sent_on.isoformat())
    assert shown["notice"]["received_on"] == sent_on.isoformat()
    assert RequestEvent.of_request(case["id"])[-1].transition == "catat_pemberitahuan_diterima"
    with pytest.raises(tk.ValidationError):
        act("ppid_request_notice_received", cast.unit_officer, case, received_on=sent_on.isoformat())


def _an_hour_ago() -> str:
    """An hour ago on the body's clock, as the desk writes it: never in the future, whatever the hour (10:00
    of the machine's day was still ahead in Jakarta between 00:00 and 03:00 UTC)."""
    moment = dt.datetime.now(zoneinfo.ZoneInfo(settings.timezone())) - dt.timedelta(hours=1)
    return moment.strftime("%Y-%m-%d %H:%M")


def test_a_failed_delivery_keeps_nothing(cast):
    stored_files = Path(settings.storage_path()) / private_files.ROOT / request_deliveries.FILE_KIND
    before = set(stored_files.iterdir()) if stored_files.exists() else set()
    case = processed(cast)
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    with pytest.raises(tk.ValidationError):
        act(
            "ppid_request_deliver",
            cast.unit_officer,
            case,
            files=[upload(png_bytes(), "foto.png"), upload(b"MZ\x90\x00binary", "laporan.pdf")],
        )
    assert RequestDelivery.of_request(case["id"]) == []
    assert row(case).status == "pemberitahuan_dikirim"
    assert (set(stored_files.iterdir()) if stored_files.exists() else set()) == before


def test_the_audit_log_names_every_action_taken_on_a_case(app, cast):
    case = file_on_web(cast)
    act("ppid_request_verify", cast.unit_officer, case)
    act("ppid_request_process", cast.unit_admin, case)
    act("ppid_request_extend", cast.unit_admin, case, reasons="Data tersebar di 12 puskesmas")
    page = app.get("/ppid/audit", params={"object_id": case["id"]}, headers=cast.token("sysadmin")).body
    rows = re.findall(r'data-action="([^"]+)".*?<td>([^<]*)<code>', page, re.DOTALL)
    named = {code: " ".join(label.split()) for code, label in rows}
    assert {"request.create", "permohonan.verifikasi", "permohonan.proses", "permohonan.perpanjang"} <= set(
        named
    )
    assert all(named.values()), named
    assert named["permohonan.perpanjang"] == "Permohonan: Perpanjang batas waktu"
