"""package_search and friends through CKAN's real actions: each query over one corpus gives exactly
the results, counts and facets Solr would give."""

from __future__ import annotations

import contextlib
from types import SimpleNamespace

import pytest
from ckan.lib.search.common import SearchError, SearchQueryError
from ckan.logic import ValidationError
from ckan.tests import factories, helpers

from ckanext.ppid.search import cardinality

pytestmark = pytest.mark.usefixtures("module_db")

COLLABORATORS = "ckan.auth.allow_dataset_collaborators"


def _resource(name, fmt, description="", url=None):
    return {"name": name, "format": fmt, "description": description, "url": url or f"http://data.test/{name}"}


@pytest.fixture(scope="module")
def corpus(module_db):
    """Two organisations, a group, seven datasets in every state and visibility, five kinds of user."""
    sysadmin = factories.Sysadmin()
    editor_a = factories.User(name="editor-a")
    member_b = factories.User(name="member-b")
    collaborator = factories.User(name="collaborator")
    outsider = factories.User(name="outsider")
    org_a = factories.Organization(
        name="dinas-keuangan",
        title="Dinas Keuangan",
        users=[{"name": editor_a["name"], "capacity": "editor"}],
    )
    org_b = factories.Organization(
        name="dinas-kesehatan",
        title="Dinas Kesehatan",
        users=[{"name": member_b["name"], "capacity": "member"}],
    )
    group = factories.Group(name="ekonomi", title="Ekonomi")
    datasets = SimpleNamespace()
    datasets.laporan = factories.Dataset(
        name="laporan-keuangan-daerah",
        title="Melaporkan Keuangan Daerah",
        notes="Ringkasan realisasi pendapatan dan belanja.",
        owner_org=org_a["id"],
        groups=[{"name": group["name"]}],
        tags=[{"name": "anggaran"}, {"name": "keuangan"}],
        license_id="cc-by",
        tahun=2023,
        frekuensi="tahunan",
        author="Budi Santoso",
        resources=[
            _resource("Realisasi Anggaran 2023", "CSV", "tabel belanja per dinas"),
            _resource("Lampiran", "PDF"),
        ],
        user=sysadmin,
    )
    datasets.puskesmas = factories.Dataset(
        name="jumlah-puskesmas",
        title="Jumlah Puskesmas per Kecamatan",
        notes="Sebaran fasilitas layanan primer.",
        owner_org=org_b["id"],
        tags=[{"name": "kesehatan"}],
        license_id="odc-odbl",
        tahun=2024,
        frekuensi="bulanan",
        maintainer="Siti Aminah",
        resources=[
            _resource("Daftar Puskesmas", "XLSX", "data fasilitas kesehatan"),
            _resource("Peta", "CSV"),
        ],
        user=sysadmin,
    )
    datasets.peta = factories.Dataset(
        name="peta-jalan-kota",
        title="Peta Jalan Kota",
        notes="Jaringan jalan raya dan terminal.",
        tags=[{"name": "transportasi"}],
        license_id="cc-by",
        tahun=2022,
        frekuensi="tidak_tentu",
        user=outsider,
    )
    datasets.rahasia = factories.Dataset(
        name="rencana-anggaran-rahasia",
        title="Rencana Anggaran Rahasia",
        notes="Belum untuk publik.",
        owner_org=org_a["id"],
        private=True,
        tags=[{"name": "anggaran"}],
        license_id="cc-by",
        resources=[_resource("Rencana", "CSV")],
        user=sysadmin,
    )
    datasets.draf = factories.Dataset(
        name="draf-statistik-penduduk",
        title="Draf Statistik Penduduk",
        notes="Masih disusun.",
        owner_org=org_a["id"],
        state="draft",
        user=sysadmin,
    )
    datasets.lama = factories.Dataset(
        name="data-lama",
        title="Data Lama Dihapus",
        notes="Sudah usang.",
        owner_org=org_b["id"],
        tags=[{"name": "kesehatan"}],
        user=sysadmin,
    )
    # CKAN drops deleted datasets from the index unless told to keep them.
    with helpers.changed_config("ckan.search.remove_deleted_packages", False):
        helpers.call_action("package_delete", id=datasets.lama["id"])
    # The collaborator label is part of the index document only if collaboration is on when it is built.
    with helpers.changed_config(COLLABORATORS, True):
        datasets.klinik = factories.Dataset(
            name="klinik-swasta",
            title="Klinik Swasta",
            notes="Daftar klinik.",
            owner_org=org_b["id"],
            private=True,
            tags=[{"name": "kesehatan"}],
            user=sysadmin,
        )
        helpers.call_action(
            "package_collaborator_create",
            id=datasets.klinik["id"],
            user_id=collaborator["id"],
            capacity="member",
        )
    users = SimpleNamespace(
        sysadmin=sysadmin, editor_a=editor_a, member_b=member_b, collaborator=collaborator, outsider=outsider
    )
    return SimpleNamespace(users=users, org_a=org_a, org_b=org_b, group=group, datasets=datasets)


