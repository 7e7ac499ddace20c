"""How the upstream scope follows templates and Python calls (on small made-up trees, no CKAN)."""

from __future__ import annotations

import textwrap


def write(root, name, text):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_templates_are_followed_through_every_kind_of_reference(tmp_path, upstream_scope):
    plugin, core = tmp_path / "plugin", tmp_path / "core"
    write(plugin, "page.html", "{% ckan_extends %}{{ h.plugin_helper() }}")
    write(core, "page.html", "{% extends 'base.html' %}{% snippet 'snippets/a.html', x=1 %}")
    write(core, "base.html", "{% include \"header.html\" %}<div data-module='follow notify'></div>")
    write(core, "header.html", "{% set s = 'parts/' + kind %}{% snippet s %}")
    write(core, "parts/one.html", "")
    write(core, "parts/two.html", "")
    write(core, "snippets/a.html", '{% snippet "activities/{}.html".format(t) %}')
    write(core, "activities/new.html", "")
    write(core, "unused.html", "")
    path = upstream_scope.TemplatePath([plugin, core])
    reached = upstream_scope.reachable_templates(["page.html"], path)
    names = sorted(str(p.relative_to(tmp_path)) for p in reached.templates)
    assert names == [
        "core/activities/new.html",
        "core/base.html",
        "core/header.html",
        "core/page.html",
        "core/parts/one.html",
        "core/parts/two.html",
        "core/snippets/a.html",
        "plugin/page.html",
    ]
    assert reached.helpers == {"plugin_helper"}
    assert reached.js_modules == {"follow", "notify"}


def test_python_calls_are_followed_within_followed_packages(upstream_scope):
    index = upstream_scope.PythonIndex()
    reached = index.closure([("ckan.views.user", "RegisterView.get")])
    assert ("ckan.views.user", "RegisterView._prepare") in reached  # self.method
    reached = index.closure([("ckan.views.dataset", "search")])
    assert ("ckan.views.dataset", "_sort_by") in reached  # same module
    assert not any(module.startswith("ckan.logic.action") for module, _f in reached)


def test_scope_has_the_strings_of_the_public_pages(pipeline):
    """Header, search page, facets, dataset page, error page, JavaScript: all reached from the page list."""
    template = pipeline.build_template()
    for msgid in (
        "Log in",
        "Search datasets...",
        "Formats",
        "Licenses",
        "Show More {facet_type}",
        "No datasets found",
        "{number} dataset found",
        "Data and Resources",
        "Additional Info",
        "Creative Commons Attribution",
        "You might need to login to access this page.",
        "Show more",
        "Not Found",
    ):
        assert template.get(msgid) is not None, msgid
