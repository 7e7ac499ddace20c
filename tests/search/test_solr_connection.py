"""The pysolr-compatible connection on PostgreSQL: writes, transactions, and what Solr returns."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from ckan import logic, model
from ckan.lib import search
from ckan.lib.search.common import SearchError, SearchIndexError, is_available
from ckan.tests import factories, helpers

from ckanext.ppid.search import seam, select
from ckanext.ppid.search.connection import PostgresSolrConnection, search_table_exists
from ckanext.ppid.search.model import SearchDocument

pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db", "clean_index")
SITE = "test.ckan.net"


def doc(index_id, **fields):
    """A minimal Solr document as CKAN would send it."""
    return {"index_id": index_id, "id": index_id, "site_id": SITE, "entity_type": "package", **fields}


def ids(results):
    return [row["id"] for row in results.docs]


@pytest.fixture
def conn():
    return PostgresSolrConnection(decode_dates=False)


class TestTransactions:
    def test_index_rows_roll_back_with_the_action_that_wrote_them(self):
        dataset = factories.Dataset(title="Judul Lama")
        package = model.Package.get(dataset["id"])
        package.title = "Judul Baru"
        model.Session.flush()
        logic.index_update_package({"ignore_auth": True}, dataset["id"])
        assert helpers.call_action("package_search", q="title:baru")["count"] == 1
        model.Session.rollback()
        assert helpers.call_action("package_search", q="title:baru")["count"] == 0
        assert helpers.call_action("package_search", q="title:lama")["count"] == 1

    def test_a_standalone_write_with_commit_is_committed(self):
        dataset = factories.Dataset(title="Judul")
        search.clear(dataset["id"])
        model.Session.rollback()
        assert helpers.call_action("package_search")["count"] == 0

    def test_deferred_writes_wait_for_commit(self, conn):
        conn.add([doc("a")], commit=False)
        model.Session.rollback()
        assert conn.search("*:*").hits == 0
        conn.add([doc("a")], commit=False)
        conn.commit()
        model.Session.rollback()
        assert conn.search("*:*").hits == 1

    def test_a_search_leaves_the_transaction_as_it_found_it(self, conn, monkeypatch):
        conn.add([doc("a")], commit=False)
        before = model.Session.execute(sa.text("SHOW work_mem")).scalar_one()
        assert conn.search("*:*", **{"facet": "true", "facet.field": "tags"}).hits == 1
        assert model.Session.execute(sa.text("SHOW work_mem")).scalar_one() == before
        monkeypatch.setattr(
            select, "run", lambda plan, decode_dates: model.Session.execute(sa.text("SELECT 1 / 0"))
        )
        with pytest.raises(SearchError):
            conn.search("*:*")
        monkeypatch.undo()
        # Neither the search nor its failure touched the caller's uncommitted write.
        assert conn.search("*:*").hits == 1


class TestWrites:
    def test_upsert_by_index_id(self, conn):
        conn.add([doc("a", title="satu"), doc("b", title="dua")])
        conn.add([doc("a", title="tiga")])
        assert conn.search("*:*", fl="id title", sort="id asc").docs == [
            {"id": "a", "title": "tiga"},
            {"id": "b", "title": "dua"},
        ]

    def test_delete_by_query_and_id(self, conn):
        conn.add([doc("a", harvest_source_id="h1"), doc("b", harvest_source_id="h2"), doc("c")])
        conn.delete(q=f'+harvest_source_id:"h1" +site_id:"{SITE}"')
        assert sorted(ids(conn.search("*:*", fl="id"))) == ["b", "c"]
        conn.delete(q=f'+entity_type:package AND +(id:"b" OR name:"b") AND +site_id:"{SITE}"')
        conn.delete(id="c")
        assert conn.search("*:*").hits == 0

    def test_clear_only_this_site(self, conn):
        conn.add([doc("a"), {**doc("b"), "site_id": "other.site"}])
        search.clear_all()
        assert ids(conn.search("*:*", fl="id")) == ["b"]

    def test_documents_solr_would_refuse(self, conn):
        with pytest.raises(SearchIndexError):
            conn.add([doc("a", release_date="soon")])


class TestResults:
    def test_fl_star_returns_stored_fields_only(self, conn):
        conn.add(
            [
                doc(
                    "a",
                    name="n",
                    tags=["x", ""],
                    extras_tahun="2024",
                    tahun="2024",
                    permission_labels=["public"],
                )
            ]
        )
        (row,) = conn.search("*:*", fl="*").docs
        assert row == {
            "index_id": "a",
            "id": "a",
            "site_id": SITE,
            "entity_type": "package",
            "name": "n",
            "tags": ["x"],
            "extras_tahun": "2024",
        }

    def test_fl_globs_and_score(self, conn):
        conn.add([doc("a", extras_tahun="2024", extras_kode="k", title="laporan")])
        (row,) = conn.search("laporan", defType="dismax", fl="extras_* score").docs
        assert set(row) == {"extras_tahun", "extras_kode", "score"}
        assert row["score"] > 0

    def test_dates_decoded_as_pysolr_would(self):
        conn = PostgresSolrConnection(decode_dates=True)
        conn.add([doc("a", metadata_modified="2024-01-31T10:00:00.123456Z")])
        (row,) = conn.search("*:*", fl="metadata_modified").docs
        assert row == {"metadata_modified": dt.datetime(2024, 1, 31, 10, 0, 0)}

    def test_get_index_and_package_show_cache(self):
        dataset = factories.Dataset(name="laporan", title="Laporan")
        indexed = search.show("laporan")
        assert indexed["id"] == dataset["id"]
        assert set(indexed) >= {"data_dict", "validated_data_dict", "metadata_modified"}
        model.Session.execute(
            SearchDocument.__table__.update().values(
                validated_data_dict=indexed["validated_data_dict"].replace('"Laporan"', '"Dari Indeks"')
            )
        )
        assert helpers.call_action("package_show", id="laporan")["title"] == "Dari Indeks"

    def test_available_and_schema_check(self):
        assert search_table_exists()
        assert is_available()
        assert seam.check_schema_version()


class TestSortingAndFacets:
    @pytest.fixture
    def docs(self, conn, clean_db, clean_index):
        conn.add(
            [
                doc(
                    "a",
                    title_string="apel",
                    views_recent=5,
                    tags=["x", "y"],
                    release_date="2024-01-01T00:00:00Z",
                ),
                doc(
                    "b",
                    title_string="Zebra",
                    views_recent=50,
                    tags=["y"],
                    release_date="2023-06-01T00:00:00Z",
                ),
                doc("c", title_string="Éclair", tags=["y", "z"]),
                doc(
                    "d",
                    title_string="mangga",
                    views_recent=7,
                    tags=["x"],
                    release_date="2025-01-01T00:00:00Z",
                ),
            ]
        )

    @pytest.mark.parametrize(
        ("sort", "expected"),
        [
            # code point order, case-sensitive, missing last (Solr string fields)
            ("title_string asc", ["b", "a", "d", "c"]),
            ("title_string desc", ["c", "d", "a", "b"]),
            # numbers as numbers; missing sorts as zero would
            ("views_recent desc", ["b", "d", "a", "c"]),
            ("views_recent asc", ["c", "a", "d", "b"]),
            ("release_date desc", ["d", "a", "b", "c"]),
            ("release_date asc", ["c", "b", "a", "d"]),
            # ties in index order
            ("score desc", ["a", "b", "c", "d"]),
            ("_docid_ desc", ["d", "c", "b", "a"]),
        ],
    )
    @pytest.mark.usefixtures("docs")
    def test_sort(self, conn, sort, expected):
        assert ids(conn.search("*:*", sort=sort, fl="id")) == expected

    @pytest.mark.usefixtures("docs")
    def test_ranges_on_numbers_and_dates(self, conn):
        assert sorted(ids(conn.search("views_recent:[6 TO *]", fl="id"))) == ["b", "d"]
        assert sorted(ids(conn.search("views_recent:{5 TO 50}", fl="id"))) == ["d"]
        found = conn.search("release_date:[2023-12-31T00:00:00Z TO 2024-12-31T00:00:00Z/YEAR]", fl="id")
        assert ids(found) == ["a"]
        assert ids(conn.search("release_date:[NOW-100YEARS TO 2023-12-31T00:00:00Z]", fl="id")) == ["b"]

    @pytest.mark.usefixtures("docs")
    def test_facet_order_limit_mincount(self, conn):
        def facets(**params):
            return conn.search("*:*", rows=0, facet="true", **params).facets["facet_fields"]

        assert facets(**{"facet.field": "tags"}) == {"tags": ["y", 3, "x", 2, "z", 1]}
        assert facets(**{"facet.field": "tags", "facet.limit": 2}) == {"tags": ["y", 3, "x", 2]}
        assert facets(**{"facet.field": "tags", "facet.limit": -1}) == {"tags": ["x", 2, "y", 3, "z", 1]}
        assert facets(**{"facet.field": "tags", "facet.sort": "index", "facet.mincount": 2}) == {
            "tags": ["x", 2, "y", 3]
        }
        assert facets(**{"facet.field": ["tags", "views_recent"], "fq": "tags:z", "facet.mincount": 0}) == {
            "tags": ["y", 1, "z", 1, "x", 0],
            "views_recent": ["5", 0, "50", 0, "7", 0],
        }

    @pytest.mark.usefixtures("docs")
    def test_facets_on_dates_and_columns(self, conn):
        facets = conn.search(
            "*:*",
            rows=0,
            facet="true",
            **{"facet.field": ["release_date", "id", "entity_type"], "facet.limit": 2},
        ).facets["facet_fields"]
        assert facets == {
            "release_date": ["2023-06-01T00:00:00Z", 1, "2024-01-01T00:00:00Z", 1],
            "id": ["a", 1, "b", 1],
            "entity_type": ["package", 4],
        }

    @pytest.mark.usefixtures("docs")
    def test_no_facets_unless_asked(self, conn):
        assert conn.search("*:*", **{"facet.field": "tags"}).facets == {}


class TestVocabularies:
    def test_vocabulary_tags_are_strings_facets_and_text(self):
        vocabulary = helpers.call_action("vocabulary_create", name="topik", tags=[{"name": "air bersih"}])
        dataset = factories.Dataset(
            name="sumber-air",
            tags=[{"name": "air bersih", "vocabulary_id": vocabulary["id"]}, {"name": "sungai"}],
        )
        found = helpers.call_action("package_search", q='vocab_topik:"air bersih"')
        assert [row["id"] for row in found["results"]] == [dataset["id"]]
        assert helpers.call_action("package_search", q="vocab_topik:air")["count"] == 0
        assert helpers.call_action("package_search", q="bersih")["count"] == 1
        facets = helpers.call_action("package_search", **{"facet.field": '["vocab_topik", "tags"]'})["facets"]
        assert facets == {"vocab_topik": {"air bersih": 1}, "tags": {"sungai": 1}}
