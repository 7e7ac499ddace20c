"""Retention (``ckan ppid requests anonymise``): closed cases lose the applicant's personal data.

UU 27/2022 Ps 16(2)(g), 42-44: personal data is deleted or anonymised once the purpose is achieved and the
retention period has passed. The law sets no period for request files; it defers to the body's archive
retention schedule (JRA; docs/personal-data.md, Retention). ``ckanext.ppid.requests.retention_days`` defaults
to 1825 days (5 years), an assumption to align with the body's JRA.

A case qualifies when the request closed, each of its objections became final and each dispute finished,
all longer ago than the retention period. Then:

* the applicant row keeps a fixed label for the name; NIK, address, phone, e-mail, legal-entity decree,
  proxy and the link to the applicant's account are cleared; the identity document is deleted;
* the applicant's own words in objections (the statement, also in the history's parameters) are cleared, and
  the account links of what the applicant filed;
* the receipt, the written and extension notices and the Atasan's decision letters name the applicant: they
  are deleted and built again by their jobs from the anonymised case, so the case keeps its letters;
* notices the outbox sent to the applicant keep what was sent and when, not to whom.

The case itself (number, unit, dates, status, outcome, history) stays for the register and the statistics,
``anonymised_at`` is set, and one audit event per case records it. A run is one transaction: any failure
rolls everything back. Files are deleted only after the commit, so a failed run deletes nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import model

from ckanext.ppid.audit import log as audit_log
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.notifications.model import FAILED, PENDING, Notification
from ckanext.ppid.requests import private_files, transitions
from ckanext.ppid.requests.core import states
from ckanext.ppid.requests.filing import identity_documents
from ckanext.ppid.requests.filing import receipt as request_receipt
from ckanext.ppid.requests.letters import issue
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest, RequestApplicant
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.requests.objections import decision_letter
from ckanext.ppid.shell import settings

log = logging.getLogger(__name__)

# What the applicant's name becomes; stored, so it is the body's language, not the reader's.
ANONYMISED_NAME = "(dianonimkan)"
CLEARED = ("nik", "phone", "email", "legal_entity_decree", "proxy_name", "identity_document_type")
APPLICANT = law_requests.APPLICANT.code


def _final(statuses: tuple[states.Status, ...]) -> list[str]:
    return [entry.code for entry in statuses if entry.final]


@dataclass
class Report:
    """What a run did: a line per case and a summary, and the files it could not delete."""

    lines: list[str] = field(default_factory=list)
    # Private files that stayed on disk after the commit ("kind/name"); the audit events list them too.
    failed_files: list[str] = field(default_factory=list)


@dataclass
class _Anonymised:
    """One case done: the files to delete after the commit and the documents to build again."""

    case: InformationRequest
    files: list[tuple[str, str]] = field(default_factory=list)
    letters: list[str] = field(default_factory=list)
    decisions: list[Objection] = field(default_factory=list)
    receipt: bool = False


def closed_before(cutoff: dt.datetime) -> sa.orm.Query:
    """Cases not yet anonymised, closed before ``cutoff``, every objection and dispute final by then."""
    open_objection = sa.exists().where(
        Objection.request_id == InformationRequest.id,
        Objection.status.notin_(_final(states.OBJECTION_STATUSES)),
    )
    open_dispute = sa.exists().where(
        Dispute.request_id == InformationRequest.id,
        Dispute.status.notin_(_final(states.DISPUTE_STATUSES)),
    )
    # The request's history ends with its closing; its objections and disputes may move on after it.
    recent = sa.exists().where(
        RequestEvent.request_id == InformationRequest.id,
        RequestEvent.machine != transitions.REQUEST,
        RequestEvent.occurred_at >= cutoff,
    )
    return (
        model.Session.query(InformationRequest)
        .filter(
            InformationRequest.anonymised_at.is_(None),
            InformationRequest.status.in_(_final(states.REQUEST_STATUSES)),
            InformationRequest.closed_at < cutoff,
            ~open_objection,
            ~open_dispute,
            ~recent,
        )
        .order_by(InformationRequest.received_at, InformationRequest.id)
    )


def _take_file(done: _Anonymised, row: object, column: str, kind: str) -> bool:
    """Unlink the private file named in ``row.column`` (deleted after the commit); whether there was one."""
    name = getattr(row, column)
    if name:
        done.files.append((kind, name))
        setattr(row, column, None)
    return bool(name)


def _applicant_rows(case: InformationRequest) -> None:
    """The outbox's notices to the applicant keep their kind, channel and dates, not the address or name."""
    rows = model.Session.query(Notification).filter(
        Notification.request_id == case.id, Notification.to_applicant.is_(True)
    )
    for row in rows:
        row.recipient = ANONYMISED_NAME
        row.dedupe_key = f"anonymised:{row.id}"
        row.payload = {**(row.payload or {}), "recipient_name": ANONYMISED_NAME}
        if row.status == PENDING:  # nowhere to send it any more; kept, as every row is
            row.status, row.last_error = FAILED, "the applicant's data was anonymised before it was sent"


