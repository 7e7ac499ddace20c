"""CKAN's Solr schema (``ckan/config/solr/schema.xml``, ``ckan-2.12``) as data.

Each field has a kind that decides how a query on it matches, how it sorts and facets:

- ``string``: the whole value, exact and case-sensitive (Solr ``StrField``);
- ``text``: stemmed tokens (Solr ``text``: English there, Indonesian here);
- ``text_general``: lower-cased, unstemmed tokens;
- ``ngram``: substrings of the lower-cased value (``name_ngram``, ``title_ngram``);
- ``date`` and ``int``: typed values for ranges and sorting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STRING = "string"
TEXT = "text"
TEXT_GENERAL = "text_general"
NGRAM = "ngram"
DATE = "date"
INT = "int"

TEXT_KINDS = frozenset({TEXT, TEXT_GENERAL})

# PostgreSQL text search configuration per analysed kind.
TS_CONFIG = {TEXT: "indonesian", TEXT_GENERAL: "simple"}

# Solr's unique key.
UNIQUE_KEY = "index_id"
# Solr's default search field (``df``).
DEFAULT_FIELD = "text"
# The copyField destination that collects every searchable text.
CATCH_ALL = "text"


@dataclass(frozen=True)
class Field:
    """How Solr indexes one field."""

    name: str
    kind: str
    multi_valued: bool = False
    stored: bool = True

    @property
    def analysed(self) -> bool:
        """True if queries match tokens rather than whole values."""
        return self.kind in TEXT_KINDS

    @property
    def sortable(self) -> bool:
        """Solr sorts only on single-valued, unanalysed fields."""
        return not self.multi_valued and self.kind in (STRING, DATE, INT)


def _fields(kind: str, names: str, *, multi_valued: bool = False, stored: bool = True) -> dict[str, Field]:
    return {name: Field(name, kind, multi_valued, stored) for name in names.split()}


FIELDS: dict[str, Field] = {
    **_fields(
        STRING,
        "index_id id site_id entity_type dataset_type state name revision_id version url ckan_url "
        "download_url license license_id organization capacity data_dict validated_data_dict _version_",
    ),
    **_fields(STRING, "title_string", stored=False),
    **_fields(STRING, "tags groups res_format res_url res_type", multi_valued=True),
    **_fields(STRING, "permission_labels", multi_valued=True, stored=False),
    **_fields(TEXT, "title notes"),
    **_fields(TEXT, "text urls", multi_valued=True, stored=False),
    **_fields(
        TEXT,
        "depends_on dependency_of derives_from has_derivation links_to linked_from child_of parent_of",
        multi_valued=True,
        stored=False,
    ),
    **_fields(TEXT_GENERAL, "author author_email maintainer maintainer_email"),
    **_fields(TEXT_GENERAL, "res_name res_description", multi_valued=True),
    **_fields(NGRAM, "title_ngram name_ngram"),
    **_fields(
        INT, "views_total views_recent resources_accessed_total resources_accessed_recent", stored=False
    ),
    **_fields(DATE, "metadata_created metadata_modified indexed_ts"),
}

# Dynamic fields, in Solr's order of precedence (longest pattern first, ``*`` last).
DYNAMIC_FIELDS: tuple[tuple[str, Field], ...] = (
    ("res_extras_", Field("res_extras_*", TEXT, multi_valued=True)),
    ("extras_", Field("extras_*", TEXT)),
    ("vocab_", Field("vocab_*", STRING, multi_valued=True)),
)
DATE_SUFFIX = "_date"
CATCH_ALL_DYNAMIC = Field("*", STRING, stored=False)

# copyField sources of the catch-all ``text`` field, by weight (A: name and title, B: the
# classifications, C: the rest); dynamic sources are matched by prefix.
TEXT_SOURCES = {
    "A": ("name", "title"),
    "B": ("tags", "groups", "organization"),
    "C": (
        "notes",
        "res_name",
        "res_description",
        "maintainer",
        "author",
        "license",
        "url",
        "ckan_url",
        "download_url",
        "res_url",
        "urls",
    ),
}
TEXT_SOURCE_PREFIXES = ("extras_", "res_extras_", "vocab_")
# The weight in the catch-all vector of each analysed field, so a fielded text query can narrow
# with the catch-all's GIN index before checking the field itself.
WEIGHT_OF = {name: weight for weight, names in TEXT_SOURCES.items() for name in names}

# Keys of CKAN's own index document that Solr indexes as ``*`` strings without copying them into
# ``text``. Any other unknown top-level key (a scheming field, a plugin's field) is searchable text.
CORE_KEYS = frozenset(
    {
        "private",
        "type",
        "creator_user_id",
        "owner_org",
        "num_resources",
        "num_tags",
        "isopen",
        "license_title",
        "license_url",
        "metadata_created",
        "metadata_modified",
        "plugin_data",
        "relationships_as_object",
        "relationships_as_subject",
        "state",
    }
)

_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


def is_valid_name(name: str) -> bool:
    """True if ``name`` may be a field name (Solr's field name syntax, with CKAN's extras keys)."""
    return bool(_FIELD_NAME.match(name)) and len(name) <= 200


def field(name: str) -> Field:
    """The definition of ``name``, explicit or dynamic, as Solr would resolve it."""
    if name in FIELDS:
        return FIELDS[name]
    for prefix, definition in DYNAMIC_FIELDS:
        if name.startswith(prefix):
            return Field(name, definition.kind, definition.multi_valued, definition.stored)
    if name.endswith(DATE_SUFFIX):
        return Field(name, DATE)
    return Field(name, CATCH_ALL_DYNAMIC.kind, stored=CATCH_ALL_DYNAMIC.stored)


def text_weight(name: str) -> str | None:
    """The catch-all weight a field's text carries, or None if it is not copied into ``text``."""
    if name in WEIGHT_OF:
        return WEIGHT_OF[name]
    if name.startswith(TEXT_SOURCE_PREFIXES):
        return "C"
    return None
