"""The ``ckan ppid`` commands (registered through ``toolkit.blanket.cli`` on the ``ppid`` plugin).

Other plugins add their groups to :func:`ppid` (``ckan ppid requests`` comes with ``ppid_requests``).
"""

from __future__ import annotations

import datetime as dt

import ckan.plugins.toolkit as tk
import click

from ckanext.ppid.audit.cli import audit
from ckanext.ppid.authorization import manual
from ckanext.ppid.demo.staff import DEFAULT_PASSWORD
from ckanext.ppid.shell.site_context import site_context

# ``toolkit.blanket.cli`` registers the module's ``__all__`` (without it, every local function).
__all__ = ["ppid"]


@click.group(short_help="PPID portal commands")
def ppid() -> None:
    """Commands of the PPID portal (ckanext-ppid)."""


ppid.add_command(audit)


@ppid.command(short_help="Load the demo Pemda (idempotent)")
@click.option(
    "--password",
    envvar="PPID_DEMO_PASSWORD",
    default=DEFAULT_PASSWORD,
    show_default=True,
    help="Password of the staff accounts it creates (env PPID_DEMO_PASSWORD); existing ones keep theirs.",
)
def demo(password: str) -> None:
    """Create a fictional Pemda: its PPID units as organizations, staff with roles, groups and datasets.

    Objects that exist already (by name, in any state) are left as they are, so running it again creates
    nothing twice and undoes no edit.
    """
    from ckanext.ppid.demo.loader import load

    try:
        report = load(password)
    except tk.ValidationError as error:
        raise click.ClickException(f"the demo data was refused: {error.error_summary}") from error
    for line in report.lines(password):
        click.echo(line)


@ppid.command(short_help="Print who may do what (docs/authorization.md)")
@click.option("--write", "path", type=click.Path(dir_okay=False), help="Write the page to this file instead.")
def authorization(path: str | None) -> None:
    """The authorization table, the routes and actions it governs, as the manual's page."""
    page = manual.render()
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(page)
        click.echo(f"wrote {path}")
    else:
        click.echo(page, nl=False)


@ppid.group(short_help="Grant, revoke and list the Atasan PPID and Komisi Informasi assessor roles")
def role() -> None:
    """The roles ckanext-ppid adds to CKAN's organization roles."""


@role.command("grant")
@click.argument("user")
@click.argument("role_name", metavar="ROLE", type=click.Choice(["atasan_ppid", "penilai_komisi_informasi"]))
@click.option("--decree", default="", help="The decree (SK) appointing the person.")
def role_grant(user: str, role_name: str, decree: str) -> None:
    """Give USER the role ROLE."""
    try:
        tk.get_action("ppid_role_grant")(site_context(), {"user": user, "role": role_name, "decree": decree})
    except tk.ValidationError as error:
        raise click.ClickException(error.error_summary) from error
    click.echo(f"{user}: {role_name}")


@role.command("revoke")
@click.argument("user")
@click.argument("role_name", metavar="ROLE", type=click.Choice(["atasan_ppid", "penilai_komisi_informasi"]))
def role_revoke(user: str, role_name: str) -> None:
    """Take the role ROLE from USER."""
    try:
        tk.get_action("ppid_role_revoke")(site_context(), {"user": user, "role": role_name})
    except tk.ValidationError as error:
        raise click.ClickException(error.error_summary) from error
    click.echo(f"{user}: {role_name} revoked")


@role.command("list")
def role_list() -> None:
    """List who holds each role."""
    for assignment in tk.get_action("ppid_role_list")(site_context(), {}):
        click.echo(f"{assignment['role']}\t{assignment['user']}\t{assignment['decree']}")


@ppid.group(short_help="Scheduled work on the information register")
def register() -> None:
    """The information register (DIP and exempted register)."""


@register.command("expire")
@click.option(
    "--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="Run as on this date (default: today)."
)
@click.option("--dry-run", is_flag=True, help="Say what would change, change nothing.")
def register_expire(today: dt.datetime | None, dry_run: bool) -> None:
    """Flag exemptions that end within 30 working days and open those whose period has ended.

    PP 61/2010 Ps 11: the PPID decides at the latest 30 working days before an exemption ends; without a
    decision the information becomes public when the period ends. Run it daily (deploy/ has a timer).
    Each change queues an e-mail to the unit's admins and editors, its PPID contact and the PPID Utama's
    admins, sent by a job worker (ckan jobs worker); a dry run queues nothing.
    """
    from ckanext.ppid.register.expiry_run import run_expiry

    day = today.date() if today else None
    for line in run_expiry(day, dry_run=dry_run):
        click.echo(line)
