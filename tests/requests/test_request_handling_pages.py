"""The case page for handling: only the forms the visitor may use, forms that post, come back with their
errors (400) and values, or flash and redirect; the applicant sees the notice, the letters and the files."""

from __future__ import annotations

import io

import pytest
from filing_cast import PDF_BYTES
from handling_cast import GRANTED, REFUSED, act, as_form, exempted_item, processed, row

pytestmark = pytest.mark.usefixtures("with_plugins")


def _url(case: dict, path: str = "") -> str:
    return f"/ppid/permohonan/{case['id']}{path}"


def _forms(body: str, case: dict) -> set[str]:
    """The handling routes the page has a form for."""
    routes = (
        "verifikasi",
        "proses",
        "teruskan",
        "perpanjang",
        "pemberitahuan",
        "rujuk",
        "serahkan",
        "tutup",
        "batalkan",
    )
    return {route for route in routes if f'action="{_url(case, "/" + route)}"' in body}


def test_each_visitor_sees_only_the_forms_they_may_use(app, cast):
    case = processed(cast)
    assert _forms(app.get(_url(case), headers=cast.token("unit_officer")).body, case) == {"batalkan"}
    admin = _forms(app.get(_url(case), headers=cast.token("unit_admin")).body, case)
    assert admin == {"perpanjang", "pemberitahuan", "rujuk", "batalkan"}
    utama = app.get(_url(case), headers=cast.token("utama_admin")).body
    assert "teruskan" in _forms(utama, case)
    assert '<option value="dishub"' in utama and '<option value="dinkes"' not in utama
    assert _forms(app.get(_url(case), headers=cast.token("applicant")).body, case) == {"batalkan"}
    assert _forms(app.get(_url(case), headers=cast.token("assessor")).body, case) == set()


def test_a_notice_form_with_problems_comes_back_with_its_errors_and_values(app, cast):
    case = processed(cast)
    headers = cast.token("unit_admin")
    form = {
        "outcome": "ditolak_dikecualikan",
        "ditolak_dikecualikan-held": "true",
        "ditolak_dikecualikan-reasons": "Memuat data pribadi pasien",
    }
    response = app.post(_url(case, "/pemberitahuan"), data=form, headers=headers)

    assert response.status_code == 400
    body = response.body
    field = "ppid-kirim_pemberitahuan-ditolak_dikecualikan-exemption_grounds"
    assert f'aria-describedby="{field}-error"' in body
    assert ">Memuat data pribadi pasien</textarea>" in body
    assert 'value="ditolak_dikecualikan" checked' in body
    assert 'id="ppid-kirim_pemberitahuan-ditolak_dikecualikan-held" value="true" checked' in body
    assert row(case).status == "diproses"


def test_a_notice_form_posts_flashes_and_shows_the_notice(app, cast):
    case = processed(cast)
    headers = cast.token("unit_admin")
    response = app.post(
        _url(case, "/pemberitahuan"), data=as_form(GRANTED), headers=headers, follow_redirects=False
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(_url(case))

    page = app.get(_url(case), headers=headers).body
    number = row(case).notice_number
    assert number in page
    assert "Dikabulkan seluruhnya" in page
    assert GRANTED["material"] in page
    assert "Kirim pemberitahuan tertulis" in page  # the flash names the step taken


def test_a_transition_the_role_may_not_take_comes_back_with_the_law_s_reason(app, cast):
    case = processed(cast)
    response = app.post(_url(case, "/teruskan"), data={"unit": "dishub"}, headers=cast.token("unit_admin"))
    assert response.status_code == 400
    assert 'id="ppid-handling-refused"' in response.body
    assert "ppid_utama" in response.body
    assert row(case).current_unit_id == cast.unit["id"]


def test_the_ppid_utama_forwards_with_the_unit_select(app, cast):
    case = processed(cast)
    response = app.post(
        _url(case, "/teruskan"),
        data={"unit": "dishub"},
        headers=cast.token("utama_admin"),
        follow_redirects=False,
    )
    assert response.status_code == 302
    assert row(case).current_unit_id == cast.other_unit["id"]


@pytest.mark.parametrize("who", ["anonymous", "other_applicant", "other_unit_editor", "assessor"])
def test_others_cannot_post_handling_forms(app, cast, who):
    case = processed(cast)
    response = app.post(_url(case, "/perpanjang"), data={"reasons": "Arsip"}, headers=cast.token(who))
    assert response.status_code == 403
    assert row(case).extended_at is None


def test_files_handed_over_through_the_form_reach_the_applicant_s_page(app, cast):
    case = processed(cast)
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    response = app.post(
        _url(case, "/serahkan"),
        data={"files": (io.BytesIO(PDF_BYTES), "rekap-puskesmas.pdf"), "items": ""},
        headers=cast.token("unit_officer"),
        follow_redirects=False,
    )
    assert response.status_code == 302
    page = app.get(_url(case), headers=cast.token("applicant")).body
    assert "rekap-puskesmas.pdf" in page
    assert _url(case, "/serahan/") in page
    assert row(case).status == "selesai"


def test_a_file_refused_in_the_form_is_shown_with_the_field(app, cast):
    case = processed(cast)
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    response = app.post(
        _url(case, "/serahkan"),
        data={"files": (io.BytesIO(b"MZ\x90\x00"), "data.pdf")},
        headers=cast.token("unit_officer"),
    )
    assert response.status_code == 400
    assert 'id="ppid-serahkan_informasi-files-error"' in response.body


def test_the_applicant_withdraws_on_the_page(app, cast):
    case = processed(cast)
    response = app.post(
        _url(case, "/batalkan"), data={"reasons": ""}, headers=cast.token("applicant"), follow_redirects=False
    )
    assert response.status_code == 302
    assert (row(case).status, row(case).outcome) == ("selesai", "dibatalkan_pemohon")


def test_the_objection_grounds_address_the_applicant_and_not_the_staff(app, cast):
    exempted = exempted_item(cast)
    case = processed(cast)
    act("ppid_request_notice_send", cast.unit_admin, case, **REFUSED, register_items=exempted["name"])
    applicant = app.get(_url(case), headers=cast.token("applicant")).body
    staff = app.get(_url(case), headers=cast.token("unit_admin")).body
    assert "Anda dapat mengajukan keberatan kepada Atasan PPID" in applicant
    assert "Pemohon dapat mengajukan keberatan kepada Atasan PPID" in staff
    assert "Anda dapat mengajukan keberatan" not in staff