def search(user=None, **params):
    """package_search as ``user`` (None: anonymous), with auth checked as the API would."""
    context = {"user": user["name"] if user else "", "ignore_auth": False}
    return helpers.call_action("package_search", context=context, **params)


def self_sysadmin(corpus):
    return corpus.users.sysadmin["name"]


def names(result):
    """The names of a result page, in order."""
    return [dataset["name"] for dataset in result["results"]]


def name_set(result):
    return set(names(result))


PUBLIC = {"laporan-keuangan-daerah", "jumlah-puskesmas", "peta-jalan-kota"}


class TestVisibility:
    def test_anonymous_sees_public_active_only(self, corpus):
        result = search(q="*:*", include_private=True, include_drafts=True)
        assert result["count"] == 3
        assert name_set(result) == PUBLIC

    def test_logged_in_non_member_sees_public_only(self, corpus):
        result = search(corpus.users.outsider, include_private=True, include_drafts=True)
        assert name_set(result) == PUBLIC

    def test_private_needs_include_private(self, corpus):
        assert name_set(search(corpus.users.editor_a)) == PUBLIC
        result = search(corpus.users.editor_a, include_private=True)
        assert name_set(result) == PUBLIC | {"rencana-anggaran-rahasia"}

    def test_org_member_sees_own_org_private_and_drafts(self, corpus):
        result = search(corpus.users.editor_a, include_private=True, include_drafts=True)
        assert name_set(result) == PUBLIC | {"rencana-anggaran-rahasia", "draf-statistik-penduduk"}
        result = search(corpus.users.member_b, include_private=True, include_drafts=True)
        assert name_set(result) == PUBLIC | {"klinik-swasta"}

    @pytest.mark.ckan_config(COLLABORATORS, True)
    def test_collaborator_sees_the_dataset_shared_with_them(self, corpus):
        result = search(corpus.users.collaborator, include_private=True)
        assert name_set(result) == PUBLIC | {"klinik-swasta"}

    def test_collaborator_label_ignored_when_collaboration_is_off(self, corpus):
        result = search(corpus.users.collaborator, include_private=True)
        assert name_set(result) == PUBLIC

    def test_sysadmin_sees_everything_it_asks_for(self, corpus):
        everything = PUBLIC | {"rencana-anggaran-rahasia", "klinik-swasta", "draf-statistik-penduduk"}
        result = search(corpus.users.sysadmin, include_private=True, include_drafts=True)
        assert name_set(result) == everything
        result = search(
            corpus.users.sysadmin, include_private=True, include_drafts=True, include_deleted=True
        )
        assert name_set(result) == everything | {"data-lama"}

    def test_deleted_hidden_by_default(self, corpus):
        assert "data-lama" not in name_set(search(corpus.users.sysadmin, include_private=True))

    def test_deleted_leave_the_index_by_default(self, corpus):
        gone = factories.Dataset(name="segera-dihapus", title="Segera Dihapus")
        helpers.call_action("package_delete", id=gone["id"])
        result = search(corpus.users.sysadmin, include_deleted=True, q="name:segera-dihapus")
        assert result["count"] == 0

    def test_drafts_of_an_unowned_dataset_are_the_creators(self, corpus):
        draft = factories.Dataset(name="catatan-pribadi", state="draft", user=corpus.users.outsider)
        try:
            mine = search(corpus.users.outsider, include_drafts=True, q="name:catatan-pribadi")
            assert names(mine) == ["catatan-pribadi"]
            assert search(corpus.users.editor_a, include_drafts=True, q="name:catatan-pribadi")["count"] == 0
        finally:
            helpers.call_action("dataset_purge", id=draft["id"])


