"""What the bulk document tests do on the pages: post the forms, follow the preview, read the page."""

from __future__ import annotations

import html
import io
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from ckan.common import config

from ckanext.ppid.register.core.restriction import DATASET_TYPE

DIP_HEADER = ["Judul Informasi", "Ringkasan", "Kategori", "Tahun", "Berkas"]


def log_in(app: Any, user: dict[str, Any] | None) -> None:
    """Later requests of ``app`` carry ``user``'s browser session (None: no session), as after logging in.

    A session rather than an API token: CKAN exempts from CSRF checks, for the rest of the process, every
    view a token request reaches, which would hide a missing CSRF check from the tests.
    """
    with app.client.session_transaction(base_url=config["ckan.site_url"]) as session:
        session.clear()
        if user is not None:
            session["_user_id"] = model.User.get(user["id"]).get_id()


def files_field(documents: dict[str, bytes]) -> list[tuple[io.BytesIO, str]]:
    return [(io.BytesIO(data), name) for name, data in documents.items()]


def post_import(
    app: Any,
    sheet: bytes,
    documents: dict[str, bytes] | None = None,
    archive: bytes | None = None,
    **form: str,
) -> Any:
    """Submit the import form as a browser does; the response is not followed."""
    data: dict[str, Any] = {"file": (io.BytesIO(sheet), "dip.csv"), "owner_org": "dinkes", **form}
    if documents:
        data["documents"] = files_field(documents)
    if archive is not None:
        data["archive"] = (io.BytesIO(archive), "berkas.zip")
    return app.post("/ppid/import/", data=data, content_type="multipart/form-data", follow_redirects=False)


def post_documents(
    app: Any, item: str, documents: dict[str, bytes] | None = None, archive=None, **form: str
) -> Any:
    data: dict[str, Any] = dict(form)
    if documents:
        data["documents"] = files_field(documents)
    if archive is not None:
        data["archive"] = (io.BytesIO(archive), "berkas.zip")
    return app.post(
        f"/ppid/documents/{item}", data=data, content_type="multipart/form-data", follow_redirects=False
    )


def location(response: Any) -> str:
    assert response.status_code in (302, 303), (response.status_code, response.body[:2000])
    return response.headers["Location"].replace("http://test.ckan.net", "")


def text(response: Any) -> str:
    """The page as a person reads it: entities decoded."""
    return html.unescape(response.body)


def shown(app: Any, message: str, locale: str = "id", **params: Any) -> str:
    """``message`` as the portal shows it in ``locale`` (whatever the catalog holds for it)."""
    path = "/" if locale == "id" else f"/{locale}/"
    with app.flask_app.test_request_context(path):
        return tk._(message).format(**params)


def register_items() -> dict[str, model.Package]:
    """Active register items by title."""
    rows = model.Session.query(model.Package).filter_by(type=DATASET_TYPE, state="active")
    return {package.title: package for package in rows}


def uploaded(package: model.Package) -> dict[str, model.Resource]:
    """The item's uploaded documents by name."""
    return {r.name: r for r in package.resources if r.state == "active" and r.url_type == "upload"}
