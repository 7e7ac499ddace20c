"""The ``ckan ppid`` commands (registered through ``toolkit.blanket.cli`` on the ``ppid`` plugin)."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
import click

from ckanext.ppid.demo.loader import DEFAULT_PASSWORD, load

# ``toolkit.blanket.cli`` registers the module's ``__all__`` (without it, every local function).
__all__ = ["ppid"]


@click.group(short_help="PPID portal commands")
def ppid() -> None:
    """Commands of the PPID portal (ckanext-ppid)."""


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
    try:
        report = load(password)
    except tk.ValidationError as error:
        raise click.ClickException(f"the demo data was refused: {error.error_summary}") from error
    for line in report.lines(password):
        click.echo(line)
