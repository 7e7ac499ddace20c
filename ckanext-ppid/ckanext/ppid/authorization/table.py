"""The authorization table: for each permission, which personas hold it (pure data, no CKAN).

A persona is what a user is to the object in question (the unit that owns a dataset, the request a page is
about): :mod:`ckanext.ppid.authorization.personas` finds them. A user may be several at once (an officer of
the PPID Utama who also filed a request is ``utama_editor`` and ``applicant`` on it). A permission is held
when one of the user's personas holds it and none of them is refused it outright (``NEVER``: the Komisi
Informasi assessor never reads withheld files, personal data or the audit log, whatever unit role they may
also have been given). Some cells hold only under a condition on the object (the Atasan PPID reads an
applicant's personal data only once the request has an objection for them to decide).

docs/authorization.md is rendered from this module (``ckan ppid authorization``) and a test keeps the two
in step; tests/security/test_role_matrix.py walks every route and action as every persona against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum


class Persona(str, Enum):
    """What a user is to an object (for pages about no object: what they are anywhere)."""

    ANONYMOUS = "anonymous"
    # Anyone logged in; every logged-in user is a citizen first.
    CITIZEN = "citizen"
    # The person who filed the request in question (or for whom staff recorded it, with an account).
    APPLICANT = "applicant"
    # The staff member who staged an import or a batch of documents (each sees only their own batches).
    UPLOADER = "uploader"
    # The unit's organization admin (its PPID Pelaksana); also an admin of a unit above it, except the Utama.
    UNIT_ADMIN = "unit_admin"
    # The unit's organization editor (a service officer, petugas layanan).
    UNIT_EDITOR = "unit_editor"
    # A plain organization member of the unit (a head of unit): no PPID role.
    UNIT_MEMBER = "unit_member"
    # An admin or editor of some other unit.
    OTHER_UNIT_STAFF = "other_unit_staff"
    # An admin of the PPID Utama (coordinates every unit).
    UTAMA_ADMIN = "utama_admin"
    # An editor of the PPID Utama (a service officer of the PPID Utama).
    UTAMA_EDITOR = "utama_editor"
    # Holder of the Atasan PPID role (decides objections, UU 14/2008 Ps 35-36).
    ATASAN = "atasan"
    # Holder of the Komisi Informasi assessor role (monev, read only).
    ASSESSOR = "assessor"
    SYSADMIN = "sysadmin"


PERSONAS = tuple(Persona)


class Cell(str, Enum):
    YES = "yes"
    # Refused whatever else the user is.
    NEVER = "never"


@dataclass(frozen=True)
class Condition:
    """Held only when ``fact`` is true of the object; ``label`` says so in the manual."""

    fact: str
    label: str


YES, NEVER = Cell.YES, Cell.NEVER
CASE_HAS_OBJECTION = "case_has_objection"
ONCE_OBJECTED = Condition(CASE_HAS_OBJECTION, "once the request has an objection")


@dataclass(frozen=True)
class Rule:
    """One permission: its name, what it covers and why, and who holds it."""

    name: str
    covers: str
    why: str
    who: Mapping[Persona, Cell | Condition] = field(default_factory=dict)


P = Persona
EVERYONE = {P.ANONYMOUS: YES, P.CITIZEN: YES}
STAFF = {P.UNIT_ADMIN: YES, P.UNIT_EDITOR: YES, P.UTAMA_ADMIN: YES, P.UTAMA_EDITOR: YES, P.SYSADMIN: YES}
UNIT_ADMINS = {P.UNIT_ADMIN: YES, P.UTAMA_ADMIN: YES, P.SYSADMIN: YES}
UTAMA = {P.UTAMA_ADMIN: YES, P.UTAMA_EDITOR: YES, P.SYSADMIN: YES}
# The assessor reviews the PPID's work; personal data and withheld files are not part of it.
NOT_ASSESSOR = {P.ASSESSOR: NEVER}

RULES: tuple[Rule, ...] = (
    Rule(
        "public.read",
        "Public pages and data: datasets and register items (without withheld files), the DIP and the "
        "exempted register's decisions, budgets, the anonymised request and objection registers, statistics, "
        "the calendar and deadline calculator, search, feeds, DCAT, the Data API on public resources",
        "UU 14/2008 Ps 9-11: public information is published for everyone",
        EVERYONE,
    ),
    Rule(
        "account.own",
        "One's own account: profile, password, API tokens, dashboard, follows, 'my requests'",
        "Any logged-in person",
        {P.CITIZEN: YES},
    ),
    Rule(
        "request.file",
        "File an information request on the web",
        "UU 14/2008 Ps 22: every applicant may request information; with an account, or without one (then "
        "confirmed by e-mail, for everyone: requests.filing.guest)",
        {P.CITIZEN: YES},
    ),
    Rule(
        "dataset.read_private",
        "A unit's private datasets and budgets",
        "CKAN's organization roles: the unit's members, and the PPID Utama's staff through the role cascade",
        {P.UNIT_MEMBER: YES, **STAFF},
    ),
    Rule(
        "register.read_private",
        "A unit's private register items (metadata, never withheld files)",
        "The Atasan PPID and the assessor review the whole register (Perki 1/2021, monev)",
        {P.UNIT_MEMBER: YES, **STAFF, P.ATASAN: YES, P.ASSESSOR: YES},
    ),
    Rule(
        "register.withheld_files",
        "The documents of exempted information (files, downloads, DataStore, views, search, activity)",
        "UU 14/2008 Ps 17 and 54: only the staff who handle the documents; never a plain member, the Atasan "
        "PPID or the assessor",
        {**STAFF, **NOT_ASSESSOR},
    ),
    Rule(
        "dataset.edit",
        "Create, edit and delete a unit's datasets, register items, budgets and documents; imports",
        "CKAN's organization roles: the unit's admins and editors, the PPID Utama's by the cascade",
        STAFF,
    ),
    Rule(
        "batch.own",
        "A register spreadsheet or a batch of documents staged for import, before it is committed",
        "Only who uploaded it: staged files are not yet part of the register",
        {P.UPLOADER: YES},
    ),
    Rule(
        "unit.manage",
        "Edit a unit's details and its members",
        "CKAN's organization admins; the PPID Utama's admins by the cascade",
        UNIT_ADMINS,
    ),
    Rule(
        "unit.structure",
        "Create and delete units; change a unit's type (PPID Utama, OPD, kecamatan ...) or parent unit",
        "A unit's type and parent decide who acts on every unit (the PPID Utama's staff act on all)",
        {P.UTAMA_ADMIN: YES, P.SYSADMIN: YES},
    ),
    Rule(
        "users.list",
        "The list of users and other users' details (never e-mail addresses)",
        "UU 27/2022: applicants' names are personal data; unit admins pick users to add as staff",
        UNIT_ADMINS,
    ),
    Rule(
        "request.record",
        "Record a request that came in person, by letter, e-mail, telephone or SP4N-LAPOR!; the work queue",
        "The staff of the unit it is for and the PPID Utama's (Perki 1/2021 Ps 32)",
        STAFF,
    ),
    Rule(
        "request.read",
        "A request's page and history (not the applicant's personal data)",
        "The parties, the handling staff, and those who review the PPID's work",
        {P.APPLICANT: YES, **STAFF, P.ATASAN: YES, P.ASSESSOR: YES},
    ),
    Rule(
        "request.personal_data",
        "The applicant's NIK, address, telephone, e-mail, identity document, receipt, letters naming them",
        "UU 27/2022 Ps 4: only the applicant and the staff handling the request; the Atasan PPID once "
        "there is an objection to decide",
        {P.APPLICANT: YES, **STAFF, P.ATASAN: ONCE_OBJECTED, **NOT_ASSESSOR},
    ),
    Rule(
        "request.messages",
        "The messages the portal sent about a request: the applicant's own, and for the staff every one",
        "The parties to it; the Atasan PPID and the assessor review the case without its correspondence",
        {P.APPLICANT: YES, **STAFF, **NOT_ASSESSOR},
    ),
    Rule(
        "request.handle",
        "Verify, process, forward, extend, send the written notice, refer, deliver, close a request",
        "The staff of the units it is routed to and the PPID Utama's; the state machine decides which of "
        "them takes each step",
        STAFF,
    ),
    Rule(
        "request.withdraw",
        "Withdraw a request",
        "The applicant, or the staff recording a withdrawal that came to the desk",
        {P.APPLICANT: YES, **STAFF},
    ),
    Rule(
        "queue.read",
        "The work queue: the requests of one's units, and for the Atasan PPID the objections to decide",
        "Staff work their units' requests; the Atasan PPID decides objections",
        {**STAFF, P.ATASAN: YES},
    ),
    Rule(
        "outbox.manage",
        "The notification outbox: messages pending and failed, with their addresses, and retrying them",
        "It holds applicants' addresses: the PPID Utama's officers, never the assessor",
        {**UTAMA, **NOT_ASSESSOR},
    ),
    Rule(
        "objection.file",
        "File an objection to a request's answer",
        "UU 14/2008 Ps 35: the applicant; the desk staff record one that came on paper",
        {P.APPLICANT: YES, **STAFF},
    ),
    Rule(
        "objection.act",
        "Record the decision's receipt, withdraw or accept an objection; record a dispute and its stages",
        "Those acting on the request; the state machine decides which of them takes each step",
        {P.APPLICANT: YES, **STAFF, P.ATASAN: ONCE_OBJECTED},
    ),
    Rule(
        "objection.decide",
        "Decide an objection and sign the decision letter",
        "UU 14/2008 Ps 36: the Atasan PPID alone (the action refuses sysadmins too)",
        {P.ATASAN: YES},
    ),
    Rule(
        "objection.queue",
        "The objections awaiting a decision",
        "The Atasan PPID decides them; the PPID Utama follows them",
        {P.ATASAN: YES, **UTAMA},
    ),
    Rule(
        "calendar.keep",
        "Declare and revoke days off (cuti bersama, local holidays) in the working-day calendar",
        "The calendar moves every legal deadline: the PPID Utama's administrators",
        {P.UTAMA_ADMIN: YES, P.SYSADMIN: YES},
    ),
    Rule(
        "audit.read",
        "The audit log",
        "It records reads of personal data: the PPID Utama's officers, never the assessor",
        {**UTAMA, **NOT_ASSESSOR},
    ),
    Rule(
        "site.admin",
        "Site administration: configuration, trash, jobs, vocabularies, users' accounts, PPID roles, groups",
        "CKAN's sysadmins",
        {P.SYSADMIN: YES},
    ),
)

BY_NAME: Mapping[str, Rule] = {rule.name: rule for rule in RULES}


def permits(rule: str, personas: Iterable[Persona], facts: Iterable[str] = ()) -> bool:
    """Whether a user who is ``personas`` to an object of which ``facts`` are true holds ``rule``."""
    who = BY_NAME[rule].who
    held = set(personas)
    true = set(facts)
    if any(who.get(persona) is NEVER for persona in held):
        return False
    for persona in held:
        cell = who.get(persona)
        if cell is YES or (isinstance(cell, Condition) and cell.fact in true):
            return True
    return False
