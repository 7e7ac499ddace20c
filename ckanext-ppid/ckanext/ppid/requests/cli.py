"""The ``ckan ppid requests`` commands: reminders and lapses, sending the outbox, anonymising closed cases.

deploy/systemd runs ``notify`` and ``remind`` daily and ``notify`` every 15 minutes (retries), and
``anonymise`` weekly; ``purge-unconfirmed`` runs daily with ``remind``.
Each command prints a line per case it acted on and a summary; a command that could
not do all its work exits with status 1, so the timer's service shows as failed.
"""

from __future__ import annotations

import datetime as dt

import click

TODAY = click.DateTime(formats=["%Y-%m-%d"])


@click.group(short_help="Scheduled work on information requests")
def requests() -> None:
    """Reminders, escalation, notifications and retention of information requests."""


@requests.command("remind")
@click.option("--today", type=TODAY, help="Run as on this date, YYYY-MM-DD (default: today).")
@click.option("--dry-run", is_flag=True, help="Say what would be sent and recorded; change nothing.")
def remind(today: dt.datetime | None, dry_run: bool) -> None:
    """Remind the units of due dates, escalate overdue cases and record deadlines that passed unanswered.

    For requests awaiting the written notice and objections awaiting the Atasan PPID's decision: a
    reminder within ckanext.ppid.requests.remind_working_days working days of the due date (the unit's
    staff; the Atasan PPID for objections); once overdue, an escalation to the PPID Utama's admins and the
    Atasan PPID, the lapse recorded on the case and the applicant told until when they may object (or go
    to the Komisi Informasi). Each notice is sent once, by a job worker (ckan jobs worker). Run it daily.
    """
    from ckanext.ppid.requests.reminders import Tally, run_reminders

    tally = Tally()
    for line in run_reminders(today.date() if today else None, dry_run, tally):
        click.echo(line)
    if tally.errors:
        raise click.ClickException(f"{tally.errors} case(s) were not handled; see the lines above")


@requests.command("notify")
@click.option("--inline", is_flag=True, help="Send here and now instead of queueing a job per notification.")
def notify(inline: bool) -> None:
    """Queue (or send) the notifications whose next attempt has come: new ones and retries after a failure.

    A notification that fails waits ckanext.ppid.notify.retry_minutes, doubled after each failure, and is
    marked failed after ckanext.ppid.notify.max_attempts attempts. Run it every few minutes.
    """
    from ckanext.ppid.notifications import outbox as notification_outbox

    due = notification_outbox.due_ids()
    if not inline:
        queued = notification_outbox.enqueue(due)
        click.echo(f"{len(due)} notification(s) due, {len(queued)} queued")
        return
    outcomes = {
        notification_id: notification_outbox.send_notification(notification_id) for notification_id in due
    }
    for notification_id, status in outcomes.items():
        click.echo(f"notification {notification_id}: {status or 'skipped (being sent elsewhere)'}")
    sent = sum(status == "sent" for status in outcomes.values())
    click.echo(f"{len(due)} notification(s) due, {sent} sent, {len(due) - sent} not sent")


@requests.command("anonymise")
@click.option("--dry-run", is_flag=True, help="List the cases that would be anonymised; change nothing.")
def anonymise(dry_run: bool) -> None:
    """Remove the applicant's personal data from cases closed longer than the retention period.

    A case qualifies when the request is closed, each of its objections and disputes is final, and nothing
    happened on it for ckanext.ppid.requests.retention_days days. The case itself (number, unit, dates,
    outcome) stays for the register and the statistics. All cases of a run change together or not at all;
    files are deleted only once the change is committed.
    """
    from ckanext.ppid.requests.retention import run_anonymise

    try:
        report = run_anonymise(dry_run=dry_run)
    except Exception as error:  # the run is one transaction: it was rolled back, no file was deleted
        raise click.ClickException(
            f"nothing was anonymised, every change was rolled back: {error}"
        ) from error
    for line in report.lines:
        click.echo(line)
    if report.failed_files:
        raise click.ClickException(
            "anonymised, but these private files could not be deleted: " + ", ".join(report.failed_files)
        )


@requests.command("purge-unconfirmed")
@click.option("--dry-run", is_flag=True, help="List the filings that would be purged; change nothing.")
def purge_unconfirmed(dry_run: bool) -> None:
    """Delete the requests filed without an account whose e-mail confirmation did not come in time
    (ckanext.ppid.requests.guest_confirm_hours), with their identity documents. They never had a
    registration number and no deadline ran for them. Run it daily.
    """
    from ckanext.ppid.requests.filing.guest import purge_expired

    purged = purge_expired(dt.datetime.now(dt.timezone.utc), dry_run=dry_run)
    done = "would be purged" if dry_run else "purged"
    for filing_id in purged:
        click.echo(f"unconfirmed filing {filing_id} {done}")
    click.echo(f"{len(purged)} unconfirmed filing(s) {done}")
