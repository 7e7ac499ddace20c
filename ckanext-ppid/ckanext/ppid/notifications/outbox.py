"""The notification outbox: every message to a person, written with the decision that makes it due, sent
one per job, retried.

Receipts of requests and objections, the mails about letters and decisions, reminders and escalations, the
register's exemption notices: each is a row added in the transaction that makes it due (the filing, the
decision, the lapse recorded on the case, the item's new status), so a crash loses nothing and a rollback
sends nothing. ``dedupe_key`` names the notice (kind, subject, due day or occasion, channel, recipient):
adding it again does nothing, so the scheduler may run as often as it likes. After the commit one job per
row sends it (:func:`send_notification`). A failed attempt is recorded on the row (attempts, last error,
the next attempt after an exponential back-off, ``failed`` after the last attempt) and never touches the
case or another row; ``ckan ppid requests notify`` queues the rows whose next attempt has come, and staff
may retry a row at once (:func:`retry`). A message that no longer applies when its turn comes is
``skipped``. Rows are never deleted: the outbox is the record of what was told to whom.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from sqlalchemy.dialects.postgresql import insert

from ckanext.ppid.notifications import channels
from ckanext.ppid.notifications import kinds as notification_kinds
from ckanext.ppid.notifications.model import FAILED, PENDING, SENT, SKIPPED, Notification
from ckanext.ppid.shell import settings

log = logging.getLogger(__name__)

# A queued row is not queued again by ``notify`` for this long: its job is waiting for a worker.
QUEUED_LEASE = dt.timedelta(hours=1)
ERROR_LENGTH = 1000


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class Outgoing:
    """A notice to add: what it is, about which case, its due day, and to whom by which channel.

    ``payload`` holds what the message says (numbers, dates, the recipient's name) or, for the kinds with a
    composer (``notifications.kinds``), what it needs to find the case; the text is rendered when it is
    sent, in the site's language. ``request_id`` is the request whose case page lists the message,
    ``to_applicant`` marks the applicant's own, and ``occasion`` (a letter's number) makes a notice
    once-only when the due day cannot (two letters of a kind may go out on one day).
    """

    kind: str
    channel: str
    recipient: str
    subject_type: str
    subject_id: str
    due: dt.date
    payload: Mapping[str, Any] = field(default_factory=dict)
    request_id: str | None = None
    to_applicant: bool = False
    occasion: str | None = None

    @property
    def dedupe_key(self) -> str:
        """Once per case, kind, due day (or occasion), channel and recipient."""
        when = self.occasion or self.due.isoformat()
        parts = (self.kind, self.subject_type, self.subject_id, when, self.channel)
        return ":".join((*parts, self.recipient.strip().lower()))


def known(keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` the outbox already holds (a dry run says what would be new)."""
    wanted = list(keys)
    if not wanted:
        return set()
    rows = model.Session.query(Notification.dedupe_key).filter(Notification.dedupe_key.in_(wanted))
    return {key for (key,) in rows}


def add(outgoing: Outgoing) -> int | None:
    """Add the notice in the current transaction; its id, or None when the outbox has it already."""
    statement = (
        insert(Notification)
        .values(
            kind=outgoing.kind,
            channel=outgoing.channel,
            recipient=outgoing.recipient.strip(),
            subject_type=outgoing.subject_type,
            subject_id=outgoing.subject_id,
            dedupe_key=outgoing.dedupe_key,
            payload=dict(outgoing.payload, due=outgoing.due.isoformat()),
            request_id=outgoing.request_id,
            to_applicant=outgoing.to_applicant,
            status=PENDING,
            attempts=0,
            next_attempt_at=_now(),
        )
        .on_conflict_do_nothing(index_elements=[Notification.dedupe_key])
        .returning(Notification.id)
    )
    return model.Session.execute(statement).scalar_one_or_none()


def add_all(outgoing: Iterable[Outgoing]) -> list[int]:
    """Add each notice in the current transaction; the ids of those the outbox did not hold yet."""
    return [new_id for new_id in (add(entry) for entry in outgoing) if new_id is not None]


