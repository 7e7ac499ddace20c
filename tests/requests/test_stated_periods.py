"""The periods pages and letters state come from ``law.deadlines``: change one there and the text follows."""

from __future__ import annotations

import dataclasses

import pytest
from ckan import model
from filing_cast import file_on_web

from ckanext.ppid.law import deadlines
from ckanext.ppid.notifications import mail
from ckanext.ppid.requests.filing import receipt
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")


def test_the_form_and_the_receipt_state_the_periods_of_the_deadlines_table(app, cast, monkeypatch):
    for code, amount in (("pemberitahuan_tertulis", 12), ("perpanjangan", 9)):
        changed = dataclasses.replace(deadlines.deadline(code), amount=amount)
        monkeypatch.setitem(deadlines._BY_CODE, code, changed)

    form = app.get("/en/ppid/permohonan/baru", headers=cast.token("applicant")).body
    assert "The PPID answers in writing within 12 working days (UU 14/2008 Article 22)." in form

    case = model.Session.get(InformationRequest, file_on_web(cast)["id"])
    with mail.site_language():
        due_text = receipt.receipt_for(case).due_text
    assert ": 12 hari kerja sejak" in due_text
    assert "paling lama 9 hari kerja, dengan alasan tertulis" in due_text
