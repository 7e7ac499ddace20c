"""Property: any combination of fq filters finds exactly what a plain Python filter over the same
datasets finds, and facets count exactly that set."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from ckan.tests import factories, helpers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ckanext.ppid.search.document import parse_date

pytestmark = pytest.mark.usefixtures("module_db")

TAGS = ("air", "jalan", "pajak", "sekolah")
FORMATS = ("CSV", "PDF", "XLSX", "JSON")
LICENSES = ("cc-by", "odc-odbl", "other-open")
ORGS = ("dinas-a", "dinas-b")
YEARS = tuple(str(year) for year in range(2019, 2025))
SIZE = 24


@dataclass(frozen=True)
class Dataset:
    name: str
    organization: str | None
    tags: frozenset[str]
    formats: frozenset[str]
    license_id: str
    private: bool
    tahun: str
    modified: str


@pytest.fixture(scope="module")
def corpus(module_db):
    """Datasets with pseudo-random tags, formats, licences, organisations, privacy and years."""
    rng = random.Random(14)
    orgs = {name: factories.Organization(name=name)["id"] for name in ORGS}
    datasets = []
    for index in range(SIZE):
        organization = rng.choice((*ORGS, None))
        private = organization is not None and rng.random() < 0.3
        tags = frozenset(rng.sample(TAGS, rng.randint(0, 3)))
        formats = frozenset(rng.sample(FORMATS, rng.randint(0, 2)))
        created = factories.Dataset(
            name=f"dataset-{index:02d}",
            owner_org=orgs.get(organization),
            private=private,
            tags=[{"name": tag} for tag in sorted(tags)],
            resources=[
                {"url": f"http://data.test/{index}.{f.lower()}", "format": f} for f in sorted(formats)
            ],
            license_id=rng.choice(LICENSES),
            tahun=rng.choice(YEARS),
        )
        datasets.append(
            Dataset(
                name=created["name"],
                organization=organization,
                tags=tags,
                formats=formats,
                license_id=created["license_id"],
                private=private,
                tahun=created["tahun"],
                modified=created["metadata_modified"] + "Z",
            )
        )
    return datasets


Predicate = Callable[[Dataset], bool]


@dataclass(frozen=True)
class Filter:
    """A Lucene filter and the Python predicate that means the same."""

    query: str
    matches: Predicate


def leaf_filters(corpus: list[Dataset]) -> st.SearchStrategy[Filter]:
    modified = sorted(dataset.modified for dataset in corpus)
    bound = st.sampled_from([*modified, "*"])

    def tag(value):
        return Filter(f'tags:"{value}"', lambda d: value in d.tags)

    def fmt(value):
        return Filter(f"res_format:{value}", lambda d: value in d.formats)

    def org(value):
        return Filter(f"organization:{value}", lambda d: d.organization == value)

    def licence(value):
        return Filter(f"license_id:{value}", lambda d: d.license_id == value)

    def capacity(private):
        return Filter(f"capacity:{'private' if private else 'public'}", lambda d: d.private == private)

    def tags_any(values):
        query = "tags:(" + " OR ".join(values) + ")"
        return Filter(query, lambda d: bool(d.tags & set(values)))

    def years(bounds):
        (low, high), inclusive = bounds
        opening, closing = ("[", "]") if inclusive else ("{", "}")

        def matches(d):
            return (low <= d.tahun <= high) if inclusive else (low < d.tahun < high)

        return Filter(f"tahun:{opening}{low} TO {high}{closing}", matches)

    def modified_between(bounds):
        low, high = bounds

        def matches(d):
            when = parse_date(d.modified)
            return (low == "*" or parse_date(low) <= when) and (high == "*" or when <= parse_date(high))

        return Filter(f"metadata_modified:[{low} TO {high}]", matches)

    return st.one_of(
        st.sampled_from(TAGS).map(tag),
        st.sampled_from(FORMATS).map(fmt),
        st.sampled_from(ORGS).map(org),
        st.sampled_from(LICENSES).map(licence),
        st.booleans().map(capacity),
        st.lists(st.sampled_from(TAGS), min_size=1, max_size=3, unique=True).map(tags_any),
        st.tuples(st.tuples(st.sampled_from(YEARS), st.sampled_from(YEARS)), st.booleans()).map(years),
        st.tuples(bound, bound).map(modified_between),
        st.just(Filter("organization:*", lambda d: d.organization is not None)),
    )


def combined(leaves: st.SearchStrategy[Filter]) -> st.SearchStrategy[Filter]:
    def negate(f: Filter) -> Filter:
        return Filter(f"-({f.query})", lambda d: not f.matches(d))

    def both(pair: tuple[Filter, Filter]) -> Filter:
        a, b = pair
        return Filter(f"({a.query}) AND ({b.query})", lambda d: a.matches(d) and b.matches(d))

    def either(pair: tuple[Filter, Filter]) -> Filter:
        a, b = pair
        return Filter(f"({a.query}) OR ({b.query})", lambda d: a.matches(d) or b.matches(d))

    def extend(children: st.SearchStrategy[Filter]) -> st.SearchStrategy[Filter]:
        pairs = st.tuples(children, children)
        return st.one_of(children.map(negate), pairs.map(both), pairs.map(either))

    return st.recursive(leaves, extend, max_leaves=5)


def search(fq_list: list[str], **params):
    return helpers.call_action(
        "package_search", fq_list=fq_list, include_private=True, rows=1000, fl="name", **params
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_filters_agree_with_python(corpus, data):
    filters = data.draw(st.lists(combined(leaf_filters(corpus)), min_size=1, max_size=3))
    expected = {d.name for d in corpus if all(f.matches(d) for f in filters)}
    result = search([f.query for f in filters])
    assert {row["name"] for row in result["results"]} == expected, [f.query for f in filters]
    assert result["count"] == len(expected)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_facets_count_the_filtered_set(corpus, data):
    chosen = data.draw(combined(leaf_filters(corpus)))
    matched = [d for d in corpus if chosen.matches(d)]
    result = search(
        [chosen.query], **{"facet.field": '["tags", "res_format", "organization"]', "facet.limit": -1}
    )
    assert result["facets"]["tags"] == dict(Counter(tag for d in matched for tag in d.tags))
    assert result["facets"]["res_format"] == dict(Counter(f for d in matched for f in d.formats))
    assert result["facets"]["organization"] == dict(
        Counter(d.organization for d in matched if d.organization)
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_sort_and_paging_agree_with_python(corpus, data):
    chosen = data.draw(combined(leaf_filters(corpus)))
    descending = data.draw(st.booleans())
    start, rows = data.draw(st.integers(0, SIZE)), data.draw(st.integers(1, SIZE))
    ordered = sorted((d.name for d in corpus if chosen.matches(d)), reverse=descending)
    result = helpers.call_action(
        "package_search",
        fq_list=[chosen.query],
        include_private=True,
        sort=f"name {'desc' if descending else 'asc'}",
        start=start,
        rows=rows,
        fl="name",
    )
    assert [row["name"] for row in result["results"]] == ordered[start : start + rows]
