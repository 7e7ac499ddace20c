"""A download's file name carries what the visitor asked for (``?induk=``), never a header of its own nor a
character that reverses how the name reads."""

from __future__ import annotations

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.usefixtures("with_plugins")

HOSTILE_PARENTS = ("2.16.01\r\nSet-Cookie: a=1", "2.16.01\u202egpj.exe", '2.16.01";x="')


@pytest.mark.parametrize("parent", HOSTILE_PARENTS)
@pytest.mark.parametrize("fmt", ("csv", "json"))
def test_the_download_name_is_clean_whatever_the_parent_asked(app, published, parent, fmt):
    response = app.get(f"/anggaran/opd/dinas-kominfo.{fmt}?tingkat=kegiatan&induk={quote(parent)}")
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert not any(char in disposition for char in "\r\n\u202e")
    assert disposition.count('"') in (0, 2)
    assert "Set-Cookie" not in response.headers


def test_a_plain_parent_keeps_its_name(app, published):
    response = app.get("/anggaran/opd/dinas-kominfo.csv?tingkat=kegiatan&induk=2.16.01")
    assert response.headers["Content-Disposition"].startswith('attachment; filename="anggaran-dinas-kominfo-')
    assert "2.16.01.csv" in response.headers["Content-Disposition"]
