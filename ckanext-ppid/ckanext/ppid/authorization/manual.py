"""docs/authorization.md, rendered from the table and the routes and actions it governs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from ckanext.ppid.authorization import actions, routes
from ckanext.ppid.authorization.checks import TARGETS, Check, Entry, Unexercised
from ckanext.ppid.authorization.table import NEVER, PERSONAS, RULES, YES, Condition, Persona

PERSONA_NAMES = {
    Persona.ANONYMOUS: "a visitor who is not logged in",
    Persona.CITIZEN: "anyone logged in (another applicant, any citizen); everyone below is one too",
    Persona.APPLICANT: "the applicant of the request in question",
    Persona.UPLOADER: "the staff member who staged the import in question",
    Persona.UNIT_ADMIN: "an organization admin of the object's unit (its PPID Pelaksana) or of one above it",
    Persona.UNIT_EDITOR: "an organization editor of the object's unit (a service officer)",
    Persona.UNIT_MEMBER: "a plain organization member of the object's unit (a head of unit): no PPID role",
    Persona.OTHER_UNIT_STAFF: "an admin or editor of another unit",
    Persona.UTAMA_ADMIN: "an organization admin of the PPID Utama",
    Persona.UTAMA_EDITOR: "an organization editor of the PPID Utama",
    Persona.ATASAN: "the Atasan PPID (a role a sysadmin grants)",
    Persona.ASSESSOR: "the Komisi Informasi assessor (a role a sysadmin grants)",
    Persona.SYSADMIN: "a CKAN sysadmin",
}

INTRO = """\
# Authorization: who may do what on which object

This page is rendered from the code (`ckanext/ppid/authorization/`) by `ckan ppid authorization`; a test
fails when the two differ, and `tests/security/test_role_matrix.py` walks every route and every action of the
portal, as every persona below, against this table.

A user is one or more **personas** to an object: what they are to the unit that owns it, to the request it
is about, and the roles they hold. A permission is held when one of the user's personas holds it and none is
refused it outright (**never**: the Komisi Informasi assessor never reads withheld files, personal data, the
audit log or the outbox, whatever unit role they may also have been given). On pages about no object in
particular (a list, a form), a user is a unit's admin, editor or member if they are so in any unit.

CKAN's own organization roles carry the unit's staff: admins and editors of a unit act on its objects, and
with `ckan.auth.roles_that_cascade_to_sub_groups = admin editor` the admins and editors of a unit act on the
units below it (every unit sits below the PPID Utama). Plain members only read the unit's private datasets.
"""


def _cell(value: object) -> str:
    if value is YES:
        return "yes"
    if value is NEVER:
        return "**never**"
    if isinstance(value, Condition):
        return value.label
    return ""


def _rule_table() -> list[str]:
    header = "| permission | " + " | ".join(persona.value for persona in PERSONAS) + " |"
    lines = [header, "|" + "---|" * (len(PERSONAS) + 1)]
    for rule in RULES:
        cells = " | ".join(_cell(rule.who.get(persona)) for persona in PERSONAS)
        lines.append(f"| `{rule.name}` | {cells} |")
    return lines


def _governed(mapping: Mapping[str, Entry]) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    """Per rule, the routes or actions it decides (with the kind of object); the unexercised ones."""
    by_rule: dict[str, list[str]] = defaultdict(list)
    unexercised: list[tuple[str, str]] = []
    for name, entry in sorted(mapping.items()):
        for check in entry:
            if isinstance(check, Unexercised):
                unexercised.append((name, check.reason))
            elif isinstance(check, Check):
                by_rule[check.rule].append(f"`{name}` ({check.target})")
                if check.form_rule:
                    by_rule[check.form_rule].append(f"`{name}` ({check.target}, sending the form)")
    return by_rule, unexercised


def _listing(title: str, names: Iterable[str]) -> str:
    listed = ", ".join(names)
    return f"- {title}: {listed}" if listed else f"- {title}: none"


def render() -> str:
    """The whole page, as Markdown."""
    lines = [INTRO, "## Personas", ""]
    lines += [f"- `{persona.value}`: {PERSONA_NAMES[persona]}" for persona in PERSONAS]
    lines += ["", "## The table", "", *_rule_table(), "", "## Why, and what each permission governs", ""]
    route_rules, route_skips = _governed(routes.ROUTES)
    action_rules, action_skips = _governed(actions.ACTIONS)
    for rule in RULES:
        lines += [f"### `{rule.name}`", "", f"{rule.covers}. {rule.why}.", ""]
        lines.append(_listing("Routes (Flask endpoints)", route_rules.get(rule.name, [])))
        lines.append(_listing("Actions", action_rules.get(rule.name, [])))
        lines.append("")
    lines += ["## Objects the checks are made on", ""]
    lines += [f"- `{target}`: {meaning}" for target, meaning in TARGETS.items()]
    lines += ["", "## Served by no one", "", "Walked as everyone all the same (no answer may be a 5xx):", ""]
    lines += [f"- `{name}`: {reason}" for name, reason in [*route_skips, *action_skips]]
    return "\n".join(lines).rstrip() + "\n"
