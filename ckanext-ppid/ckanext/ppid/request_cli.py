"""The ``ckan ppid requests`` commands (being written)."""

from __future__ import annotations

import click


@click.group(short_help="Scheduled work on information requests")
def requests() -> None:
    """Reminders, escalation, notifications and retention of information requests."""
