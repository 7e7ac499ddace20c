"""axe-core in the page: run it and report the violations that block people (impact serious or critical)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

BLOCKING_IMPACTS = ("serious", "critical")

RUN_AXE = """async () => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations;
}"""


def violations(page: Page, axe_source: str) -> list[dict[str, Any]]:
    """Every axe violation on the page as it is now (axe is injected once per document)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the portal's CSP refuses inline scripts.
        page.evaluate(axe_source)
    return page.evaluate(RUN_AXE)


def blocking(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The violations of impact serious or critical."""
    return [violation for violation in found if violation.get("impact") in BLOCKING_IMPACTS]


def describe(found: list[dict[str, Any]], nodes_per_rule: int = 5) -> str:
    """A readable list: rule, impact, help text and the first offending elements."""
    lines = []
    for violation in found:
        rule = f"{violation['id']}: {violation['help']}"
        lines.append(f"[{violation['impact']}] {rule} ({violation['helpUrl']})")
        for node in violation["nodes"][:nodes_per_rule]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:200]}")
    return "\n".join(lines)


def assert_accessible(page: Page, axe_source: str) -> None:
    """Fail with a readable report if axe finds serious or critical violations on the page."""
    found = blocking(violations(page, axe_source))
    assert not found, f"axe-core violations on {page.url}:\n{describe(found)}"
