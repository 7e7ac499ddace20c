"""Files that must never be public: identity documents, receipts, letters and delivered files of requests.

They live under ``<ckan.storage_path>/ppid-private/<kind>/``, beside CKAN's ``storage/`` (which CKAN serves
under ``/uploads``) and never inside it, with random names no one can guess, readable by the portal's
user only. Nothing links to them: an action checks who asks, records the hand-out and names the stored file
(``ppid_request_file_show``, ``ppid_objection_letter_show``), then the request pages read it through
:func:`read`. A name is checked before use, so a crafted name cannot leave the directory.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import Any

from ckanext.ppid.shell import settings

ROOT = "ppid-private"
# identity documents, receipts, written and extension notices (``requests.letters.issue``), and the files
# handed over on granted requests (``requests.handling.deliveries``).
KINDS = ("identity", "receipt", "letter", "delivery")
# What a stored name may end in: the document types ``shell.uploads`` accepts.
EXTENSIONS = (
    "pdf", "jpg", "png", "csv", "txt", "json", "geojson", "xml", "xlsx", "docx", "pptx", "odt", "ods", "xls",
    "doc", "zip",
)  # fmt: skip
_NAME = re.compile(rf"^[A-Za-z0-9_-]{{32,64}}\.({'|'.join(EXTENSIONS)})$")


def _directory(kind: str) -> Path:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of private file {kind!r}")
    directory = Path(settings.storage_path()) / ROOT / kind
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory


def _path(kind: str, name: str) -> Path:
    if not _NAME.fullmatch(name or ""):
        raise FileNotFoundError(name)
    return _directory(kind) / name


def store(kind: str, content: bytes, extension: str) -> str:
    """Write ``content`` under a new random name ending in ``extension`` (one of :data:`EXTENSIONS`)."""
    name = f"{secrets.token_urlsafe(32)}.{extension}"
    path = _path(kind, name)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    return name


def read(kind: str, name: str) -> bytes:
    """The content of a stored file; FileNotFoundError if there is none by that name."""
    return _path(kind, name).read_bytes()


def exists(kind: str, name: str | None) -> bool:
    """Whether a file of ``kind`` is stored under ``name`` (False for no name, or one that is not ours)."""
    try:
        return bool(name) and _path(kind, name).is_file()
    except FileNotFoundError:
        return False


def handed_out(
    kind: str, name: str, content_type: str, download_name: str, attachment: bool = False
) -> dict[str, Any]:
    """What a page needs to send a stored file: where it is (``storage``, ``stored_name``), its type, the name
    it is downloaded under, and whether it is downloaded rather than shown (``attachment``)."""
    return {
        "storage": kind,
        "stored_name": name,
        "content_type": content_type,
        "download_name": download_name,
        "attachment": attachment,
    }


def remove(kind: str, name: str) -> None:
    """Delete a stored file (a filing that failed after storing its document); no error if it is gone."""
    try:
        _path(kind, name).unlink(missing_ok=True)
    except FileNotFoundError:
        return