class TestText:
    @pytest.mark.parametrize(
        ("q", "expected"),
        [
            ("laporan keuangan", {"laporan-keuangan-daerah"}),
            ("melaporkan", {"laporan-keuangan-daerah"}),
            ("Keuangan", {"laporan-keuangan-daerah"}),
            ("puskesmas", {"jumlah-puskesmas"}),
            # resource names and descriptions
            ("realisasi", {"laporan-keuangan-daerah"}),
            ("fasilitas kesehatan", {"jumlah-puskesmas"}),
            ("belanja dinas", {"laporan-keuangan-daerah"}),
            # tags, organisation, group, author, maintainer
            ("transportasi", {"peta-jalan-kota"}),
            ("dinas-kesehatan", {"jumlah-puskesmas"}),
            ("ekonomi", {"laporan-keuangan-daerah"}),
            ("santoso", {"laporan-keuangan-daerah"}),
            ("aminah", {"jumlah-puskesmas"}),
            # scheming fields
            ("bulanan", {"jumlah-puskesmas"}),
            ("2022", {"peta-jalan-kota"}),
            # mm "2<-1 5<80%": two terms need both, three need two
            ("peta keuangan", set()),
            ("peta jalan keuangan", {"peta-jalan-kota"}),
            ("nothing-like-this", set()),
            # dismax: OR is no operator for mm, two clauses still need both (as on Solr)
            ("puskesmas OR transportasi", set()),
            ("puskesmas -kecamatan", set()),
            ("+puskesmas", {"jumlah-puskesmas"}),
            ('"jumlah puskesmas"', {"jumlah-puskesmas"}),
            ('"puskesmas jumlah"', set()),
        ],
    )
    def test_free_text(self, corpus, q, expected):
        assert name_set(search(q=q)) == expected

    @pytest.mark.parametrize(
        ("q", "expected"),
        [
            ("title:keuangan", {"laporan-keuangan-daerah"}),
            ('title:"jalan kota"', {"peta-jalan-kota"}),
            ('title:"kota jalan"', set()),
            ("notes:terminal", {"peta-jalan-kota"}),
            ("res_name:realisasi", {"laporan-keuangan-daerah"}),
            ("res_description:fasilitas", {"jumlah-puskesmas"}),
            ("text:puskesmas", {"jumlah-puskesmas"}),
            ("title:puskes*", {"jumlah-puskesmas"}),
            ("name:peta-jalan-kota", {"peta-jalan-kota"}),
            ("name:peta*", {"peta-jalan-kota"}),
            ("name:Peta-jalan-kota", set()),
            ("tags:anggaran", {"laporan-keuangan-daerah"}),
            ("tags:Anggaran", set()),
            ("extras_tahun:2023", {"laporan-keuangan-daerah"}),
            ("tahun:2024", {"jumlah-puskesmas"}),
            ("frekuensi:tahunan OR frekuensi:bulanan", {"laporan-keuangan-daerah", "jumlah-puskesmas"}),
            ("tahun:[2022 TO 2023]", {"laporan-keuangan-daerah", "peta-jalan-kota"}),
            ("tahun:{2022 TO 2024]", {"laporan-keuangan-daerah", "jumlah-puskesmas"}),
            ("res_format:CSV AND -organization:dinas-kesehatan", {"laporan-keuangan-daerah"}),
            ("organization:dinas-*", {"laporan-keuangan-daerah", "jumlah-puskesmas"}),
            ("organization:*", {"laporan-keuangan-daerah", "jumlah-puskesmas"}),
            ("-organization:*", {"peta-jalan-kota"}),
            ("license_id:cc-by", {"laporan-keuangan-daerah", "peta-jalan-kota"}),
            ("tags:(anggaran OR transportasi)", {"laporan-keuangan-daerah", "peta-jalan-kota"}),
            ("metadata_created:[* TO NOW]", PUBLIC),
            ("metadata_created:[NOW+1DAY TO *]", set()),
            ("*:* -tags:kesehatan", {"laporan-keuangan-daerah", "peta-jalan-kota"}),
            ("text:puskesmas OR text:transportasi", {"jumlah-puskesmas", "peta-jalan-kota"}),
        ],
    )
    def test_fielded(self, corpus, q, expected):
        assert name_set(search(q=q)) == expected

    def test_edismax(self, corpus):
        result = search(q="keuangan tags:transportasi", defType="edismax", mm="1")
        assert name_set(result) == {"laporan-keuangan-daerah", "peta-jalan-kota"}


