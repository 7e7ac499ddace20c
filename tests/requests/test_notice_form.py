"""The written-notice form on the case page: a group of fields per outcome (those the law asks for), errors
at the top and beside their field, exempted items chosen from the unit's register, and letters that appear
without a reload (the status answer the page's script asks)."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from ckan import model
from exemption_fields import EXEMPTED
from handling_cast import GRANTED, REFUSED, act, as_form, exempted_item, processed, register_item, row
from objection_cast import C, decided, filed_ago, objected

from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.law import requests as law_requests

pytestmark = pytest.mark.usefixtures("with_plugins")

NOTICE_OUTCOMES = [outcome.code for outcome in law_requests.OUTCOMES if outcome.by_notice]


def _url(case: dict, path: str = "") -> str:
    return f"/ppid/permohonan/{case['id']}{path}"


def _group(body: str, outcome: str) -> str:
    """The HTML of the group of fields shown under ``outcome``."""
    start = body.index(f'data-ppid-parts="{outcome}"')
    following = body.find('name="outcome"', start)
    return body[start : following if following > 0 else body.index("</form>", start)]


def _names(html: str) -> set[str]:
    return set(re.findall(r'<(?:input|select|textarea)[^>]*\sname="([^"]+)"', html))


@pytest.mark.parametrize("outcome", NOTICE_OUTCOMES)
def test_each_outcome_groups_the_fields_its_notice_states(app, cast, outcome):
    case = processed(cast)
    body = app.get(_url(case), headers=cast.token("unit_admin")).body
    group = _group(body, outcome)
    parts = law_requests.notice_fields(outcome)
    assert _names(group) == {f"{outcome}-{part.name}" for part in parts}
    # A part the law asks for is marked (*), one it may leave out is not.
    for part in parts:
        if part.name == "held":
            continue
        label = re.search(rf'for="ppid-kirim_pemberitahuan-{outcome}-{part.name}">([^<]*)</label>', group)
        assert label.group(1).endswith(" *") is part.required, part
    # A field of another outcome is nowhere in the group: 'Not held' asks nothing of the costs.
    if outcome == "tidak_dikuasai":
        assert "-costs" not in group and "-material" not in group
    # Nothing the browser would refuse to send while the group is not chosen.
    assert " required" not in group


def test_the_page_loads_the_form_script_from_the_asset_bundle_not_inline(app, cast):
    case = processed(cast)
    body = app.get(_url(case), headers=cast.token("unit_admin")).body
    assert re.search(r'<script src="/webassets/ckanext-ppid/[^"]+_requests\.js"', body)
    assert "data-ppid-outcomes" in body


def test_the_fields_of_another_outcome_never_block_the_notice(app, cast):
    case = processed(cast)
    form = {
        "outcome": "tidak_memenuhi_syarat",
        "tidak_memenuhi_syarat-reasons": "Pemohon tidak mencantumkan identitas",
        # Left in other groups: a bad amount, a held answer that contradicts, an unknown item.
        "dikabulkan_seluruhnya-costs": "banyak",
        "tidak_dikuasai-held": "false",
        "ditolak_dikecualikan-register_items": "tidak-ada",
    }
    response = app.post(
        _url(case, "/pemberitahuan"), data=form, headers=cast.token("unit_admin"), follow_redirects=False
    )
    assert response.status_code == 302, response.body[:2000]
    stored = row(case)
    assert stored.outcome == "tidak_memenuhi_syarat"
    assert stored.notice["costs"] is None and stored.notice["register_items"] == []


def test_the_api_ignores_parts_its_outcome_does_not_ask_for(cast):
    case = processed(cast)
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED, reasons="x", published_at="y")
    assert row(case).notice["reasons"] == "" and row(case).notice["published_at"] == ""


def test_a_refused_notice_comes_back_with_a_summary_at_the_top_and_errors_beside_the_fields(app, cast):
    case = processed(cast)
    form = {
        "outcome": "dikabulkan_seluruhnya",
        "dikabulkan_seluruhnya-held": "true",
        "dikabulkan_seluruhnya-material": "Daftar puskesmas",
        "dikabulkan_seluruhnya-costs": "5000",
    }
    response = app.post(_url(case, "/pemberitahuan"), data=form, headers=cast.token("unit_admin"))
    assert response.status_code == 400
    body = response.body
    summary = body.index("data-ppid-error-summary")
    assert summary < body.index("<h1>")  # before the page's heading, long before the form
    assert re.search(r"<title>\s*Kesalahan: ", body)
    prefix = "ppid-kirim_pemberitahuan-dikabulkan_seluruhnya"
    top = body[summary : body.index("</div>", summary)]
    assert f'href="#{prefix}-costs"' in top and f'href="#{prefix}-delivery_method"' in top
    assert "Ps 22(7)(f)" in top and "Ps 22(7)(g)" in top  # the messages themselves, in the summary
    # ... and again beside each field, tied to it; what was entered stays.
    assert f'id="{prefix}-costs-error"' in body and f'id="{prefix}-delivery_method-error"' in body
    assert f'aria-describedby="{prefix}-costs-error"' in body
    assert 'value="5000"' in body and ">Daftar puskesmas</textarea>" in body
    assert 'value="dikabulkan_seluruhnya" checked' in body
    assert row(case).status == "diproses"


def test_a_form_without_an_outcome_links_the_summary_to_the_first_outcome(app, cast):
    case = processed(cast)
    response = app.post(_url(case, "/pemberitahuan"), data={}, headers=cast.token("unit_admin"))
    assert response.status_code == 400
    assert 'href="#ppid-kirim_pemberitahuan-outcome"' in response.body
    assert 'id="ppid-kirim_pemberitahuan-outcome"' in response.body


def test_the_other_handling_forms_share_the_summary(app, cast):
    case = processed(cast)
    response = app.post(_url(case, "/perpanjang"), data={"reasons": ""}, headers=cast.token("unit_admin"))
    assert response.status_code == 400
    body = response.body
    assert body.index("data-ppid-error-summary") < body.index("<h1>")
    assert 'href="#ppid-perpanjang-reasons"' in body
    assert 'id="ppid-perpanjang-reasons-error"' in body


def _offered(body: str) -> set[str]:
    group = _group(body, "ditolak_dikecualikan")
    start = group.index('name="ditolak_dikecualikan-register_items"')
    return set(re.findall(r'<option value="([^"]+)"', group[start : group.index("</select>", start)]))


def test_the_exempted_items_are_chosen_from_the_unit_s_register(app, cast):
    exempted = exempted_item(cast)
    open_one = register_item(cast, "profil-dinkes")
    ended = register_item(cast, "rekam-lama", **{**EXEMPTED, "status_pengecualian": "berakhir"})
    other = register_item(cast, "rute-rahasia", owner_org=cast.other_unit["id"], private=True, **EXEMPTED)
    case = processed(cast)
    body = app.get(_url(case), headers=cast.token("unit_admin")).body
    offered = _offered(body)
    assert exempted["id"] in offered
    assert not offered & {open_one["id"], ended["id"], other["id"]}
    assert "Rekam Medis Pasien (17.h.2, 188/12/PPID/2025)" in body
    assert "data-ppid-item-picker" in body and "/api/3/action/package_search" in body

    form = as_form({**REFUSED, "register_items": exempted["id"]})
    response = app.post(
        _url(case, "/pemberitahuan"), data=form, headers=cast.token("unit_admin"), follow_redirects=False
    )
    assert response.status_code == 302, response.body[:3000]
    assert row(case).notice["register_items"] == [exempted["id"]]
    assert "Rekam Medis Pasien" in app.get(_url(case), headers=cast.token("unit_admin")).body


def test_an_item_the_staff_may_not_see_is_refused_as_unknown(app, cast):
    other = register_item(cast, "rute-rahasia", owner_org=cast.other_unit["id"], private=True, **EXEMPTED)
    case = processed(cast)
    form = as_form({**REFUSED, "register_items": other["id"]})
    response = app.post(_url(case, "/pemberitahuan"), data=form, headers=cast.token("unit_admin"))
    assert response.status_code == 400
    assert 'id="ppid-kirim_pemberitahuan-ditolak_dikecualikan-register_items-error"' in response.body
    assert other["name"] in response.body
    assert "Rute Rahasia" not in response.body
    assert row(case).status == "diproses"


def test_the_search_the_picker_uses_finds_only_what_the_staff_may_see(app, cast):
    exempted = exempted_item(cast)
    private = register_item(cast, "rekam-internal", private=True, **EXEMPTED)
    case = processed(cast)
    body = app.get(_url(case), headers=cast.token("unit_admin")).body
    fq = re.search(r'data-filter="([^"]+)"', body).group(1).replace("&#34;", '"').replace("&quot;", '"')

    def found(who: str) -> set[str]:
        answer = app.get(
            "/api/3/action/package_search",
            query_string={"q": "rekam", "fq": fq, "include_private": "true", "fl": "id,title"},
            headers=cast.token(who),
        ).json["result"]
        return {item["id"] for item in answer["results"]}

    assert found("unit_admin") == {exempted["id"], private["id"]}
    # The exempted register's entries are public (their files are not); a private one is the unit's own.
    assert found("other_unit_editor") == {exempted["id"]}
    assert private["id"] in _offered(body)


# ------------------------------------------------------------------------------ letters without a reload


def _reads(case_id: str) -> int:
    query = sa.select(sa.func.count()).where(audit_event.c.object_id == case_id)
    with model.ensure_engine().connect() as connection:
        return connection.execute(query).scalar()


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("applicant", 200),
        ("unit_admin", 200),
        ("unit_officer", 200),
        ("utama_admin", 200),
        ("sysadmin", 200),
        ("atasan", 403),
        ("assessor", 403),
        ("other_applicant", 403),
        ("other_unit_editor", 403),
        ("unit_head", 403),
        ("anonymous", 403),
    ],
)
def test_the_letters_status_answers_those_who_may_download_them(app, cast, who, status):
    case = processed(cast)
    response = app.get(_url(case, "/surat.json"), headers=cast.token(who))
    assert response.status_code == status
    if status == 200:
        assert response.json == {"receipt": False, "notice": None, "extension": None}
        assert response.headers["Cache-Control"] == "private, no-store"


def test_the_letters_status_says_nothing_personal_and_records_nothing(app, cast, job_worker):
    case = processed(cast)
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    before = _reads(case["id"])
    headers = cast.token("applicant")
    first = app.get(_url(case, "/surat.json"), headers=headers)
    assert first.json == {"receipt": False, "notice": False, "extension": None}
    job_worker()
    answers = [app.get(_url(case, "/surat.json"), headers=headers) for _ in range(5)]
    assert answers[-1].json == {"receipt": True, "notice": True, "extension": None}
    assert _reads(case["id"]) == before  # polling floods nothing into the audit log
    text = answers[-1].get_data(as_text=True)
    assert cast.applicant["name"] not in text and "Siti" not in text


@pytest.mark.parametrize("bad", ["0", "x" * 300, "%00", "..%2f..", "'; drop table", "😀"])
def test_the_letters_status_of_no_request_is_refused_without_an_error(app, cast, bad):
    response = app.get(f"/ppid/permohonan/{bad}/surat.json", headers=cast.token("unit_admin"))
    assert response.status_code in (400, 404)


def test_a_letter_being_built_is_waited_for_on_the_page(app, cast):
    case = processed(cast)
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    body = app.get(_url(case), headers=cast.token("unit_admin")).body
    status = _url(case, "/surat.json")
    assert f'data-ppid-letter="receipt" data-status-url="{status}"' in body
    assert f'data-ppid-letter="notice" data-status-url="{status}"' in body
    assert f'data-href="{_url(case, "/pemberitahuan.pdf")}"' in body


def test_the_objection_decision_letter_is_waited_for_the_same_way(app, cast, job_worker):
    case = filed_ago(cast, 15)
    objection = objected(cast, case, C)
    status = f"/ppid/keberatan/{objection['id']}/surat.json"
    applicant = cast.token("applicant")
    assert app.get(status, headers=applicant).json == {"decision": None}
    decided(cast, objection)
    assert app.get(status, headers=applicant).json == {"decision": False}
    page = app.get(f"/ppid/keberatan/{objection['id']}", headers=applicant).body
    assert f'data-ppid-letter="decision" data-status-url="{status}"' in page
    before = _reads(case["id"])
    job_worker()
    assert app.get(status, headers=applicant).json == {"decision": True}
    assert _reads(case["id"]) == before
    for who in ("other_applicant", "assessor", "anonymous"):
        assert app.get(status, headers=cast.token(who)).status_code == 403
    assert app.get("/ppid/keberatan/nope/surat.json", headers=applicant).status_code == 404
