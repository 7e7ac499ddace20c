"""Read the listing of a ZIP of documents and refuse the unsafe ones before a byte is unpacked.

Refused whole: a member whose path leaves the archive (``../``, an absolute or drive path) or is a
symbolic link, an encrypted member, more members than a batch may hold, more bytes unpacked than a batch
may hold, and members that unpack to far more than they take up (zip bombs). Folders, and the system
files archivers add (``__MACOSX/``, ``.DS_Store``, ``Thumbs.db``), are skipped. The unpacked size is also
counted while copying (:mod:`ckanext.ppid.register.staging`), so a listing that lies gains nothing.
"""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass
from typing import Any

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Refused
from ckanext.ppid.register.core.importing.documents import base_name

# Documents (PDF, office files, images) compress a few times at most; a text file rarely beyond 20.
MAX_RATIO = 100
# Below this size a high ratio is harmless (a small blank file).
RATIO_FLOOR = 1024 * 1024
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini"})
DRIVE = re.compile(r"^[A-Za-z]:")
UNSAFE_PATH = N_('The ZIP file "{archive}" holds an unsafe path ("{path}"); nothing was uploaded.')
ENCRYPTED = N_('The ZIP file "{archive}" is protected with a password; nothing was uploaded.')
BOMB = N_('"{path}" in the ZIP file "{archive}" unpacks to far more than it takes up; nothing was uploaded.')
NOT_A_ZIP = N_('"{archive}" is not a ZIP file that can be read.')
TOO_MANY = N_("At most {limit} documents can be uploaded at once.")
TOO_LARGE = N_("The documents add up to more than {limit} MB; upload them in several batches.")


class BatchRefused(Refused):
    """The whole upload is refused; ``problem`` says why."""


@dataclass(frozen=True)
class Member:
    """A file in the archive: its entry, its normalised path, and its base name."""

    info: zipfile.ZipInfo
    path: str

    @property
    def name(self) -> str:
        return base_name(self.path)


def open_archive(stream: Any, archive: str) -> zipfile.ZipFile:
    """The ZIP file in ``stream``; :class:`BatchRefused` if it is not one."""
    try:
        return zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise BatchRefused(NOT_A_ZIP, archive=archive) from error


def members(zip_file: zipfile.ZipFile, archive: str, *, max_files: int, max_bytes: int) -> list[Member]:
    """The documents in the archive, checked; raises :class:`BatchRefused` for an unsafe archive."""
    found = []
    for info in zip_file.infolist():
        path = info.filename.replace("\\", "/")
        if info.is_dir() or _is_system_file(path):
            continue
        if _leaves_archive(path) or stat.S_ISLNK(info.external_attr >> 16):
            raise BatchRefused(UNSAFE_PATH, archive=archive, path=path[:120])
        if info.flag_bits & 0x1:
            raise BatchRefused(ENCRYPTED, archive=archive)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BatchRefused(BOMB, archive=archive, path=path[:120])
        found.append(Member(info, path))
    if len(found) > max_files:
        raise BatchRefused(TOO_MANY, limit=max_files)
    if sum(member.info.file_size for member in found) > max_bytes:
        raise BatchRefused(TOO_LARGE, limit=max_bytes // (1024 * 1024))
    return found


def _leaves_archive(path: str) -> bool:
    parts = path.split("/")
    return path.startswith("/") or bool(DRIVE.match(path)) or ".." in parts or "\x00" in path


def _is_system_file(path: str) -> bool:
    parts = path.split("/")
    name = parts[-1]
    return "__MACOSX" in parts or name.startswith(".") or name.lower() in SYSTEM_FILES