class TestFiltersFacetsSorting:
    def test_top_level_or_in_fq_meets_ckans_state_clause(self, corpus):
        # CKAN appends " +state:(active)" to fq; Lucene then makes both sides of the OR optional,
        # so everything active matches, on Solr as here. Parentheses or fq_list keep the OR.
        assert name_set(search(fq="tags:transportasi OR tags:kesehatan")) == PUBLIC
        result = search(fq="(tags:transportasi OR tags:kesehatan)")
        assert name_set(result) == {"peta-jalan-kota", "jumlah-puskesmas"}
        result = search(fq_list=["tags:transportasi OR tags:kesehatan"])
        assert name_set(result) == {"peta-jalan-kota", "jumlah-puskesmas"}

    def test_fq_and_fq_list(self, corpus):
        result = search(fq="res_format:CSV", fq_list=["tags:anggaran"])
        assert names(result) == ["laporan-keuangan-daerah"]

    def test_facets_count_the_whole_matched_set(self, corpus):
        result = search(
            rows=1,
            **{
                "facet.field": '["organization", "tags", "res_format", "license_id", "groups"]',
                "facet.limit": -1,
            },
        )
        assert result["count"] == 3
        assert len(result["results"]) == 1
        assert result["facets"] == {
            "organization": {"dinas-keuangan": 1, "dinas-kesehatan": 1},
            "tags": {"anggaran": 1, "keuangan": 1, "kesehatan": 1, "transportasi": 1},
            "res_format": {"CSV": 2, "PDF": 1, "XLSX": 1},
            "license_id": {"cc-by": 2, "odc-odbl": 1},
            "groups": {"ekonomi": 1},
        }
        organizations = {item["name"]: item for item in result["search_facets"]["organization"]["items"]}
        assert organizations["dinas-keuangan"]["display_name"] == "Dinas Keuangan"

    def test_facet_limit_and_mincount(self, corpus):
        result = search(**{"facet.field": '["res_format"]', "facet.limit": 1})
        assert result["facets"] == {"res_format": {"CSV": 2}}
        result = search(**{"facet.field": '["res_format"]', "facet.mincount": 2})
        assert result["facets"] == {"res_format": {"CSV": 2}}

    def test_facets_respect_visibility(self, corpus):
        anonymous = search(**{"facet.field": '["tags"]'})
        assert anonymous["facets"]["tags"] == {
            "anggaran": 1,
            "keuangan": 1,
            "kesehatan": 1,
            "transportasi": 1,
        }
        editor = search(corpus.users.editor_a, include_private=True, **{"facet.field": '["tags"]'})
        assert editor["facets"]["tags"]["anggaran"] == 2

    @pytest.mark.parametrize(
        ("sort", "expected"),
        [
            ("title_string asc", ["jumlah-puskesmas", "laporan-keuangan-daerah", "peta-jalan-kota"]),
            ("title_string desc", ["peta-jalan-kota", "laporan-keuangan-daerah", "jumlah-puskesmas"]),
            ("name asc", ["jumlah-puskesmas", "laporan-keuangan-daerah", "peta-jalan-kota"]),
            ("name desc", ["peta-jalan-kota", "laporan-keuangan-daerah", "jumlah-puskesmas"]),
            ("metadata_created asc", ["laporan-keuangan-daerah", "jumlah-puskesmas", "peta-jalan-kota"]),
            ("metadata_created desc", ["peta-jalan-kota", "jumlah-puskesmas", "laporan-keuangan-daerah"]),
            ("metadata_modified desc", ["peta-jalan-kota", "jumlah-puskesmas", "laporan-keuangan-daerah"]),
            (
                "score desc, metadata_modified desc",
                ["peta-jalan-kota", "jumlah-puskesmas", "laporan-keuangan-daerah"],
            ),
            ("views_recent desc", ["laporan-keuangan-daerah", "jumlah-puskesmas", "peta-jalan-kota"]),
            ("tahun desc", ["jumlah-puskesmas", "laporan-keuangan-daerah", "peta-jalan-kota"]),
        ],
    )
    def test_sort(self, corpus, sort, expected):
        assert names(search(sort=sort)) == expected

    def test_relevance_puts_title_matches_first(self, corpus):
        extra = factories.Dataset(name="catatan-keuangan", title="Catatan", notes="keuangan keuangan")
        try:
            result = search(q="keuangan", sort="score desc, metadata_modified desc")
            assert names(result) == ["laporan-keuangan-daerah", "catatan-keuangan"]
        finally:
            helpers.call_action("dataset_purge", id=extra["id"])

    def test_paging(self, corpus):
        pages = [names(search(sort="name asc", rows=1, start=start)) for start in range(4)]
        assert pages == [["jumlah-puskesmas"], ["laporan-keuangan-daerah"], ["peta-jalan-kota"], []]
        assert search(sort="name asc", rows=2, start=1)["count"] == 3

    @pytest.mark.parametrize(
        ("fl", "expected"),
        [
            ("name", ["jumlah-puskesmas"]),
            ("id name", [{"id": "ID", "name": "jumlah-puskesmas"}]),
            ("name,title", [{"name": "jumlah-puskesmas", "title": "Jumlah Puskesmas per Kecamatan"}]),
        ],
    )
    def test_fl(self, corpus, fl, expected):
        result = search(q="name:jumlah-puskesmas", fl=fl)
        expected = [
            {key: corpus.datasets.puskesmas["id"] if value == "ID" else value for key, value in row.items()}
            if isinstance(row, dict)
            else {"name": row}
            for row in expected
        ]
        assert result["results"] == expected

    def test_fl_extras_fold_back(self, corpus):
        result = search(q="name:jumlah-puskesmas", fl="name extras_tahun res_format")
        assert result["results"] == [
            {"name": "jumlah-puskesmas", "tahun": "2024", "res_format": ["XLSX", "CSV"]}
        ]

    def test_use_default_schema(self, corpus):
        result = search(q="name:jumlah-puskesmas", use_default_schema=True)
        assert result["results"][0]["name"] == "jumlah-puskesmas"
        assert {"key": "tahun", "value": "2024"} in result["results"][0]["extras"]
        validated = search(q="name:jumlah-puskesmas")["results"][0]
        assert validated["tahun"] == "2024" and "extras" not in validated


