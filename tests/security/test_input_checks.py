"""The raw-byte checks behind the request guard: NUL, text that is not UTF-8, JSON nested too deep."""

from __future__ import annotations

import json

import pytest

from ckanext.ppid.security.input_checks import (
    NOT_UTF8,
    NUL,
    TOO_DEEP,
    json_depth,
    json_fault,
    text_fault,
    url_encoded_fault,
    url_encoded_json_depth,
)


@pytest.mark.parametrize(
    ("raw", "fault"),
    [
        (b"/ppid/dip/dinkes", None),
        ("/ppid/dip/Dinas Kesehatan – Ruang 2".encode(), None),
        (b"/ppid/dip/\x00", NUL),
        (b"/ppid/dip/\xff\xfe", NOT_UTF8),
        (b"caf\xc3", NOT_UTF8),
    ],
)
def test_paths_and_values(raw, fault):
    assert text_fault(raw) == fault


@pytest.mark.parametrize(
    ("query", "fault"),
    [
        (b"q=caf%C3%A9&sort=title+asc", None),
        (b"q=%00", NUL),
        (b"sort=%ff%fe", NOT_UTF8),
        (b"q=%E2%80%AEgnp.exe", None),  # U+202E is text: what to do with it is the view's business
    ],
)
def test_query_strings(query, fault):
    assert url_encoded_fault(query) == fault


@pytest.mark.parametrize(
    ("body", "fault"),
    [
        (json.dumps({"q": "kesehatan", "rows": 10, "fq": ["a", {"b": [1, 2]}]}).encode(), None),
        (json.dumps({"q": "a\x00b"}).encode(), NUL),
        (b'{"q": "a\\\\u0000b"}', None),  # an escaped backslash, then the letters u0000
        (json.dumps({"q": "a\ud800b"}).encode(), NOT_UTF8),  # a lone surrogate, escaped by json.dumps
        (json.dumps({"q": "\U0001f600 senyum"}).encode(), None),  # a surrogate pair is a character
        (b'{"q": "\xff"}', NOT_UTF8),
        (b"[" * 200_000 + b"]" * 200_000, TOO_DEEP),
        (b'{"a":' * 65 + b"1" + b"}" * 65, TOO_DEEP),
        (b'{"a":' * 64 + b"1" + b"}" * 64, None),
        (b'{"text": "' + b"[" * 5000 + b'"}', None),  # brackets inside a string do not nest
    ],
)
def test_json_bodies(body, fault):
    assert json_fault(body, max_depth=64) == fault


def test_depth_is_counted_outside_strings_and_cheap_when_shallow():
    assert json_depth(b'[[["]]]]]]"]]]', 2) == 3
    wide = json.dumps([{"a": [i]} for i in range(50_000)]).encode()
    assert json_depth(wide, 64) == 3


def test_json_in_a_form_field_is_measured_decoded():
    assert url_encoded_json_depth(b"%5B" * 100 + b"%5D" * 100, 64) == 100
    assert url_encoded_json_depth(b"q=%5B1%5D", 64) == 0  # cheap below the limit
