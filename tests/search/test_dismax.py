"""dismax and edismax without a database."""

from __future__ import annotations

import pytest
from ckan.lib.search.common import SearchQueryError

from ckanext.ppid.search import dismax, nodes, schema

CKAN_MM = "2<-1 5<80%"


@pytest.mark.parametrize(
    ("clauses", "required"),
    [(0, 0), (1, 1), (2, 2), (3, 2), (4, 3), (5, 4), (6, 4), (7, 5), (10, 8)],
)
def test_ckan_minimum_should_match(clauses, required):
    assert dismax.min_should_match(CKAN_MM, clauses) == required


@pytest.mark.parametrize(
    ("spec", "clauses", "required"),
    [("100%", 4, 4), ("1", 4, 1), ("-1", 4, 3), ("75%", 3, 2), ("-25%", 3, 3), ("3<90%", 5, 4), ("9", 2, 2)],
)
def test_minimum_should_match_forms(spec, clauses, required):
    assert dismax.min_should_match(spec, clauses) == required


def test_invalid_mm():
    with pytest.raises(SearchQueryError):
        dismax.min_should_match("lots", 3)


def text(value, mode=nodes.WORDS):
    return nodes.DisMax((nodes.Text(schema.field("text"), value, mode),), (1.0,))


def test_terms_match_any_qf_field_and_mm_applies():
    node = dismax.translate_dismax("laporan keuangan daerah", dismax.DEFAULT_QF, CKAN_MM)
    assert node == nodes.Bool(should=(text("laporan"), text("keuangan"), text("daerah")), min_should=2)


def test_fields_not_copied_into_text_stay_alternatives():
    node = dismax.translate_dismax("Laporan", "name^4 text res_format", None)
    assert node.should[0].alternatives == (
        nodes.Text(schema.field("text"), "Laporan"),
        nodes.Exact(schema.field("res_format"), ("Laporan",)),
    )


def test_without_text_every_field_is_an_alternative():
    node = dismax.translate_dismax("x", "name^4 title^4", None)
    assert node.should[0].alternatives == (
        nodes.Exact(schema.field("name"), ("x",)),
        nodes.Text(schema.field("title"), "x"),
    )


def test_operators_phrases_and_literal_specials():
    node = dismax.translate_dismax('+"jalan raya" -tol kota* AND', dismax.DEFAULT_QF, CKAN_MM)
    assert node == nodes.Bool(
        must=(text("jalan raya", nodes.PHRASE),),
        should=(text("kota*"),),
        must_not=(text("tol"),),
        min_should=1,
    )


def test_unbalanced_quotes_are_dropped():
    node = dismax.translate_dismax('"jalan raya', dismax.DEFAULT_QF, CKAN_MM)
    assert node == nodes.Bool(should=(text("jalan"), text("raya")), min_should=2)


def test_empty_query_matches_nothing():
    assert dismax.translate_dismax("  ", None, None) == nodes.MatchNone()


def test_edismax_reads_lucene_syntax_and_sends_bare_terms_to_qf():
    node = dismax.translate_edismax("kota tags:jalan*", dismax.DEFAULT_QF, "1")
    assert node == nodes.Bool(
        should=(text("kota"), nodes.Wildcard(schema.field("tags"), "jalan%")), min_should=1
    )


def test_invalid_qf():
    with pytest.raises(SearchQueryError):
        dismax.parse_qf("title^high")
