"""Helpers of the translation tests: the catalogs, and what a page shows a person."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from babel.messages.pofile import read_po

I18N = Path(__file__).resolve().parents[2] / "ckanext-ppid" / "ckanext" / "ppid" / "i18n"
DOMAIN = "ckanext-ppid"


def locales() -> list[str]:
    return sorted(p.parent.parent.name for p in I18N.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def read_catalog(locale: str):
    with (I18N / locale / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as f:
        return read_po(f, locale=locale, domain=DOMAIN)


def read_template():
    with (I18N / f"{DOMAIN}.pot").open("rb") as f:
        return read_po(f, domain=DOMAIN)


READ_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt", "value")
HIDDEN_ELEMENTS = ("script", "style", "template")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_ELEMENTS:
            self._hidden += 1
        attributes = dict(attrs)
        for name in READ_ATTRIBUTES:
            if name == "value" and (tag != "input" or attributes.get("type") not in ("submit", "button")):
                continue
            if attributes.get(name):
                self.parts.append(attributes[name])

    def handle_endtag(self, tag):
        if tag in HIDDEN_ELEMENTS and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> str:
    """The page's readable strings, one per line, whitespace collapsed."""
    reader = _Reader()
    reader.feed(html)
    return "\n".join(" ".join(part.split()) for part in reader.parts)
