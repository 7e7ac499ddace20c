import pytest
from ckan.tests import factories, helpers


@pytest.mark.usefixtures("with_plugins", "clean_db")
def test_create_and_search():
    org = factories.Organization()
    ds = factories.Dataset(
        owner_org=org["id"], title="Melaporkan Keuangan Daerah", tags=[{"name": "anggaran"}]
    )
    result = helpers.call_action("package_search", q="laporan keuangan")
    assert result["count"] == 1
    assert result["results"][0]["id"] == ds["id"]
    result = helpers.call_action(
        "package_search", fq="tags:anggaran", **{"facet.field": '["organization", "tags"]'}
    )
    assert result["count"] == 1
    assert result["facets"] == {"organization": {org["name"]: 1}, "tags": {"anggaran": 1}}
    orgs = helpers.call_action("organization_list", all_fields=True)
    assert orgs[0]["package_count"] == 1
