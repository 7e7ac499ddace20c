"""What CKAN's own code (and that of activity, datastore, dcat, scheming) expects of the parameters a
caller sends, where it reads them without checking. Pure: no CKAN import.

- API actions, by parameter name: many hand a parameter straight to SQL or to ``int()``/``asbool()``, so an
  id given as a number or a list, ``limit=""``, ``include_datasets=maybe`` or a timestamp of 1e308 ended as
  a server error. The portal's own ``ppid_*`` actions declare schemas and are not judged here.
- Pages, by endpoint: the query keys every page may carry (``page``, the activity stream's ``after`` and
  ``before``) and the form fields some of CKAN's views read without a default (``save``, ``login``...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fnmatch import fnmatchcase
from typing import Any

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem

NOT_TEXT = N_("Give text here, not a number, a list or an object.")
NOT_BOOLEAN = N_("Give true or false.")
NOT_WHOLE_NUMBER = N_("Give a whole number from {lowest} to {highest}.")
NOT_TEXTS = N_("Give a list of texts.")
NOT_OBJECT = N_("Give an object (JSON) here.")
NOT_OBJECT_WITH_ID = N_("Give an object (JSON) with its id here.")
NOT_OBJECTS = N_("Give a list of objects (JSON).")
TOO_LONG = N_("At most {n} characters.")
NOT_CHOICE = N_("Give one of: {allowed}.")
MISSING = "Missing value"  # CKAN's own message, translated in its catalog

# What CKAN's ``asbool`` reads (ckan.common.truthy/falsy); any other text makes it raise.
BOOLEAN_TEXTS = frozenset(("true", "yes", "on", "y", "t", "1", "false", "no", "off", "n", "f", "0"))
# Names and ids are at most 100 characters in CKAN; some are keys of B-tree indexes (at most 8 KB a row).
MAX_TEXT = 1_000
# A search query may be long (many OR-ed terms), not a megabyte.
MAX_QUERY = 20_000
# The largest number PostgreSQL's integer holds: limits, offsets and counts.
MAX_COUNT = 2**31 - 1
# 31 December 9999, the last second Python's datetime holds.
MAX_TIMESTAMP = 253_402_300_799


Check = Callable[[Any], Problem | None]


def text(value: Any) -> Problem | None:
    """A name, an id, a code: text of at most ``MAX_TEXT`` characters (an explicit null is refused too:
    several actions test ``in`` or sort by what they are given)."""
    if not isinstance(value, str):
        return Problem(NOT_TEXT)
    return Problem(TOO_LONG, {"n": MAX_TEXT}) if len(value) > MAX_TEXT else None


def search_text(value: Any) -> Problem | None:
    """A query (``q``, ``fq``): text, longer than a name may be."""
    if not isinstance(value, str):
        return Problem(NOT_TEXT)
    return Problem(TOO_LONG, {"n": MAX_QUERY}) if len(value) > MAX_QUERY else None


def text_or_texts(value: Any) -> Problem | None:
    return text(value) if isinstance(value, str) else texts(value)


def text_or_object(value: Any) -> Problem | None:
    return None if isinstance(value, dict) else search_text(value)


def texts(value: Any) -> Problem | None:
    if isinstance(value, list) and all(isinstance(item, str) and len(item) <= MAX_TEXT for item in value):
        return None
    return Problem(NOT_TEXTS)


def boolean(value: Any) -> Problem | None:
    if isinstance(value, str) and value.strip().lower() not in BOOLEAN_TEXTS:
        return Problem(NOT_BOOLEAN)
    return None


def whole_number(lowest: int, highest: int) -> Check:
    def check(value: Any) -> Problem | None:
        if value is None:
            return None
        number = _number(value, whole=True)
        if number is None or not lowest <= number <= highest:
            return Problem(NOT_WHOLE_NUMBER, {"lowest": lowest, "highest": highest})
        return None

    return check


def timestamp(value: Any) -> Problem | None:
    if value is None:
        return None
    number = _number(value, whole=False)
    if number is None or not 0 <= number <= MAX_TIMESTAMP:
        return Problem(NOT_WHOLE_NUMBER, {"lowest": 0, "highest": MAX_TIMESTAMP})
    return None


def text_or_none(value: Any) -> Problem | None:
    """An optional name: ``owner_org`` may be null (a dataset of no unit)."""
    return None if value is None else text(value)


def choice(*allowed: str) -> Check:
    def check(value: Any) -> Problem | None:
        if value in (None, "") or (isinstance(value, str) and value in allowed):
            return None
        return Problem(NOT_CHOICE, {"allowed": ", ".join(allowed)})

    return check


def json_object(value: Any) -> Problem | None:
    return None if isinstance(value, dict) else Problem(NOT_OBJECT)


def json_object_with_id(value: Any) -> Problem | None:
    return (
        None if isinstance(value, dict) and isinstance(value.get("id"), str) else Problem(NOT_OBJECT_WITH_ID)
    )


def json_objects(value: Any) -> Problem | None:
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return None
    return Problem(NOT_OBJECTS)


def _number(value: Any, whole: bool) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, float) and not whole):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        digits = stripped.removeprefix("-")
        if whole and digits.isdigit() and len(digits) <= 12:
            return int(stripped)
        if not whole and len(stripped) <= 20:
            try:
                return float(stripped)
            except ValueError:
                return None
    return None


count = whole_number(0, MAX_COUNT)


facet_limit = whole_number(-1, MAX_COUNT)  # -1: every value (Solr's convention)


def count_or_empty(value: Any) -> Problem | None:
    """A count, or empty for none (``package_search`` leaves an empty number out, as Solr does)."""
    return None if value == "" else count(value)


def facet_limit_or_empty(value: Any) -> Problem | None:
    return None if value == "" else facet_limit(value)


# CKAN's dataset relationships (ckan.model.PackageRelationship.types): any other type fails an assert.
relationship = choice(
    "depends_on",
    "dependency_of",
    "derives_from",
    "has_derivation",
    "links_to",
    "linked_from",
    "child_of",
    "parent_of",
)

# By parameter name, for every action.
BY_NAME: dict[str, Check] = {
    **dict.fromkeys(
        (
            "id",
            "name",
            "sort",
            "object",
            "subject",
            "capacity",
            "role",
            "username",
            "user",
            "object_type",
            "owner_type",
            "permission",
            "rel",
            "id2",
            "key",
            "type",
            "group_type",
            "diff_type",
            "activity_type",
            "lang_code",
            "term",
            "term_translation",
            "task_type",
            "entity_type",
            "order_by",
            "email",
        ),
        text,
    ),
    **dict.fromkeys(
        (
            "all_fields",
            "am_member",
            "available_only",
            "use_default_schema",
            "expanded",
            "force",
            "defer_commit",
            "with_apitoken",
            "dry_run",
            "plain",
            "or_replace",
            "calculate_record_count",
            "distinct",
            "pin",
        ),
        boolean,
    ),
    **dict.fromkeys(("limit", "offset", "rows", "start", "page", "batch_size", "offset_days", "keep"), count),
    **dict.fromkeys(("after", "before"), timestamp),
    **dict.fromkeys(("q", "fq"), search_text),
    **dict.fromkeys(("terms", "lang_codes", "view_types", "datasets", "groups", "organizations"), texts),
    "owner_org": text_or_none,
    "query": text_or_texts,
}
# Names CKAN reads as booleans by their prefix.
BOOLEAN_PREFIX = "include_"
# Names CKAN reads as ids by their suffix.
ID_SUFFIX = "_id"

# Where one action reads a name otherwise.
BY_ACTION: dict[str, dict[str, Check]] = {
    "package_search": {
        **dict.fromkeys(("start", "rows", "facet.mincount"), count_or_empty),
        "facet.limit": facet_limit_or_empty,
    },
    "datastore_search": {"q": text_or_object, "sort": text_or_texts},
    "tag_search": {"fields": json_object},
    "tag_autocomplete": {"fields": json_object},
    "package_relationship_create": {"type": relationship},
    "package_relationship_update": {"type": relationship},
    "package_relationship_delete": {"type": relationship},
    "package_relationships_list": {"rel": relationship},
    "datastore_search_sql": {"sql": text},
    "task_status_update_many": {"data": json_objects},
    "term_translation_update_many": {"data": json_objects},
    "package_create_default_resource_views": {"package": json_object},
    "resource_create_default_resource_views": {"resource": json_object_with_id, "package": json_object},
    "datastore_create": {"resource": json_object},
}
# Parameters an action reads without a default: missing, its code raised KeyError.
REQUIRED: dict[str, tuple[str, ...]] = {
    "group_autocomplete": ("q",),
    "organization_autocomplete": ("q",),
    "datastore_run_triggers": ("resource_id",),
    "user_invite": ("email", "group_id", "role"),
    "organization_member_create": ("id", "username", "role"),
    "group_member_create": ("id", "username", "role"),
    "task_status_update_many": ("data",),
    "term_translation_update_many": ("data",),
    "package_create_default_resource_views": ("package",),
    "resource_create_default_resource_views": ("resource",),
}


def check_for(action: str, name: str) -> Check | None:
    own = BY_ACTION.get(action, {}).get(name)
    if own:
        return own
    if name in BY_NAME:
        return BY_NAME[name]
    if name.startswith(BOOLEAN_PREFIX):
        return boolean
    if name.endswith(ID_SUFFIX):
        return text
    return None


def problems(action: str, data: Mapping[str, Any]) -> dict[str, Problem]:
    """What is wrong with ``data`` for ``action``, by parameter; empty when CKAN can read it."""
    found: dict[str, Problem] = {}
    for name in REQUIRED.get(action, ()):
        if data.get(name) in (None, ""):
            found[name] = Problem(MISSING)
    for name, value in data.items():
        if name in found:
            continue
        check = check_for(action, name)
        problem = check(value) if check else None
        if problem:
            found[name] = problem
    return found


# -- pages ----------------------------------------------------------------------------------------------
# A form a hostile client sends without the field CKAN's view reads unconditionally (its own forms always
# carry it), by endpoint pattern: a KeyError or an AttributeError before.
FORM_REQUIRED: dict[str, tuple[str, ...]] = {
    "*resource.new": ("save",),
    "*resource.edit": ("save",),
    "admin.config": ("save",),
    "user.login": ("login", "password"),
    "user.edit": ("old_password",),  # read when the e-mail address or the password changes
}
# Form fields CKAN's views read with ``asbool``.
FORM_CHECKS: dict[str, dict[str, Check]] = {"user.sysadmin": {"status": boolean}}
# A form that must name one of its actions by a key with this prefix (the bulk buttons of a unit's page).
FORM_ACTION_PREFIX: dict[str, str] = {"*.bulk_process": "bulk_action."}


def page_query_problems(args: Mapping[str, Any], max_page: int) -> dict[str, Problem]:
    """What is wrong with the query keys every page may read: a page number past ``max_page`` (an offset
    PostgreSQL cannot hold, or a pointless scan), timestamps past year 9999. Text that is no number at all
    is left to the views, which answer it with their own message."""
    found: dict[str, Problem] = {}
    page = args.get("page")
    if isinstance(page, str) and page.strip().isdigit() and not 1 <= _bounded_int(page) <= max_page:
        found["page"] = Problem(NOT_WHOLE_NUMBER, {"lowest": 1, "highest": max_page})
    for name in ("after", "before"):
        value = args.get(name)
        if value not in (None, "") and timestamp(value):
            found[name] = Problem(NOT_WHOLE_NUMBER, {"lowest": 0, "highest": MAX_TIMESTAMP})
    return found


def form_problems(endpoint: str, form: Mapping[str, Any]) -> dict[str, Problem]:
    """What a form posted to ``endpoint`` lacks or holds that CKAN's view cannot read."""
    found: dict[str, Problem] = {}
    for pattern, names in FORM_REQUIRED.items():
        if fnmatchcase(endpoint, pattern):
            found.update({name: Problem(MISSING) for name in names if form.get(name) is None})
    for pattern, checks in FORM_CHECKS.items():
        if fnmatchcase(endpoint, pattern):
            for name, check in checks.items():
                problem = check(form.get(name)) if name in form else None
                if problem:
                    found[name] = problem
    for pattern, prefix in FORM_ACTION_PREFIX.items():
        if fnmatchcase(endpoint, pattern) and not any(str(key).startswith(prefix) for key in form):
            found[prefix.rstrip(".")] = Problem(MISSING)
    return found


def _bounded_int(text: str) -> int:
    digits = text.strip().lstrip("0") or "0"
    return int(digits) if len(digits) <= 12 else 10**12
