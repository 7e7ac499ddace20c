"""Download names built from what a visitor typed cannot write headers, hide an extension or break out of
the quoted name; non-ASCII names arrive intact through ``filename*``."""

from __future__ import annotations

import pytest

from ckanext.ppid.security.download_names import attachment, clean_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("anggaran-dinkes-2026.csv", 'attachment; filename="anggaran-dinkes-2026.csv"'),
        ("anggaran-x\r\nSet-Cookie: a=1.csv", 'attachment; filename="anggaran-x Set-Cookie- a=1.csv"'),
        ('dip-"evil"\\..csv', 'attachment; filename="dip--evil-..csv"'),
        ("../../etc/passwd", 'attachment; filename="etc-passwd"'),
        ("\x00", 'attachment; filename="unduhan"'),
    ],
)
def test_ascii_names(name, expected):
    assert attachment(name) == expected


def test_bidi_overrides_are_removed_so_the_extension_shows_as_it_is():
    value = attachment("laporan-\u202egpj.exe")
    assert "\u202e" not in value
    assert value == 'attachment; filename="laporan-gpj.exe"'


def test_non_ascii_names_get_a_fallback_and_the_exact_name():
    value = attachment("anggaran-Dinas Pendidikan & Kebudayaan – Ruang.csv")
    assert value.startswith('attachment; filename="anggaran-Dinas Pendidikan & Kebudayaan _ Ruang.csv"; ')
    assert value.endswith(
        "filename*=UTF-8''anggaran-Dinas%20Pendidikan%20%26%20Kebudayaan%20%E2%80%93%20Ruang.csv"
    )
    assert "\r" not in value and "\n" not in value


def test_long_names_keep_their_extension():
    cleaned = clean_name("x" * 1000 + ".xlsx")
    assert len(cleaned) == 150 and cleaned.endswith(".xlsx")