def _objections(case: InformationRequest, done: _Anonymised) -> None:
    for objection in case.objections:
        objection.statement = ""
        if objection.filer_role == APPLICANT:
            objection.filed_by = None
        if _take_file(done, objection, "decision_file", decision_letter.KIND):
            done.decisions.append(objection)
    for event in model.Session.query(RequestEvent).filter(RequestEvent.request_id == case.id):
        if "statement" in (event.params or {}):
            event.params = {**event.params, "statement": ""}


def anonymise_case(case: InformationRequest, now: dt.datetime, actor: model.User) -> _Anonymised:
    """Remove the applicant's personal data from ``case`` in the current transaction (files: after commit)."""
    done = _Anonymised(case)
    applicant: RequestApplicant | None = case.applicant
    if applicant is not None:
        if applicant.user_id and case.filed_by == applicant.user_id:
            case.filed_by = None
        _take_file(done, applicant, "identity_document", identity_documents.KIND)
        applicant.name, applicant.address, applicant.user_id = ANONYMISED_NAME, "", None
        for column in CLEARED:
            setattr(applicant, column, None)
    done.receipt = _take_file(done, case, "receipt_file", request_receipt.KIND)
    for kind, letter in issue.KINDS.items():
        if _take_file(done, case, letter.file_column, issue.FILE_KIND):
            done.letters.append(kind)
    _objections(case, done)
    _applicant_rows(case)
    case.anonymised_at = now
    audit_log.record(
        "request.personal_data.anonymise",
        "information_request",
        case.id,
        unit=case.current_unit_id,
        details={
            "registration_number": case.registration_number,
            "closed_at": case.closed_at.isoformat(),
            "retention_days": settings.retention_days(),
            "files_deleted": [f"{kind}/{name}" for kind, name in done.files],
        },
        actor=actor,
    )
    return done


def _rebuild(done: _Anonymised) -> None:
    """Queue the jobs that build the case's documents again, now without the applicant's name."""
    if done.receipt:
        request_receipt.enqueue(done.case)
    for kind in done.letters:
        issue.enqueue(done.case, kind)
    for objection in done.decisions:
        decision_letter.enqueue(objection)


def _after_commit(done: _Anonymised, report: Report) -> None:
    """Delete the case's private files and queue its documents again; what fails is reported."""
    line = f"{done.case.registration_number}: closed {done.case.closed_at:%Y-%m-%d}, anonymised"
    deleted = 0
    for kind, name in done.files:
        try:
            private_files.remove(kind, name)
        except OSError as error:
            log.error("Private file %s/%s of %s not deleted: %s", kind, name, done.case.id, error)
            report.failed_files.append(f"{kind}/{name}")
        else:
            deleted += 1
    line += f", {deleted} private file(s) deleted"
    try:
        _rebuild(done)
    except Exception as error:  # the queue is down: the case is anonymised; its documents wait to be rebuilt
        log.error("Documents of %s not queued for rebuilding: %s", done.case.id, error)
        line += f", documents NOT queued for rebuilding ({error})"
    report.lines.append(line)


def run_anonymise(dry_run: bool = False) -> Report:
    """Anonymise every case whose retention period has passed, all or nothing; a dry run only lists them."""
    now = dt.datetime.now(dt.timezone.utc)
    days = settings.retention_days()
    cutoff = now - dt.timedelta(days=days)
    report = Report()
    cases = closed_before(cutoff).with_for_update(of=InformationRequest).all()
    if dry_run:
        report.lines = [f"{case.registration_number}: closed {case.closed_at:%Y-%m-%d}" for case in cases]
        model.Session.rollback()
    else:
        site_user = tk.get_action("get_site_user")({"ignore_auth": True}, {})
        actor = model.User.get(site_user["name"])
        try:
            done = [anonymise_case(case, now, actor) for case in cases]
            model.Session.commit()
        except BaseException:
            model.Session.rollback()
            raise
        for entry in done:
            _after_commit(entry, report)
    verb = "would be anonymised" if dry_run else "anonymised"
    report.lines.append(f"{len(cases)} case(s) closed before {cutoff:%Y-%m-%d} ({days} days) {verb}")
    return report
