"""``ckan ppid requests anonymise``: cases closed longer than the retention period lose the applicant's
personal data and identity document, keep everything the register and the statistics need; open cases and
recent ones are untouched; a dry run changes nothing; a failure anywhere leaves every case as it was.
"""

from __future__ import annotations

import io
import re

import pytest
import sqlalchemy as sa
from ckan import model
from ckan.cli.cli import ckan
from filing_cast import NIK, png_bytes, upload
from pypdf import PdfReader
from reminder_cases import APPLICANT_EMAIL, at, file_letter, outbox, remind, run, staff, take

from ckanext.ppid.audit import log
from ckanext.ppid.requests import private_files, transitions
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.requests.retention import ANONYMISED_NAME

pytestmark = pytest.mark.usefixtures("with_plugins")

STATEMENT = "Saya Budi Santoso, warga Jl. Melati, belum menerima data"


def _pdf_text(content: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def _get(case_id: str) -> InformationRequest:
    return model.Session.get(InformationRequest, case_id)


def _close(cast, case: InformationRequest, referred: str, closed: str) -> None:
    take(case, "rujuk", cast.unit_admin, "ppid_pelaksana", {"holder": "BPS", "reasons": "Data BPS"}, referred)
    take(_get(case.id), "tutup", cast.unit_admin, "ppid_pelaksana", {}, closed)


def _object(cast, case: InformationRequest, day: str) -> Objection:
    params = {"grounds": ["e_tidak_dipenuhi"], "statement": STATEMENT}
    return take(_get(case.id), "ajukan_keberatan", cast.unit_officer, "petugas_layanan", params, day).opened


@pytest.fixture
def cases(cli, cast, smtp_server, job_worker):
    """Cases of 2019 and of 2026: closed long ago (with a lapse notice, a letter, an objection withdrawn),
    closed long ago but with an objection still open, closed recently, still open."""
    old = file_letter(cast, "2019-03-04 10:00", identity_document=upload(png_bytes(), "ktp.png"))
    job_worker()  # the receipt
    remind(cli, "2019-03-20")  # the notice deadline passed: the applicant was told, by e-mail
    _close(cast, _get(old.id), "2019-03-21", "2019-03-22")
    old = _get(old.id)
    old.notice_number = "001/PPID-D1/III/2019"
    old.notice_file = private_files.store("letter", b"%PDF-1.4 Budi Santoso", "pdf")
    model.Session.commit()

    withdrawn = file_letter(cast, "2019-04-01 10:00", name="Budi Santoso")
    _close(cast, withdrawn, "2019-04-08", "2019-04-09")
    objection = _object(cast, withdrawn, "2019-04-10")
    params = {"reasons": "Surat pencabutan"}
    transitions.on_objection(
        objection, "cabut", staff(cast.unit_officer), "petugas_layanan", params, at("2019-04-11")
    )
    model.Session.commit()

    disputed = file_letter(cast, "2019-05-06 10:00")
    _close(cast, disputed, "2019-05-07", "2019-05-08")
    _object(cast, disputed, "2019-05-09")

    recent = file_letter(cast, "2026-06-12 10:00")
    _close(cast, recent, "2026-06-15", "2026-06-16")
    still_open = file_letter(cast, "2026-11-02 10:00")
    job_worker()
    return {
        "old": old.id,
        "withdrawn": withdrawn.id,
        "disputed": disputed.id,
        "recent": recent.id,
        "open": still_open.id,
    }


def _personal(case_id: str) -> tuple:
    applicant = _get(case_id).applicant
    return (applicant.name, applicant.nik, applicant.address, applicant.phone, applicant.email)


def test_closed_cases_lose_the_applicant_s_data_and_files_and_keep_the_case(cli, cases, job_worker):
    old = _get(cases["old"])
    identity, receipt, letter = old.applicant.identity_document, old.receipt_file, old.notice_file
    kept = {
        key: (
            case.registration_number,
            case.current_unit_id,
            case.status,
            case.outcome,
            case.received_at,
            case.closed_at,
        )
        for key, case in ((key, _get(case_id)) for key, case_id in cases.items())
    }
    untouched = {key: _personal(cases[key]) for key in ("disputed", "recent", "open")}
    events = len(RequestEvent.of_request(cases["old"]))

    output = run(cli, "anonymise")
    job_worker()  # the receipt and the letter, built again

    assert "2 case(s) closed before" in output
    assert old.registration_number in output
    for key in ("old", "withdrawn"):
        case = _get(cases[key])
        applicant = case.applicant
        assert applicant.name == ANONYMISED_NAME
        assert (applicant.nik, applicant.address, applicant.phone, applicant.email) == (None, "", None, None)
        assert (applicant.identity_document, applicant.user_id) == (None, None)
        assert case.anonymised_at is not None
    for key, case_id in cases.items():
        case = _get(case_id)
        assert (
            case.registration_number,
            case.current_unit_id,
            case.status,
            case.outcome,
            case.received_at,
            case.closed_at,
        ) == kept[key]
    for key, personal in untouched.items():
        assert _personal(cases[key]) == personal
        assert _get(cases[key]).anonymised_at is None

    # The identity document is gone; the receipt and the letter were built again, without the name.
    with pytest.raises(FileNotFoundError):
        private_files.read("identity", identity)
    for kind, name in (("receipt", receipt), ("letter", letter)):
        with pytest.raises(FileNotFoundError):
            private_files.read(kind, name)
    old = _get(cases["old"])
    assert old.receipt_file and old.notice_file
    for kind, name in (("receipt", old.receipt_file), ("letter", old.notice_file)):
        text = _pdf_text(private_files.read(kind, name))
        assert ANONYMISED_NAME in text and "Budi" not in text and "Melati" not in text
    # The history stays, without the applicant's words; the outbox keeps what was sent, not to whom.
    assert len(RequestEvent.of_request(cases["old"])) == events
    withdrawn_history = RequestEvent.of_request(cases["withdrawn"])
    assert all(STATEMENT not in str(event.params) for event in withdrawn_history)
    assert model.Session.query(Objection).filter_by(request_id=cases["withdrawn"]).one().statement == ""
    [told] = outbox(kind="lapse_request")
    assert (told.recipient, told.status) == (ANONYMISED_NAME, "sent")
    assert APPLICANT_EMAIL not in told.dedupe_key and "Budi" not in str(told.payload)
    _count, audit = log.search(log.Filters(action="request.personal_data.anonymise"), limit=50)
    assert sorted(event["object_id"] for event in audit) == sorted([cases["old"], cases["withdrawn"]])

    assert "0 case(s)" in run(cli, "anonymise")


def test_a_dry_run_lists_the_cases_and_changes_nothing(cli, cases):
    before = {key: _personal(case_id) for key, case_id in cases.items()}
    identity = _get(cases["old"]).applicant.identity_document

    output = run(cli, "anonymise", "--dry-run")

    assert "2 case(s) closed before" in output and "would be anonymised" in output
    assert _get(cases["old"]).registration_number in output
    assert _get(cases["withdrawn"]).registration_number in output
    assert {key: _personal(case_id) for key, case_id in cases.items()} == before
    assert private_files.read("identity", identity)
    assert all(_get(case_id).anonymised_at is None for case_id in cases.values())


@pytest.fixture
def refusing_applicant_update():
    """Make PostgreSQL refuse any change to one applicant row (a real failure inside the run)."""

    def refuse(request_id: str) -> None:
        model.Session.execute(
            sa.text(
                "CREATE OR REPLACE FUNCTION ppid_test_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;"
                "CREATE TRIGGER ppid_test_refuse BEFORE UPDATE ON ppid_request_applicant FOR EACH ROW "
                f"WHEN (OLD.request_id = '{request_id}') EXECUTE FUNCTION ppid_test_refuse();"
            )
        )
        model.Session.commit()

    yield refuse
    model.Session.remove()
    model.Session.execute(sa.text("DROP FUNCTION IF EXISTS ppid_test_refuse() CASCADE"))
    model.Session.commit()


def test_a_failure_on_one_case_leaves_every_case_and_file_as_it_was(cli, cases, refusing_applicant_update):
    old = _get(cases["old"])
    identity, name = old.applicant.identity_document, old.applicant.name
    refusing_applicant_update(cases["withdrawn"])

    result = cli.invoke(ckan, ["ppid", "requests", "anonymise"])
    model.Session.remove()

    assert result.exit_code == 1
    assert "nothing was anonymised" in result.output
    assert _get(cases["old"]).applicant.name == name == "Budi Santoso"
    assert _get(cases["old"]).applicant.nik == NIK
    assert private_files.read("identity", identity)
    assert all(_get(case_id).anonymised_at is None for case_id in cases.values())
