"""Solr request parameters to a query plan, without a database."""

from __future__ import annotations

import pytest
from ckan.lib.search.common import SearchQueryError

from ckanext.ppid.search import nodes, params, schema


def test_ckan_dataset_page_request():
    plan = params.plan(
        "laporan",
        {
            "fq": ['tags:"anggaran" +state:(active)', '+site_id:"s"', '+permission_labels:("public")'],
            "facet": "true",
            "facet.field": ["organization", "tags", "res_format"],
            "facet.limit": 50,
            "facet.mincount": 1,
            "rows": 21,
            "start": 0,
            "sort": "score desc, metadata_modified desc",
            "fl": "id validated_data_dict",
            "wt": "json",
            "defType": "dismax",
            "tie": "0.1",
            "mm": "2<-1 5<80%",
            "qf": "name^4 title^4 tags^2 groups^2 text",
            "df": "text",
            "q.op": "AND",
        },
    )
    assert len(plan.where.must) == 4
    assert [leaf.value for leaf in plan.scored] == ["laporan"]
    assert plan.sort == [params.SortKey(None, True), params.SortKey(schema.field("metadata_modified"), True)]
    assert (plan.start, plan.rows) == (0, 21)
    assert plan.fl == params.FieldList(names=("id", "validated_data_dict"))
    assert [facet.field.name for facet in plan.facets] == ["organization", "tags", "res_format"]
    assert plan.facets[0] == params.FacetRequest(schema.field("organization"), 50, 1, "count")
    assert plan.weights == (0.025, 0.25, 0.5, 1.0)


def test_solr_defaults():
    plan = params.plan("*:*", {})
    assert plan.where == nodes.Bool(must=(nodes.Bool(should=(nodes.MatchAll(),)),))
    assert (plan.start, plan.rows) == (0, 10)
    assert plan.sort == [params.SortKey(None, True)]
    assert plan.fl == params.FieldList(everything=True)
    assert plan.facets == []


def test_group_counts_request():
    plan = params.plan("*:*", {"facet.field": ["groups", "owner_org"], "facet.limit": -1, "facet": "true"})
    assert plan.facets[0] == params.FacetRequest(schema.field("groups"), -1, 0, "index")


def test_per_field_facet_overrides():
    plan = params.plan("*:*", {"facet": "on", "facet.field": "tags", "f.tags.facet.limit": "5"})
    assert plan.facets == [params.FacetRequest(schema.field("tags"), 5, 0, "count")]


def test_fl_forms():
    assert params.parse_fl("name,title") == params.FieldList(names=("name", "title"))
    assert params.parse_fl("* score") == params.FieldList(everything=True, score=True)
    assert params.parse_fl(["id", "extras_*"]) == params.FieldList(names=("id",), patterns=("extras_*",))


@pytest.mark.parametrize(
    "request_params",
    [
        {"sort": "title asc"},
        {"sort": "res_format asc"},
        {"sort": "name"},
        {"sort": "name upward"},
        {"sort": "geodist() asc"},
        {"rows": "ten"},
        {"start": -1},
        {"defType": "func"},
        {"q.op": "XOR"},
        {"facet": "true", "facet.field": "notes"},
        {"facet": "true", "facet.field": "{!ex=x}tags"},
        {"fl": "[explain]"},
        {"bf": "recip(ms(NOW,metadata_modified),1,1,1)"},
        {"hl": "true"},
        {"facet": "true", "facet.field": "tags", "facet.sort": "random"},
    ],
)
def test_refused(request_params):
    with pytest.raises(SearchQueryError):
        params.plan("*:*", request_params)


def test_empty_score_boosts_are_harmless():
    assert params.plan("*:*", {"bf": "", "boost": None}).rows == 10
