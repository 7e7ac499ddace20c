"""Requests at a point of their life for the objection and dispute tests (helpers; people in filing_cast).

The clock of a request runs on real working days, so a request that must be overdue today is filed in the
past: the filing runs with the clock frozen at a moment some working days ago (freezegun), as it happened.
"""

from __future__ import annotations

import datetime as dt
import io
import zoneinfo

from ckan import model
from ckan.tests import helpers
from exemption_fields import EXEMPTED as EXEMPTED_FIELDS
from filing_cast import Cast, as_user, file_on_web
from freezegun import freeze_time
from pypdf import PdfReader

from ckanext.ppid.requests import transitions
from ckanext.ppid.requests.core.states import Notice
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.information_request import InformationRequest

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
C, A = "c_tidak_ditanggapi", "a_penolakan_ps17"
EXEMPTED = {
    **EXEMPTED_FIELDS,
    "type": "informasi-publik",
    "notes": "Rekam medis pasien puskesmas",
    "unit_penguasa": "Kepala Dinas",
    "penanggung_jawab": "Sekretaris Dinas",
    "tahun": 2025,
}
SECRET = "rahasia-rekam-4k2"


def today() -> dt.date:
    return dt.datetime.now(JAKARTA).date()


def working_days_ago(n: int) -> dt.datetime:
    """10:00 in Jakarta on the working day ``n`` working days before today."""
    day = clock_settings().calendar.subtract_working_days(today(), n).due
    return dt.datetime.combine(day, dt.time(10, 0), JAKARTA)


def filed_ago(cast: Cast, n: int) -> dict:
    """A web request by ``warga`` filed ``n`` working days ago."""
    with freeze_time(working_days_ago(n)):
        return file_on_web(cast)


def row(case: dict) -> InformationRequest:
    return model.Session.get(InformationRequest, case["id"])


def exempted_item(cast: Cast) -> dict:
    """An exempted register item of the unit, with a document withheld from the public."""
    site_user = helpers.call_action("get_site_user", {"ignore_auth": True})["name"]
    resources = [{"url": f"https://berkas.example/{SECRET}.pdf", "name": f"Rekam medis {SECRET}"}]
    return helpers.call_action(
        "package_create",
        {"user": site_user},
        name="rekam-medis",
        title="Rekam Medis Pasien",
        owner_org=cast.unit["id"],
        resources=resources,
        **EXEMPTED,
    )


def refused(cast: Cast, case: dict, item: dict, at: dt.datetime | None = None) -> None:
    """The unit refuses the request on exemption, naming the register item, in its written notice."""
    notice = Notice(
        held=True,
        reasons="Informasi rekam medis dikecualikan",
        exemption_grounds=("17.h.2",),
        register_items=(item["id"],),
    )
    admin = model.User.get(cast.unit_admin["name"])
    params = {"outcome": "ditolak_dikecualikan", "notice": notice}
    transitions.on_request(row(case), "kirim_pemberitahuan", admin, "ppid_pelaksana", params, at)
    model.Session.commit()


def objected(cast: Cast, case: dict, ground: str, **changes) -> dict:
    data = {"request_id": case["id"], "grounds": [ground], "statement": "Tidak ada jawaban", **changes}
    return helpers.call_action("ppid_objection_create", as_user(cast.applicant), **data)


def decided(cast: Cast, objection: dict, decision: str = "menguatkan", reasons: str = "Alasan") -> dict:
    data = {"id": objection["id"], "decision": decision, "reasons": reasons}
    return helpers.call_action("ppid_objection_decide", as_user(cast.atasan), **data)


def pdf_text(content: bytes) -> str:
    """The PDF's text with every run of white space made one space (lines wrap wherever the text falls)."""
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())