class TestErrors:
    @pytest.mark.parametrize(
        "params",
        [
            {"q": "title:[a TO"},
            {"q": "title:(a OR"},
            {"q": "title:/regex/"},
            {"q": 'title:"a b"~2'},
            {"q": "title:foo~"},
            {"q": "metadata_created:[yesterday TO *]"},
            {"q": "views_total:many"},
            {"q": "title:[a TO b]"},
            {"fq": "res_format:[a TO"},
            {"sort": "title asc"},
            {"sort": "tags asc"},
            {"sort": "name sideways"},
            {"sort": "name"},
            {"q": "*:foo"},
        ],
    )
    def test_unsupported_is_a_search_query_error(self, corpus, params):
        with pytest.raises(SearchQueryError):
            search(**params)

    def test_invalid_facet_field(self, corpus):
        with pytest.raises(SearchQueryError):
            search(**{"facet.field": '["notes"]'})

    def test_local_params_refused_by_ckan(self, corpus):
        with pytest.raises((SearchError, ValidationError)):
            search(q="{!lucene}title:x")

    @pytest.mark.parametrize(
        "q",
        [
            "x'); DROP TABLE ppid_search_document; --",
            'name:"\'; DELETE FROM package; --"',
            "tags:(a' OR '1'='1)",
            "title:\\'\\) OR 1=1 --",
            "' OR 1=1 --",
        ],
    )
    def test_injection_changes_nothing(self, corpus, q):
        with contextlib.suppress(SearchQueryError):
            search(q=q)
        assert search()["count"] == 3
        assert search(corpus.users.sysadmin, include_private=True, include_drafts=True)["count"] == 6

    def test_injection_through_field_name_is_refused(self, corpus):
        with pytest.raises(SearchQueryError):
            search(q="name') OR (1=1:x")


