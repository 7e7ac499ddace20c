"""The Lucene translator without a database: which nodes and which SQL a query becomes."""

from __future__ import annotations

import pytest
from ckan.lib.search.common import SearchQueryError

from ckanext.ppid.search import lucene, nodes, schema, sql


def render(query, **kwargs):
    renderer = sql.Renderer()
    return renderer.render(lucene.translate(query, **kwargs)), renderer.params


def field(name):
    return schema.field(name)


class TestNodes:
    def test_match_all(self):
        assert lucene.translate("*:*", default_operator="AND") == nodes.Bool(must=(nodes.MatchAll(),))
        assert lucene.translate("*", default_operator="AND") == nodes.Bool(must=(nodes.MatchAll(),))

    def test_string_field_is_one_exact_value(self):
        assert lucene.translate('tags:"Laporan Tahunan"') == nodes.Bool(
            should=(nodes.Exact(field("tags"), ("Laporan Tahunan",)),)
        )

    def test_escapes_are_removed(self):
        node = lucene.translate(r"name:a\:b\ c")
        assert node.should == (nodes.Exact(field("name"), ("a:b c",)),)

    def test_text_field_words_phrases_prefixes_patterns(self):
        assert lucene.translate("title:laporan").should == (nodes.Text(field("title"), "laporan"),)
        assert lucene.translate('notes:"a b"').should == (nodes.Text(field("notes"), "a b", nodes.PHRASE),)
        assert lucene.translate("text:Lapor*").should == (nodes.Text(field("text"), "lapor", nodes.PREFIX),)
        assert lucene.translate("text:l?p*").should == (nodes.Text(field("text"), "l_p%", nodes.PATTERN),)

    def test_bare_terms_go_to_df(self):
        assert lucene.translate("laporan", default_field="notes").should == (
            nodes.Text(field("notes"), "laporan"),
        )

    def test_punctuation_only_terms_are_analysed_away(self):
        assert lucene.translate('text:"--" +laporan', default_operator="AND") == nodes.Bool(
            must=(nodes.Text(field("text"), "laporan"),)
        )

    def test_string_wildcards_and_existence(self):
        assert lucene.translate("name:lap%_*").should == (nodes.Wildcard(field("name"), "lap\\%\\_%"),)
        assert lucene.translate("res_format:*").should == (nodes.Exists(field("res_format")),)
        assert lucene.translate("tahun:[* TO *]").should == (nodes.Exists(field("tahun")),)

    def test_ranges(self):
        node = lucene.translate("tahun:{2020 TO 2023]").should[0]
        assert node == nodes.Range(field("tahun"), "2020", "2023", include_low=False, include_high=True)
        node = lucene.translate("metadata_modified:[2024-01-31T10:00:00Z TO *]").should[0]
        assert node == nodes.Range(field("metadata_modified"), "2024-01-31T10:00:00Z", None)
        node = lucene.translate("views_total:[010 TO 20}").should[0]
        assert node == nodes.Range(field("views_total"), "10", "20", include_high=False)

    def test_dynamic_fields(self):
        assert lucene.translate("extras_tahun:2024").should == (nodes.Text(field("extras_tahun"), "2024"),)
        assert lucene.translate("vocab_topik:air").should == (nodes.Exact(field("vocab_topik"), ("air",)),)
        node = lucene.translate("release_date:2024-01-01T00:00:00Z").should[0]
        assert node == nodes.Exact(field("release_date"), ("2024-01-01T00:00:00Z",))

    def test_ngram(self):
        assert lucene.translate('name_ngram:"Lap"').should == (nodes.Ngram(field("name_ngram"), "lap"),)
        # Solr indexes 2- to 10-grams only: longer or shorter terms match nothing.
        assert lucene.translate("name_ngram:x").should == (nodes.MatchNone(),)
        assert lucene.translate("name_ngram:abcdefghijk").should == (nodes.MatchNone(),)


class TestClauseCombination:
    """Lucene's addClause, not boolean precedence."""

    a, b, c = (nodes.Exact(field("tags"), (value,)) for value in "abc")

    def test_default_and(self):
        assert lucene.translate("tags:a tags:b", default_operator="AND") == nodes.Bool(must=(self.a, self.b))

    def test_default_or(self):
        assert lucene.translate("tags:a tags:b") == nodes.Bool(should=(self.a, self.b))

    def test_or_makes_neighbours_optional_under_and(self):
        assert lucene.translate("tags:a OR tags:b", default_operator="AND") == nodes.Bool(
            should=(self.a, self.b)
        )

    def test_and_binds_left_under_or(self):
        # a OR b AND c  ->  a +b +c  (not a OR (b AND c))
        assert lucene.translate("tags:a OR tags:b AND tags:c") == nodes.Bool(
            must=(self.b, self.c), should=(self.a,)
        )

    def test_mixed_under_and(self):
        # a b OR c with q.op=AND -> +a b c
        node = lucene.translate("tags:a tags:b OR tags:c", default_operator="AND")
        assert node == nodes.Bool(must=(self.a,), should=(self.b, self.c))

    def test_not_and_minus_and_bang(self):
        expected = nodes.Bool(must=(self.a,), must_not=(self.b,))
        assert lucene.translate("+tags:a -tags:b") == expected
        assert lucene.translate("tags:a AND NOT tags:b") == expected
        assert lucene.translate("tags:a && !tags:b") == expected

    def test_field_group(self):
        assert lucene.translate("tags:(a OR b)") == nodes.Bool(should=(nodes.Bool(should=(self.a, self.b)),))