def enqueue(ids: Iterable[int]) -> list[int]:
    """Queue a job per pending row (after the rows are committed); returns the ids queued.

    The rows are leased first (committed), so a worker that picks a job up at once finds its row free, and
    ``notify`` does not queue it again while it waits. A row whose job cannot be queued (Redis down) is due
    again at once: ``notify`` queues it later.
    """
    ids = list(ids)
    if not ids:
        return []
    rows = (
        model.Session.query(Notification)
        .filter(Notification.id.in_(ids), Notification.status == PENDING)
        .order_by(Notification.id)
        .with_for_update(skip_locked=True)
        .all()
    )
    leased = [(row.id, row.attempts) for row in rows]
    for row in rows:
        row.next_attempt_at = _now() + QUEUED_LEASE
    model.Session.commit()
    queued, unqueued = [], []
    for row_id, attempts in leased:
        try:
            tk.enqueue_job(send_notification, [row_id, attempts], title=f"ppid notification {row_id}")
        except Exception:  # a queue that is down leaves the row for ``notify``; nothing is lost
            log.exception("Notification %s could not be queued; notify will queue it", row_id)
            unqueued.append(row_id)
        else:
            queued.append(row_id)
    if unqueued:
        model.Session.query(Notification).filter(Notification.id.in_(unqueued)).update(
            {Notification.next_attempt_at: _now()}, synchronize_session=False
        )
        model.Session.commit()
    return queued


def due_ids(now: dt.datetime | None = None) -> list[int]:
    """The pending rows whose next attempt has come, oldest first."""
    rows = (
        model.Session.query(Notification.id)
        .filter(Notification.status == PENDING, Notification.next_attempt_at <= (now or _now()))
        .order_by(Notification.next_attempt_at, Notification.id)
    )
    return [row_id for (row_id,) in rows]


def release(request_id: str, kinds: Iterable[str]) -> list[int]:
    """Queue now the request's pending rows of ``kinds`` that were tried already: they waited for something
    (a receipt's or letter's PDF) that has come, so they need not wait for their back-off. The ids queued.
    """
    rows = model.Session.query(Notification.id).filter(
        Notification.request_id == request_id,
        Notification.kind.in_(list(kinds)),
        Notification.status == PENDING,
        Notification.attempts > 0,
    )
    return enqueue(row_id for (row_id,) in rows.order_by(Notification.id))


def retry(notification_id: int) -> Notification | None:
    """Try a pending or failed row again now (staff asked): one more attempt, queued; None if it may not be.

    A failed row gets one attempt: failing again, it is failed again. Sent and skipped rows stay as they are.
    """
    row = (
        model.Session.query(Notification)
        .filter(Notification.id == notification_id)
        .with_for_update()
        .one_or_none()
    )
    if row is None or row.status not in (PENDING, FAILED):
        model.Session.rollback()
        return None
    row.status, row.next_attempt_at = PENDING, _now()
    model.Session.commit()
    enqueue([row.id])
    return row


def retry_delay(attempts: int) -> dt.timedelta:
    """The wait after ``attempts`` failed attempts: the first wait, doubled after each further failure."""
    return dt.timedelta(minutes=settings.notify_retry_minutes() * 2 ** (attempts - 1))


def _failed(row: Notification, error: str, now: dt.datetime) -> None:
    row.attempts += 1
    row.last_error = error[:ERROR_LENGTH]
    if row.attempts >= settings.notify_max_attempts():
        row.status = FAILED
    else:
        row.next_attempt_at = now + retry_delay(row.attempts)


def send_notification(notification_id: int, attempt: int | None = None) -> str | None:
    """Background job (and ``notify --inline``): one attempt to send one row; returns the row's status.

    ``attempt`` is the row's attempt count when the job was queued: a job queued twice for the same attempt
    (by the scheduler and by ``notify``) sends once. The row is locked while it is sent, so two workers never
    send it together. Whatever goes wrong is recorded on the row; the job itself does not fail.
    """
    row = (
        model.Session.query(Notification)
        .filter(Notification.id == notification_id)
        .with_for_update(skip_locked=True)
        .one_or_none()
    )
    if row is None or row.status != PENDING or (attempt is not None and row.attempts != attempt):
        model.Session.rollback()
        return None
    row.last_attempt_at = _now()
    try:
        channels.deliver(row)
    except notification_kinds.Obsolete as reason:
        log.info("Notification %s (%s) skipped: %s", row.id, row.kind, reason)
        row.status, row.last_error = SKIPPED, str(reason)[:ERROR_LENGTH]
    except Exception as error:  # any failure is the row's, recorded; the case is untouched
        log.warning("Notification %s (%s to %s) not sent: %s", row.id, row.kind, row.channel, error)
        _failed(row, f"{type(error).__name__}: {error}", _now())
    else:
        row.attempts += 1
        row.status, row.sent_at, row.last_error = SENT, _now(), None
    status = row.status
    model.Session.commit()
    return status
