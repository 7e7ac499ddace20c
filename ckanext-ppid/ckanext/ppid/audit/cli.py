"""``ckan ppid audit``: check the audit log's chain and list its events (a subgroup of :mod:`cli`)."""

from __future__ import annotations

import json

import ckan.plugins.toolkit as tk
import click

from ckanext.ppid.audit import log as audit_log

PAGE = 1000


@click.group(short_help="Check and list the audit log")
def audit() -> None:
    """The append-only audit log of changes and of reads of withheld documents."""


@audit.command("verify")
def audit_verify() -> None:
    """Recompute every event's hash and check each links to the one before it; exit 1 if one does not.

    Keep the last hash it prints somewhere else (a report, a ticket): a log that was rewritten whole would
    end in another hash.
    """
    check = audit_log.verify()
    if not check.intact:
        raise click.ClickException(
            f"{check.count} events; the chain is broken at event {check.broken_at}: {check.problem}"
        )
    click.echo(f"{check.count} events; the chain is intact; last hash {check.last_hash or '-'}")


@audit.command("list")
@click.option("--since", help="Only events on or after this day (YYYY-MM-DD) or ISO 8601 moment.")
@click.option("--until", help="Only events on or before this day or moment.")
@click.option("--action", help="Only events whose action code is this or starts with it, e.g. register.")
def audit_list(since: str | None, until: str | None, action: str | None) -> None:
    """Print the events, oldest first, one per line: time (UTC), user, action, object, unit, details."""
    site_user = tk.get_action("get_site_user")({"ignore_auth": True}, {})
    query = {"since": since, "until": until, "action": action, "limit": PAGE}
    pages = []
    try:
        while True:
            found = tk.get_action("ppid_audit_list")(
                {"user": site_user["name"], "ignore_auth": True}, dict(query, offset=PAGE * len(pages))
            )
            pages.append(found["results"])
            if PAGE * len(pages) >= found["count"]:
                break
    except tk.ValidationError as error:
        raise click.ClickException(error.error_summary) from error
    for events in reversed(pages):
        for event in reversed(events):
            object_ = f"{event['object_type']}:{event['object_id']}"
            details = json.dumps(event["details"], ensure_ascii=False, sort_keys=True)
            fields = (
                event["occurred_at"],
                event["actor"],
                event["action"],
                object_,
                event["unit"] or "-",
                details,
            )
            click.echo("\t".join(fields))
