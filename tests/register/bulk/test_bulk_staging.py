"""Staged documents: each file checked by content and size, unsafe ZIPs refused, old batches gone."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from bulk_samples import EXECUTABLE, pdf, png, zip_of, zip_with_symlink
from pdf_samples import HTML_CALLED_PDF, JAVASCRIPT_ON_OPEN, pypdf_document
from werkzeug.datastructures import FileStorage

from ckanext.ppid.register import archive as document_archive
from ckanext.ppid.register import staging as document_staging
from ckanext.ppid.register.archive import BatchRefused


def upload(name: str, data: bytes) -> FileStorage:
    return FileStorage(io.BytesIO(data), filename=name)


def problems(batch) -> dict[str, str | None]:
    return {staged.path: staged.problem.message if staged.problem else None for staged in batch.files}


def test_files_are_kept_under_names_of_their_own_and_read_back(storage):
    batch = document_staging.stage("dinkes-editor", "import", [upload("Profil Dinas.pdf", pdf("p"))], None)

    assert batch.directory.parent == storage.staging
    assert sorted(path.name for path in batch.directory.iterdir()) == ["0001", "batch.json"]
    again = document_staging.load(batch.token, "dinkes-editor", "import")
    (staged,) = again.files
    assert (staged.name, staged.detected, staged.problem) == ("Profil Dinas.pdf", "application/pdf", None)
    assert again.bytes_of(staged).read_bytes() == pdf("p")


def test_only_the_uploader_and_the_same_form_read_a_batch(storage):
    batch = document_staging.stage("dinkes-editor", "item:1", [upload("a.pdf", pdf())], None)

    assert document_staging.load(batch.token, "dishub-editor", "item:1") is None
    assert document_staging.load(batch.token, "dinkes-editor", "item:2") is None
    assert document_staging.load("../../etc", "dinkes-editor", "item:1") is None


def test_content_decides_not_the_name(storage):
    files = [
        upload("laporan.pdf", EXECUTABLE),
        upload("skrip.sh", b"#!/bin/sh\necho hi\n"),
        upload("kosong.pdf", b""),
        upload("bagan.png", png()),
        upload("sebenarnya-pdf.docx", pdf()),
        upload("halaman.pdf", HTML_CALLED_PDF),
        upload("formulir.pdf", JAVASCRIPT_ON_OPEN),
        upload("dengan-lampiran.pdf", pypdf_document(attachment=b"data")),
    ]

    batch = document_staging.stage("dinkes-editor", "import", files, None)

    assert problems(batch) == {
        "laporan.pdf": document_staging.WRONG_CONTENT,
        "skrip.sh": document_staging.WRONG_TYPE,
        "kosong.pdf": document_staging.EMPTY,
        "bagan.png": None,
        "sebenarnya-pdf.docx": document_staging.WRONG_CONTENT,
        "halaman.pdf": document_staging.NOT_AS_NAMED,
        "formulir.pdf": document_staging.ACTIVE_PDF,
        "dengan-lampiran.pdf": None,  # an annex to a public document is no threat to its readers
    }
    assert batch.files[0].problem.params["detected"] == "application/x-dosexec"


@pytest.mark.ckan_config("ckanext.ppid.documents.max_file_mb", 1)
def test_a_file_over_the_limit_is_a_problem_and_is_not_kept(storage):
    large = pdf() + b"0" * (1024 * 1024)

    batch = document_staging.stage("dinkes-editor", "import", [upload("besar.pdf", large)], None)

    (staged,) = batch.files
    assert staged.problem.message == document_staging.FILE_TOO_LARGE
    assert staged.problem.params == {"file": "besar.pdf", "limit": 1}
    assert not batch.bytes_of(staged).exists()


@pytest.mark.ckan_config("ckanext.ppid.documents.max_files", 2)
def test_too_many_files_refuse_the_batch_and_keep_nothing(storage):
    files = [upload(f"{n}.pdf", pdf()) for n in range(3)]

    with pytest.raises(BatchRefused) as refused:
        document_staging.stage("dinkes-editor", "import", files, None)

    assert refused.value.message == document_archive.TOO_MANY
    assert storage.batches() == []


@pytest.mark.ckan_config("ckanext.ppid.documents.max_batch_mb", 1)
def test_a_batch_over_its_limit_is_refused(storage):
    files = [upload(f"{n}.pdf", pdf() + b"0" * 400_000) for n in range(3)]

    with pytest.raises(BatchRefused) as refused:
        document_staging.stage("dinkes-editor", "import", files, None)

    assert refused.value.message == document_archive.TOO_LARGE
    assert storage.batches() == []


def test_a_zip_is_unpacked_and_its_folders_and_system_files_skipped(storage):
    archive = zip_of(
        {
            "dip/profil.pdf": pdf("z"),
            "dip/bagan.png": png(),
            "__MACOSX/dip/._profil.pdf": b"x",
            ".DS_Store": b"x",
        }
    )

    batch = document_staging.stage("dinkes-editor", "import", [], upload("berkas.zip", archive))

    assert [(staged.name, staged.path) for staged in batch.files] == [
        ("profil.pdf", "dip/profil.pdf"),
        ("bagan.png", "dip/bagan.png"),
    ]
    assert batch.bytes_of(batch.files[0]).read_bytes() == pdf("z")


@pytest.mark.parametrize("path", ("../luar.pdf", "/etc/passwd", "dip/../../luar.pdf", "C:/Windows/luar.pdf"))
def test_a_zip_with_a_path_leaving_the_batch_is_refused(storage, path):
    archive = zip_of({"baik.pdf": pdf(), path: pdf()})

    with pytest.raises(BatchRefused) as refused:
        document_staging.stage("dinkes-editor", "import", [], upload("berkas.zip", archive))

    assert refused.value.message == document_archive.UNSAFE_PATH
    assert storage.batches() == []
    assert not (storage.staging.parent / "luar.pdf").exists()


def test_a_zip_with_a_symbolic_link_is_refused(storage):
    archive = zip_with_symlink("rahasia.pdf", "/etc/shadow")

    with pytest.raises(BatchRefused) as refused:
        document_staging.stage("dinkes-editor", "import", [], upload("berkas.zip", archive))

    assert refused.value.message == document_archive.UNSAFE_PATH


def test_a_zip_bomb_is_refused_before_it_is_unpacked(storage):
    archive = zip_of({"bom.pdf": b"\x00" * (20 * 1024 * 1024)})
    assert len(archive) < 100_000

    with pytest.raises(BatchRefused) as refused:
        document_staging.stage("dinkes-editor", "import", [], upload("berkas.zip", archive))

    assert refused.value.message == document_archive.BOMB
    assert storage.batches() == []


def test_something_that_is_not_a_zip_is_refused(storage):
    with pytest.raises(BatchRefused) as refused:
        document_staging.stage("dinkes-editor", "import", [], upload("berkas.zip", pdf()))

    assert refused.value.message == document_archive.NOT_A_ZIP


def test_a_zip_member_over_the_limit_is_a_problem_of_that_file(storage):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("besar.pdf", pdf() + b"0" * (11 * 1024 * 1024))

    batch = document_staging.stage("dinkes-editor", "import", [], upload("berkas.zip", out.getvalue()))

    (staged,) = batch.files
    assert staged.problem.message == document_staging.FILE_TOO_LARGE
    assert not batch.bytes_of(staged).exists()


def test_stale_batches_are_swept(storage):
    old = document_staging.stage("dinkes-editor", "import", [upload("a.pdf", pdf())], None)
    half_written = storage.staging / ".setengah-jalan-ditulis-0000"
    half_written.mkdir()

    later = time.time() + 25 * 3600
    removed = document_staging.sweep(storage.staging, now=later)

    assert sorted(removed) == sorted([old.token, half_written.name])
    assert storage.batches() == []


def test_a_fresh_batch_survives_a_sweep_and_an_expired_one_is_not_loaded(storage, monkeypatch):
    batch = document_staging.stage("dinkes-editor", "import", [upload("a.pdf", pdf())], None)

    assert document_staging.sweep(storage.staging) == []
    monkeypatch.setattr(time, "time", lambda: batch.created + 25 * 3600)
    assert document_staging.load(batch.token, "dinkes-editor", "import") is None
    assert storage.batches() == []
