"""Uploaded documents wait on disk, under ``ckan.storage_path``, between the preview and the commit.

A batch is a directory ``<ckan.storage_path>/ppid-staging/<token>/`` (CKAN's temporary directory where no
storage path is set; never under the ``storage/`` folder CKAN serves) holding the files under names of its
own (``0001``, ``0002``: never a name the uploader chose) and ``batch.json`` (who uploaded it, for what,
when, and each file's name, size, type read from its content and any problem). A batch is written under a
hidden name and renamed when complete, so a half-written one is never loaded. Batches older than
``ckanext.ppid.documents.staging_hours`` are removed whenever a batch is staged or looked up.

Each file is checked as it is copied: larger than the per-file limit (it is then not kept), a type the
register does not accept or a content that does not match its name
(:func:`ckanext.ppid.shell.uploads.check_upload`: libmagic, the file's signature, JavaScript in a PDF), empty.
Those are problems of the file, shown in the preview. The batch as a whole is refused
(nothing kept) when it holds too many files or bytes, or its ZIP is unsafe (:mod:`register.archive`).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import time
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

import magic
from werkzeug.datastructures import FileStorage

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.register import archive as document_archive
from ckanext.ppid.register.archive import BatchRefused
from ckanext.ppid.register.core.importing.documents import BatchFile, base_name
from ckanext.ppid.shell import settings, uploads

DIRECTORY = "ppid-staging"
METADATA = "batch.json"
TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")
CHUNK = 1024 * 1024
# The name of an uploaded file whose name is only a folder path.
DEFAULT_NAME = "dokumen"
FILE_TOO_LARGE = N_('"{file}" is larger than {limit} MB, the most a document may be.')
EMPTY = N_('"{file}" is empty.')
WRONG_TYPE = N_('"{file}" cannot be attached: files of type {extension} are not accepted. Allowed: {allowed}')
WRONG_CONTENT = N_(
    '"{file}" cannot be attached: its content ({detected}) does not match its name ({extension}).'
)
NOT_AS_NAMED = N_('"{file}" cannot be attached: it does not begin as a {extension} file does.')
ACTIVE_PDF = N_('"{file}" cannot be attached: the PDF contains content a PDF viewer would run ({found}).')
UNCHECKED_PDF = N_('"{file}" cannot be attached: the PDF is packed in a way that cannot be checked.')
# The register's refusal -> the same refusal naming the file.
REFUSALS = {
    uploads.NOT_ALLOWED: WRONG_TYPE,
    uploads.MISMATCH: WRONG_CONTENT,
    uploads.NOT_AS_NAMED: NOT_AS_NAMED,
    uploads.ACTIVE_PDF: ACTIVE_PDF,
    uploads.UNCHECKED_PDF: UNCHECKED_PDF,
}


@dataclass(frozen=True)
class StagedFile:
    """One file of a batch: ``key`` names its bytes in the batch directory, ``name`` is the uploader's."""

    key: str
    name: str
    path: str
    size: int
    detected: str
    problem: Problem | None = None

    def batch_file(self) -> BatchFile:
        return BatchFile(self.key, self.name, self.size, self.problem)


@dataclass
class Batch:
    token: str
    user: str
    purpose: str
    created: float
    files: list[StagedFile]
    directory: Path

    def bytes_of(self, staged: StagedFile) -> Path:
        return self.directory / staged.key

    def file(self, key: str) -> StagedFile | None:
        return next((staged for staged in self.files if staged.key == key), None)

    def batch_files(self) -> list[BatchFile]:
        return [staged.batch_file() for staged in self.files]


def root() -> Path:
    return Path(settings.storage_path()) / DIRECTORY


def stage(user: str, purpose: str, files: Iterable[FileStorage], archive: FileStorage | None) -> Batch:
    """Copy the uploaded files and the ZIP's members into a new batch; raises :class:`BatchRefused`."""
    base = root()
    base.mkdir(parents=True, exist_ok=True)
    sweep(base)
    token = secrets.token_urlsafe(18)
    partial = base / f".{token}"
    partial.mkdir()
    try:
        writer = _Writer(partial)
        for upload in files:
            name = base_name(upload.filename or "") or DEFAULT_NAME
            writer.add(name, name, upload.stream)
        if archive is not None:
            _unpack(writer, archive)
        batch = Batch(token, user, purpose, time.time(), writer.files, base / token)
        (partial / METADATA).write_text(json.dumps(_metadata(batch)))
        partial.rename(batch.directory)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return batch


