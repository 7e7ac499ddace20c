"""How much the portal accepts in one parameter or field: the one table of input limits.

The action schemas (``shell.parameters``), the scheming fields (``ppid_max_length``), the request form and
the register importer read their limits from here, so a limit is changed in one place and the manual's
table of limits matches the code. Pure values: no CKAN import.

A limit is generous for what a person really writes and small enough that nothing pasted by mistake or by
a robot (a file, a megabyte of text) is stored, numbered in a letter or copied into the audit log.
"""

from __future__ import annotations

# Free text, by kind: the most characters a value of that kind may have.
TEXT = {
    # An id (a UUID has 36 characters) or a CKAN name (at most 100, ckan.model.PACKAGE_NAME_MAX_LENGTH).
    "identifier": 100,
    # A code of the law's tables (``ditolak_dikecualikan``), a Pasal 17 ground (``17.h.2``), a status.
    "code": 100,
    # A date or moment written as text: ``2026-06-12T10:00:00+07:00`` has 25 characters.
    "moment": 40,
    # A telephone number or a NIK, with spaces or dashes.
    "phone": 40,
    # An e-mail address (RFC 5321 allows at most 254 characters).
    "email": 254,
    # A file's name as uploaded (most file systems allow 255 bytes).
    "file_name": 255,
    # A person's or a unit's name, a decree's number and date, a holiday's name, a case number.
    "short_text": 200,
    # One line: a title, an address, the public body holding some information, where it is published.
    "line": 500,
    # A paragraph: the reasons for an extension, a withdrawal or a revocation; a purpose; redactions.
    "paragraph": 2_000,
    # A letter's body: the information requested, an objection's statement, a notice's reasons and material.
    "long_text": 5_000,
    # A register item's description or consequence test (about three printed pages), as the importer allows.
    "document_text": 10_000,
}

# How many values one list parameter may hold (Pasal 17 grounds, register items, objection grounds).
LIST_ITEMS = 50
# How many files one delivery may hand over at once (each also limited in size by configuration).
FILES = 20
# How many columns of a budget file a column mapping may name (a SIPD sheet has about 30).
MAPPING_COLUMNS = 200

# Paging: ``limit`` and ``offset`` of the list actions. Lists are read a page at a time; skipping more than
# a million rows is never a person paging, and PostgreSQL would read every skipped row.
LIMIT = (1, 1_000)
OFFSET = (0, 1_000_000)
# A year parameter: four digits. Each action then checks the years it knows (2000-2100 for the calendar).
YEAR = (1000, 9999)
# Costs of a copy in Rupiah (Ps 22(7)(g)): up to a trillion, far above any fee a body charges.
COSTS = (0, 1_000_000_000_000)
