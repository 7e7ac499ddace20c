"""docs/authorization.md is the table the code holds."""

from __future__ import annotations

from pathlib import Path

from ckanext.ppid.authorization import manual

PAGE = Path(__file__).resolve().parents[2] / "docs" / "authorization.md"


def test_the_manual_page_is_rendered_from_the_code():
    assert PAGE.read_text(encoding="utf-8") == manual.render(), (
        "run: ckan ppid authorization --write docs/authorization.md"
    )


def test_the_command_prints_the_page(cli, with_plugins):
    from ckanext.ppid.cli import ppid

    result = cli.invoke(ppid, ["authorization"])
    assert result.exit_code == 0, result.output
    assert "| `register.withheld_files` |" in result.output
