"""Many documents onto one register item at once: reachable from the item, checked, all added or none."""

from __future__ import annotations

import re

import pytest
from bulk_pages import location, log_in, post_documents, shown, text, uploaded
from bulk_samples import EXECUTABLE, pdf, png, zip_of
from ckan import model
from ckan.config.middleware import flask_app
from ckan.lib import files

from ckanext.ppid.register import staging

pytestmark = pytest.mark.usefixtures("with_plugins")

ITEM = "profil-dinkes"
FORM = f"/ppid/documents/{ITEM}"


def item() -> model.Package:
    return model.Package.by_name(ITEM)


@pytest.fixture
def editor(app, cast):
    log_in(app, cast.unit_editor)
    return cast.unit_editor


def test_the_item_page_offers_the_form_to_its_units_editors_only(app, cast):
    log_in(app, cast.unit_editor)
    assert FORM in app.get(f"/informasi-publik/{ITEM}").body
    log_in(app, cast.unit_member)
    assert FORM not in app.get(f"/informasi-publik/{ITEM}").body
    log_in(app, None)
    assert FORM not in app.get(f"/informasi-publik/{ITEM}").body


def test_documents_become_resources_named_from_their_files(app, editor, storage):
    documents = {"SK PPID 2025.pdf": pdf("sk"), "bagan.png": png(), "laporan.pdf": pdf("lap")}
    preview_url = location(post_documents(app, ITEM, documents))
    preview = text(app.get(preview_url))
    assert all(name in preview for name in documents)
    assert item().resources[0].url_type is None and len(uploaded(item())) == 0

    app.post(preview_url, data={"name-0002": "Bagan Organisasi Dinas Kesehatan"})

    assert sorted(uploaded(item())) == ["Bagan Organisasi Dinas Kesehatan", "SK PPID 2025.pdf", "laporan.pdf"]
    assert len(item().resources) == 4  # the link it had is kept
    sk = uploaded(item())["SK PPID 2025.pdf"]
    download = app.get(f"/dataset/{item().id}/resource/{sk.id}/download/{sk.url}")
    assert download.get_data() == pdf("sk")
    assert len(storage.stored_files()) == 3 and storage.batches() == []


def test_documents_in_a_zip(app, editor, storage):
    archive = zip_of({"arsip/peta.png": png(), "arsip/rekap.pdf": pdf()})

    app.post(location(post_documents(app, ITEM, archive=archive)))

    assert sorted(uploaded(item())) == ["peta.png", "rekap.pdf"]


def test_a_refused_file_blocks_the_whole_batch(app, editor, storage):
    preview_url = location(post_documents(app, ITEM, {"baik.pdf": pdf(), "laporan.pdf": EXECUTABLE}))

    page = text(app.get(preview_url))
    assert "application/x-dosexec" in page and "laporan.pdf" in page
    assert shown(app, "Add all {count} documents", count=2) not in page

    app.post(preview_url)
    assert uploaded(item()) == {} and storage.stored_files() == []


def test_a_storage_failure_adds_nothing_and_leaves_no_file(app, editor, storage, monkeypatch):
    resources = files.get_storage("resources")
    real_upload = resources.upload
    calls = []

    def upload_failing_the_third(location, upload, **kwargs):
        calls.append(location)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_upload(location, upload, **kwargs)

    monkeypatch.setattr(resources, "upload", upload_failing_the_third)
    preview_url = location(post_documents(app, ITEM, {"a.pdf": pdf(), "b.pdf": pdf(), "c.pdf": pdf()}))

    refused = app.post(preview_url)

    assert len(calls) == 3
    assert uploaded(item()) == {} and len(item().resources) == 1
    assert storage.stored_files() == []
    assert shown(app, "A document could not be stored.") in text(refused)


@pytest.mark.parametrize("who", ("other_unit_editor", "unit_member", "outsider"))
def test_only_staff_who_may_edit_the_item_may_upload(app, cast, storage, who):
    log_in(app, getattr(cast, who))

    assert app.get(FORM).status_code == 403
    assert post_documents(app, ITEM, {"a.pdf": pdf()}).status_code == 403
    assert storage.batches() == []


def test_anonymous_visitors_are_refused(app, cast, storage):
    assert app.get(FORM).status_code == 403
    assert post_documents(app, ITEM, {"a.pdf": pdf()}).status_code == 403


def test_another_users_batch_cannot_be_committed(app, cast, storage):
    batch = staging.stage(cast.sysadmin["name"], f"item:{cast.open_item['id']}", [], None)
    log_in(app, cast.unit_editor)

    assert app.post(f"{FORM}/{batch.token}").status_code == 404
    assert uploaded(item()) == {}


@pytest.mark.ckan_config("WTF_CSRF_ENABLED", True)
def test_the_form_is_protected_against_cross_site_requests(app, cast, storage, monkeypatch):
    # CKAN 2.12 exempts a view from CSRF checks for the rest of the process once an anonymous or API-token
    # request reaches it (flask_app.ckan_before_request): start from no exemption, as a fresh server does.
    monkeypatch.setattr(flask_app.csrf, "_exempt_views", set())
    log_in(app, cast.unit_editor)
    form = app.get(FORM).body
    token = re.search(r'name="_csrf_token" value="([^"]+)"', form).group(1)

    forged = post_documents(app, ITEM, {"a.pdf": pdf()})
    assert forged.status_code == 400 and storage.batches() == []

    genuine = post_documents(app, ITEM, {"a.pdf": pdf()}, _csrf_token=token)
    assert "/ppid/documents/" in location(genuine) and len(storage.batches()) == 1