class TestSql:
    def test_visibility_clauses_use_columns_and_one_array_probe(self):
        assert render('+site_id:"s"') == ("(site_id = :p0)", {"p0": "s"})
        assert render('+permission_labels:("public" OR "member-1")') == (
            "(permission_labels && CAST(:p0 AS text[]))",
            {"p0": ["public", "member-1"]},
        )
        assert render("+state:(active OR draft)") == (
            "(state = ANY(CAST(:p0 AS text[])))",
            {"p0": ["active", "draft"]},
        )

    def test_array_fields_use_their_column(self):
        assert render('tags:"a b"') == ("(tags && CAST(:p0 AS text[]))", {"p0": ["a b"]})

    def test_other_string_fields_use_jsonb_containment(self):
        assert render('vocab_topik:"a b"') == (
            "(terms @> CAST(:p0 AS jsonb))",
            {"p0": '{"vocab_topik": ["a b"]}'},
        )

    def test_negation_is_null_safe(self):
        assert render("-owner_org:x") == ("(NOT coalesce(owner_org = :p0, false))", {"p0": "x"})

    def test_text_uses_the_catch_all_vector(self):
        assert render("laporan") == (
            "((search_vector @@ plainto_tsquery('indonesian', :p0)))",
            {"p0": "laporan"},
        )

    def test_fielded_text_narrows_with_the_catch_all_then_checks_the_field(self):
        condition, params = render('notes:"jalan kota"')
        assert condition.startswith("((search_vector @@ phraseto_tsquery('indonesian', ")
        assert "jsonb_to_tsvector('indonesian', coalesce(doc -> :p0" in condition
        assert params["p0"] == "notes"
        assert render("title:jalan") == (
            "((title_vector @@ plainto_tsquery('indonesian', :p0)))",
            {"p0": "jalan"},
        )

    def test_text_general_fields_are_not_stemmed(self):
        condition, _ = render("res_name:laporan")
        assert "jsonb_to_tsvector('simple'" in condition and "plainto_tsquery('simple'" in condition

    def test_prefix_is_a_tsquery_literal(self):
        condition, params = render("text:o'brie*")
        assert condition == "((search_vector @@ CAST(:p0 AS tsquery)))"
        assert params == {"p0": "'o\\'brie':*"}

    def test_dates_are_resolved_and_compared_as_timestamps(self):
        condition, params = render(
            "metadata_modified:[2024-01-31T00:00:00Z/MONTH TO 2024-01-31T00:00:00Z+1DAY}"
        )
        assert condition == (
            "((metadata_modified >= CAST(:p0 AS timestamptz)"
            " AND metadata_modified < CAST(:p1 AS timestamptz)))"
        )
        assert params == {"p0": "2024-01-01T00:00:00Z", "p1": "2024-02-01T00:00:00Z"}

    def test_string_ranges_compare_code_points(self):
        condition, params = render("tahun:[2020 TO 2022]")
        assert 'x COLLATE "C" >= :p0 AND x COLLATE "C" <= :p1' in condition
        assert params == {"p0": "2020", "p1": "2022", "p2": "tahun"}

    def test_values_and_field_names_are_only_bind_parameters(self):
        condition, params = render("tahun:\"x') OR 1=1 --\" name:y'z")
        assert "1=1" not in condition and "y'z" not in condition
        assert '{"tahun": ["x\') OR 1=1 --"]}' in params.values()
        assert "y'z" in params.values()
        with pytest.raises(SearchQueryError):
            render("extras_evil\\'name:y")

    def test_empty_group_matches_nothing(self):
        assert render('text:("--")') == ("(FALSE)", {})


class TestErrors:
    @pytest.mark.parametrize(
        "query",
        [
            "title:[a TO",
            "(a OR b",
            "title:/re.ex/",
            'title:"a b"~3',
            "title:laporan~1",
            "--laporan",
            "+-laporan",
            "*:laporan",
            "title:[a TO z]",
            "metadata_created:[2024-01-01 TO *]",
            "metadata_created:NOW-1FORTNIGHT",
            "views_total:ten",
            "tags:[a TO b] AND name:{x TO",
            "name_ngram:lap*",
            "_val_:x",
            "bad$field:x",
            "x" * 10_001,
        ],
    )
    def test_unsupported_syntax(self, query):
        with pytest.raises(SearchQueryError):
            lucene.translate(query)


def test_escape_literals_keeps_phrases_and_escapes():
    assert lucene.escape_literals("a'b \"c'd\" \\'e <f>") == "a\\'b \"c'd\" \\'e \\<f\\>"
