"""The types CKAN's own code needs of what a caller sends: what is refused, and what a real client sends is
not."""

from __future__ import annotations

from ckanext.ppid.security.parameter_rules import form_problems, page_query_problems, problems


def test_what_ckan_clients_send_passes():
    assert problems("package_search", {"q": "kesehatan", "rows": "20", "start": 0, "facet.limit": "-1"}) == {}
    assert problems("package_search", {"facet.mincount": "", "include_private": "True"}) == {}
    assert problems("package_show", {"id": "rekam-medis", "include_plugin_data": False}) == {}
    assert problems("term_translation_show", {"terms": ["a", "b"]}) == {}
    assert problems("datastore_search", {"q": {"judul": "a"}, "sort": ["judul desc"]}) == {}


def test_what_ckan_code_cannot_read_is_named():
    found = problems(
        "group_show",
        {"id": 123, "include_datasets": "maybe", "limit": "", "after": 1e308, "datasets": "a"},
    )
    assert sorted(found) == ["after", "datasets", "id", "include_datasets", "limit"]
    assert found["limit"].params == {"lowest": 0, "highest": 2**31 - 1}
    assert sorted(problems("group_autocomplete", {})) == ["q"]
    assert sorted(problems("activity_show", {"id": None})) == ["id"]
    assert sorted(problems("tag_show", {"id": "x" * 1001})) == ["id"]


def test_page_numbers_and_timestamps_of_pages():
    assert page_query_problems({"page": "3"}, 10_000) == {}
    assert page_query_problems({"page": "abc"}, 10_000) == {}  # the view answers that one itself
    assert sorted(page_query_problems({"page": "99999999999999999999", "after": "1e308"}, 10_000)) == [
        "after",
        "page",
    ]


def test_forms_without_what_ckan_reads_unconditionally():
    assert sorted(form_problems("informasi-publik_resource.new", {"url": "x"})) == ["save"]
    assert form_problems("resource.edit", {"save": "", "url": "x"}) == {}
    assert sorted(form_problems("user.login", {})) == ["login", "password"]
    assert sorted(form_problems("user.edit", {"email": "x@example.com"})) == ["old_password"]
    assert form_problems("user.edit", {"email": "x@example.com", "old_password": ""}) == {}
    assert sorted(form_problems("organization.bulk_process", {"q": "x"})) == ["bulk_action"]
    assert form_problems("organization.bulk_process", {"bulk_action.private": "1"}) == {}
    assert sorted(form_problems("user.sysadmin", {"status": "maybe"})) == ["status"]