class TestOtherActions:
    def test_package_autocomplete(self, corpus):
        result = helpers.call_action("package_autocomplete", q="puskes")
        assert [row["name"] for row in result] == ["jumlah-puskesmas"]
        result = helpers.call_action("package_autocomplete", q="kota")
        assert result == [
            {
                "name": "peta-jalan-kota",
                "title": "Peta Jalan Kota",
                "match_field": "name",
                "match_displayed": "peta-jalan-kota",
            }
        ]
        by_title = helpers.call_action("package_autocomplete", q="Kecamatan")
        assert [row["match_field"] for row in by_title] == ["title"]

    def test_autocomplete_hides_private(self, corpus):
        anonymous = {"user": "", "ignore_auth": False}
        assert helpers.call_action("package_autocomplete", context=anonymous, q="rahasia") == []
        sysadmin = {"user": self_sysadmin(corpus), "ignore_auth": False}
        assert [
            row["name"] for row in helpers.call_action("package_autocomplete", context=sysadmin, q="rahasia")
        ] == ["rencana-anggaran-rahasia"]

    def test_organization_list_counts(self, corpus):
        anonymous = {"user": "", "ignore_auth": False}
        orgs = helpers.call_action("organization_list", context=anonymous, all_fields=True)
        assert {org["name"]: org["package_count"] for org in orgs} == {
            "dinas-keuangan": 1,
            "dinas-kesehatan": 1,
        }
        everything = helpers.call_action("organization_list", all_fields=True)
        assert {org["name"]: org["package_count"] for org in everything} == {
            "dinas-keuangan": 2,
            "dinas-kesehatan": 2,
        }

    def test_organization_list_counts_for_a_member(self, corpus):
        context = {"user": corpus.users.editor_a["name"], "ignore_auth": False}
        orgs = helpers.call_action("organization_list", context=context, all_fields=True)
        assert {org["name"]: org["package_count"] for org in orgs} == {
            "dinas-keuangan": 2,
            "dinas-kesehatan": 1,
        }

    def test_organization_show_counts(self, corpus):
        org = helpers.call_action("organization_show", context={"user": ""}, id="dinas-kesehatan")
        assert org["package_count"] == 1
        org = helpers.call_action(
            "organization_show", context={"user": corpus.users.sysadmin["name"]}, id="dinas-kesehatan"
        )
        assert org["package_count"] == 2

    def test_group_list_counts(self, corpus):
        groups = helpers.call_action("group_list", all_fields=True)
        assert [(group["name"], group["package_count"]) for group in groups] == [("ekonomi", 1)]

    def test_package_show_uses_the_index(self, corpus):
        shown = helpers.call_action("package_show", id="jumlah-puskesmas")
        assert shown["tahun"] == "2024"
        assert shown["frekuensi"] == "bulanan"


class TestFasterStatementsSameAnswers:
    """The statements chosen for speed (one ranked pass, counting by combination) answer as the plain ones."""

    FACETS = {
        "facet.field": '["organization", "groups", "tags", "res_format", "license_id"]',
        "facet.limit": -1,
    }

    def test_a_text_query_pages_through_one_ranking_with_the_same_facets(self, corpus):
        sysadmin = corpus.users.sysadmin
        query = {"q": "kesehatan", "include_private": True, "sort": "score desc, name asc", **self.FACETS}
        whole = search(sysadmin, rows=10, **query)
        assert names(whole) == ["jumlah-puskesmas", "klinik-swasta"]
        pages = [names(search(sysadmin, rows=1, start=start, **query)) for start in range(3)]
        assert pages == [["jumlah-puskesmas"], ["klinik-swasta"], []]
        # rows=0 counts without ranking: the count and the facets must not depend on the page.
        counted = search(sysadmin, rows=0, **query)
        assert counted["count"] == whole["count"] == 2
        assert (
            counted["facets"]
            == whole["facets"]
            == {
                "organization": {"dinas-kesehatan": 2},
                "groups": {},
                "tags": {"kesehatan": 2},
                "res_format": {"CSV": 1, "XLSX": 1},
                "license_id": {"odc-odbl": 1},
            }
        )

    @pytest.mark.parametrize("few", [True, False])
    def test_facets_counted_by_combination_or_by_row(self, corpus, monkeypatch, few):
        monkeypatch.setattr(cardinality, "few_combinations", lambda columns: few)
        result = search(rows=0, **self.FACETS)
        assert result["count"] == 3
        assert result["facets"] == {
            "organization": {"dinas-keuangan": 1, "dinas-kesehatan": 1},
            "tags": {"anggaran": 1, "keuangan": 1, "kesehatan": 1, "transportasi": 1},
            "res_format": {"CSV": 2, "PDF": 1, "XLSX": 1},
            "license_id": {"cc-by": 2, "odc-odbl": 1},
            "groups": {"ekonomi": 1},
        }
        assert search(q="tags:tidak-ada", rows=0, **self.FACETS)["count"] == 0
        everything = helpers.call_action("organization_list", all_fields=True)
        assert {org["name"]: org["package_count"] for org in everything} == {
            "dinas-keuangan": 2,
            "dinas-kesehatan": 2,
        }
