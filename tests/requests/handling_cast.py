"""What the request-handling tests share (helpers; the people and units are ``filing_cast``'s).

Register items to refuse on or hand over, a request taken to the point where its notice is due, and the
parameters of a complete written notice for each kind of answer.
"""

from __future__ import annotations

import io
from typing import Any

from ckan import model
from ckan.tests import helpers
from exemption_fields import EXEMPTED
from filing_cast import Cast, as_user, file_on_web
from pypdf import PdfReader

from ckanext.ppid.requests.model.information_request import InformationRequest

GRANTED = {
    "outcome": "dikabulkan_seluruhnya",
    "held": "true",
    "material": "Daftar 12 puskesmas dan jumlah tenaga kesehatan 2025",
    "delivery_method": "email",
    "copy_format": "softcopy",
    "costs": "0",
}
REFUSED = {
    "outcome": "ditolak_dikecualikan",
    "held": True,
    "reasons": "Memuat rekam medis pasien",
    "exemption_grounds": ["17.h.2"],
}


def as_form(notice: dict[str, Any]) -> dict[str, Any]:
    """A notice's parameters as the case page's form sends them: each part in its outcome's group."""
    outcome = notice["outcome"]
    return {"outcome": outcome} | {
        f"{outcome}-{name}": str(value).lower() if isinstance(value, bool) else value
        for name, value in notice.items()
        if name != "outcome"
    }


def register_item(cast: Cast, name: str, **fields: Any) -> dict:
    """A register item of the unit (informasi-publik), open (setiap_saat) unless ``fields`` say otherwise."""
    site_user = helpers.call_action("get_site_user", {"ignore_auth": True})["name"]
    data = {
        "type": "informasi-publik",
        "owner_org": cast.unit["id"],
        "name": name,
        "title": name.replace("-", " ").title(),
        "notes": "Ringkasan informasi",
        "unit_penguasa": "Kepala Dinas",
        "penanggung_jawab": "Sekretaris Dinas",
        "kategori": "setiap_saat",
        "tahun": 2025,
        **fields,
    }
    return helpers.call_action("package_create", {"user": site_user}, **data)


def exempted_item(cast: Cast) -> dict:
    return register_item(cast, "rekam-medis", title="Rekam Medis Pasien", **EXEMPTED)


def open_item(cast: Cast) -> dict:
    return register_item(cast, "profil-dinkes", title="Profil Dinas Kesehatan")


def act(action: str, who: dict, case: dict, **params: Any) -> dict:
    """Call a handling action on ``case`` as ``who``, with auth."""
    return helpers.call_action(action, as_user(who), id=case["id"], **params)


def processed(cast: Cast, **filing: Any) -> dict:
    """A request filed on the web, verified by the service officer and being processed by the unit."""
    case = file_on_web(cast, **filing)
    act("ppid_request_verify", cast.unit_officer, case)
    return act("ppid_request_process", cast.unit_admin, case)


def row(case: dict) -> InformationRequest:
    model.Session.expire_all()
    return model.Session.get(InformationRequest, case["id"])


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with every run of white space made one space (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())
