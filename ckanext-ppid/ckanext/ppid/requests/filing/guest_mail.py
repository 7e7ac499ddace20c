"""The mails of a filing without an account: the confirmation link, then the registration number and the
receipt code. Sent by a job (``ckan jobs worker``), in the site's language, through CKAN's mailer.

The link and the code are secrets stored only as hashes, so the job carries them as its arguments until it
has run (Redis keeps them no longer); they are in no table and in no log.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan.lib import mailer

from ckanext.ppid.notifications import mail as notice_mail

CONFIRM, FILED = "request_guest_confirm", "request_guest_filed"


def enqueue(template: str, name: str, address: str, values: dict[str, Any]) -> None:
    # The description replaces RQ's default (the call with its arguments) in the worker's log.
    title = f"ppid {template}"
    tk.enqueue_job(send, [template, name, address, values], title=title, rq_kwargs={"description": title})


def send(template: str, name: str, address: str, values: dict[str, Any]) -> None:
    """Job: render ``template`` (``emails/ppid/<template>.txt`` and its ``_subject``) and mail it."""
    with notice_mail.site_language():
        found = {**notice_mail.site_vars(), **values, "recipient_name": name}
        subject = tk.render(f"{notice_mail.TEMPLATES}/{template}_subject.txt", found).strip().splitlines()[0]
        body = tk.render(f"{notice_mail.TEMPLATES}/{template}.txt", found)
    mailer.mail_recipient(name, address, subject, body)
