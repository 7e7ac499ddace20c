"""How a route or an action is held against the table: on which kind of object, under which rule."""

from __future__ import annotations

from dataclasses import dataclass

# The kinds of object a check is made on (the role x route test builds one of each):
TARGETS = {
    "none": "no object: a list, a form, a search",
    "unit": "a PPID unit (organization)",
    "group": "a CKAN thematic group",
    "public_dataset": "a public dataset of the unit",
    "private_dataset": "a private dataset of the unit",
    "public_item": "a public register item of the unit",
    "private_item": "a private register item of the unit",
    "withheld_item": "an exempted register item of the unit (its decision is public, its files are not)",
    "budget": "a budget dataset of the unit",
    "public_resource": "a document of a public dataset",
    "item_resource": "a document of a public register item",
    "private_resource": "a document of a private dataset",
    "withheld_resource": "a document of an exempted register item",
    "budget_resource": "a budget file of the unit, imported into the DataStore",
    "public_view": "a view of a public document",
    "withheld_view": "a view of a withheld document",
    "public_activity": "an activity of a public dataset",
    "withheld_activity": "an activity of an exempted register item",
    "own_account": "the user's own account",
    "other_account": "someone else's account",
    "case": "an information request of the unit, with an objection and a dispute",
    "answered_case": "an information request of the unit answered with an extension, notice and delivery",
    "objection": "the objection of that request",
    "dispute": "the dispute of that objection",
    "declaration": "a day off declared in the calendar",
    "notification": "a message in the notification outbox (to the applicant of the request)",
    "import_batch": "a register spreadsheet staged for import by the unit's editor",
    "document_batch": "documents staged for a register item by the unit's editor",
}


@dataclass(frozen=True)
class Check:
    """On an object of kind ``target``, the rule ``rule`` of the table decides; a page whose form is for
    fewer people than the page names the rule for sending it in ``form_rule``."""

    target: str
    rule: str
    form_rule: str | None = None

    def rule_for(self, method: str) -> str:
        return self.form_rule if method != "GET" and self.form_rule else self.rule


@dataclass(frozen=True)
class Unexercised:
    """A route or action the portal does not serve in earnest (every caller is refused or it finds nothing);
    the role x route test still calls it as everyone and requires no 5xx."""

    reason: str


Entry = tuple[Check | Unexercised, ...]


def on(target: str, rule: str, form_rule: str | None = None) -> Check:
    return Check(target, rule, form_rule)


def public(target: str = "none") -> Check:
    return Check(target, "public.read")


def own(target: str = "none") -> Check:
    return Check(target, "account.own")


def sysadmin(target: str = "none") -> Check:
    return Check(target, "site.admin")