def _unpack(writer: _Writer, archive: FileStorage) -> None:
    name = base_name(archive.filename or "")
    with document_archive.open_archive(archive.stream, name) as zip_file:
        members = document_archive.members(
            zip_file,
            name,
            max_files=settings.document_max_files() - len(writer.files),
            max_bytes=settings.document_batch_max_bytes() - writer.total,
        )
        try:
            for member in members:
                with zip_file.open(member.info) as stream:
                    writer.add(member.name, member.path, stream)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
            raise BatchRefused(document_archive.NOT_A_ZIP, archive=name) from error


class _Writer:
    """Copies files into a batch directory, checking each file and the batch's totals as it goes."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.files: list[StagedFile] = []
        self.total = 0

    def add(self, name: str, path: str, stream: IO[bytes]) -> None:
        if len(self.files) >= settings.document_max_files():
            raise BatchRefused(document_archive.TOO_MANY, limit=settings.document_max_files())
        key = f"{len(self.files) + 1:04d}"
        limit = settings.document_max_bytes()
        size, head = self._copy(stream, self.directory / key, limit)
        if size > limit:
            os.remove(self.directory / key)
            problem = Problem(FILE_TOO_LARGE, {"file": name, "limit": limit // settings.MB})
            self.files.append(StagedFile(key, name, path, size, "", problem))
            return
        self.total += size
        if self.total > settings.document_batch_max_bytes():
            limit = settings.document_batch_max_bytes() // settings.MB
            raise BatchRefused(document_archive.TOO_LARGE, limit=limit)
        detected = magic.from_buffer(head, mime=True) if head else "application/x-empty"
        problem = content_problem(name, head, self.directory / key)
        self.files.append(StagedFile(key, name, path, size, detected, problem))

    @staticmethod
    def _copy(stream: IO[bytes], target: Path, limit: int) -> tuple[int, bytes]:
        """Copy at most ``limit + 1`` bytes; the size copied and the first bytes (for libmagic)."""
        size, head = 0, b""
        with target.open("wb") as out:
            while size <= limit:
                chunk = stream.read(min(CHUNK, limit + 1 - size))
                if not chunk:
                    break
                if len(head) < uploads.SNIFF_BYTES:
                    head += chunk[: uploads.SNIFF_BYTES - len(head)]
                out.write(chunk)
                size += len(chunk)
        return size, head


def content_problem(name: str, head: bytes, path: Path) -> Problem | None:
    """Why the file at ``path`` (``head`` its first bytes) may not be attached, or None (the register's own
    upload check)."""
    if not head:
        return Problem(EMPTY, {"file": name})
    try:
        with path.open("rb") as stream:
            uploads.check_upload({"upload": FileStorage(stream, filename=name)})
    except uploads.UploadRefused as refused:
        return Problem(REFUSALS[refused.message], {"file": name, **refused.params})
    return None


def _metadata(batch: Batch) -> dict[str, Any]:
    return {
        "user": batch.user,
        "purpose": batch.purpose,
        "created": batch.created,
        "files": [
            {**asdict(staged), "problem": asdict(staged.problem) if staged.problem else None}
            for staged in batch.files
        ],
    }


def load(token: str | None, user: str, purpose: str) -> Batch | None:
    """The batch behind ``token``, if it has not expired and ``user`` staged it for ``purpose``."""
    if not token or not TOKEN.fullmatch(token):
        return None
    base = root()
    sweep(base)
    directory = base / token
    try:
        fields = json.loads((directory / METADATA).read_text())
    except (OSError, ValueError):
        return None
    if fields["user"] != user or fields["purpose"] != purpose:
        return None
    files = [
        StagedFile(**{**entry, "problem": Problem(**entry["problem"]) if entry["problem"] else None})
        for entry in fields["files"]
    ]
    return Batch(token, fields["user"], fields["purpose"], fields["created"], files, directory)


def discard(token: str | None) -> None:
    """Remove a batch (after its commit, or when the officer starts again)."""
    if token and TOKEN.fullmatch(token):
        shutil.rmtree(root() / token, ignore_errors=True)


def sweep(base: Path | None = None, now: float | None = None) -> list[str]:
    """Remove batches (complete or half-written) older than the staging period; their names."""
    base = base or root()
    oldest = (now or time.time()) - settings.document_staging_seconds()
    removed = []
    if not base.is_dir():
        return removed
    for directory in base.iterdir():
        try:
            created = json.loads((directory / METADATA).read_text())["created"]
        except (OSError, ValueError, KeyError):
            created = _modified(directory)
        if created < oldest:
            shutil.rmtree(directory, ignore_errors=True)
            removed.append(directory.name)
    return removed


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()
