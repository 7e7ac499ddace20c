"""The language check: crawl a running portal as a person would and report English and escaped HTML.

A plain HTTP crawl (``requests``): for each person (anonymous or a demo account, logged in through the
login form), breadth-first from the start pages the caller gives (tests/browser/test_language_check.py: the
front page, the person's home, every page of ours without arguments, the forms), following same-origin GET
links only and visiting one page per route (Flask endpoint), up to a page cap. Each page's visible text (text,
and the attributes a person reads: placeholder, title, aria-label, alt, button values) is checked for

* English on an Indonesian page: a word list of English words no Indonesian sentence uses, and CKAN
  phrases seen on Indonesian pages, outside code samples, user-entered content and ``lang`` regions (the
  lists and the allow-list are in tests/english_text.py);
* the same in the PDFs linked (letters, receipts, registers), when asked to read them;
* dates with the month first ("Desember 7, 2026") and percentages with a decimal point ("91.7%");
* escaped HTML shown as text (``&lt;``, ``&quot;``, ``<i class=``) in either language;
* a 5xx answer in either language.

docs/translations.md (The language check) says how to run it and how to extend the allow-list.
"""

from __future__ import annotations

import io
import re
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import requests
from english_text import english_forms_in, english_in, spans
from pypdf import PdfReader

# Elements whose text is not the portal's wording: code samples, and what people typed (notes, descriptions).
IGNORED_TAGS = frozenset({"script", "style", "template", "code", "pre", "noscript"})
IGNORED_CLASSES = frozenset({"notes", "embedded-content", "ppid-user-content"})
READ_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)

ESCAPED_HTML = re.compile(
    r"&(lt|gt|quot|amp|#\d+|#x[0-9a-f]+);|</?(i|span|a|div|p|strong|em|br|ul|li)\b[^<]{0,40}>", re.IGNORECASE
)

SKIPPED_PATH = re.compile(
    r"(logout|/_logout|/api/|/download|/webassets/|/base/|/uploads/|/ckanext-ppid/|/dump"
    r"|\.(pdf|csv|xlsx?|ods|json|jsonld|xml|rdf|ttl|n3|zip|png|jpe?g|svg|ico|js|css|txt)$)",
    re.I,
)


@dataclass
class Finding:
    url: str
    problem: str
    snippet: str

    def __str__(self) -> str:
        return f"{self.url}: {self.problem}: …{self.snippet}…"


@dataclass
class Crawl:
    """What one person's crawl met: the pages visited and the findings."""

    person: str
    language: str
    visited: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


class _Reader(HTMLParser):
    """Visible text and links of a page, leaving out ignored regions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._ignored: list[str] = []  # stack of open ignored tags (nested same-name tags counted)

    def _is_ignored(self, tag: str, attributes: dict[str, str | None]) -> bool:
        classes = set((attributes.get("class") or "").split())
        lang = attributes.get("lang")
        return (
            tag in IGNORED_TAGS
            or bool(classes & IGNORED_CLASSES)
            or (lang is not None and tag != "html" and not lang.startswith("id"))
            or "hidden" in attributes
        )

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        if tag in VOID_TAGS:
            if not self._ignored:
                self._read_attributes(tag, attributes)
            return
        if self._ignored:
            self._ignored.append(tag)
            return
        if self._is_ignored(tag, attributes):
            self._ignored.append(tag)
            return
        self._read_attributes(tag, attributes)

    def handle_startendtag(self, tag, attrs):
        attributes = dict(attrs)
        if not self._ignored:
            self._read_attributes(tag, attributes)

    def _read_attributes(self, tag, attributes):
        for name in READ_ATTRIBUTES:
            if attributes.get(name):
                self.parts.append(attributes[name])
        if tag == "input" and attributes.get("type") in ("submit", "button") and attributes.get("value"):
            self.parts.append(attributes["value"])

    def handle_endtag(self, tag):
        # Close up to the matching tag (tolerates unclosed inner tags such as <p> or <li>).
        if self._ignored and tag in self._ignored:
            while self._ignored and self._ignored.pop() != tag:
                pass

    def handle_data(self, data):
        if not self._ignored and data.strip():
            self.parts.append(" ".join(data.split()))


def read_page(html: str) -> tuple[str, list[str]]:
    """The page's readable strings (one per line) and the hrefs of its links."""
    reader = _Reader()
    reader.feed(html)
    return "\n".join(reader.parts), reader.links


def escaped_html_in(text: str) -> list[str]:
    """Snippets around HTML shown as text."""
    return spans(text, [m.span() for m in ESCAPED_HTML.finditer(text)])


def check_page(url: str, html: str, language: str) -> list[Finding]:
    text, _ = read_page(html)
    return check_text(url, text, language)


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def check_text(url: str, text: str, language: str) -> list[Finding]:
    findings = [Finding(url, "escaped HTML", snippet) for snippet in escaped_html_in(text)]
    if language == "id":
        words, snippets = english_in(text)
        if words:
            findings.append(Finding(url, "English " + ", ".join(words), " … ".join(snippets)))
        findings += [Finding(url, name, snippets) for name, snippets in english_forms_in(text)]
    return findings


def log_in(session: requests.Session, base: str, login: str, password: str) -> None:
    """Log in through the login form (CSRF token included), as a browser does."""
    form = session.get(f"{base}/user/login", timeout=30)
    token = re.search(r'name="_csrf_token"[^>]*value="([^"]+)"', form.text) or re.search(
        r'value="([^"]+)"[^>]*name="_csrf_token"', form.text
    )
    data = {"login": login, "password": password}
    if token:
        data["_csrf_token"] = token.group(1)
    answer = session.post(f"{base}/user/login", data=data, timeout=30)
    if "ckan" not in {c.name for c in session.cookies} and "remember_token" not in session.cookies:
        raise RuntimeError(f"logging in as {login} failed ({answer.status_code})")


def crawl(
    base: str,
    person: str,
    start: Iterable[str],
    route_of: Callable[[str], str | None],
    language: str = "id",
    session: requests.Session | None = None,
    page_cap: int = 60,
    read_pdfs: bool = False,
) -> Crawl:
    """Breadth-first over same-origin GET links from ``start`` (paths), one page per route, up to the cap.

    ``route_of(path)`` names the route a URL is served by (None: not a page to visit); pages of one route are
    visited once (a search page with a facet chosen, or a list's next page, says nothing new). Under
    ``language`` ``en`` every path is prefixed with ``/en``. With ``read_pdfs`` the PDFs linked (letters,
    receipts, the registers) are read too, one per route.
    """
    session = session or requests.Session()
    prefix = "" if language == "id" else f"/{language}"
    result = Crawl(person, language)
    host = urlsplit(base).netloc
    queue: deque[str] = deque()
    seen_routes: set[str] = set()
    seen_urls: set[str] = set()

    def offer(path: str, forced: bool = False) -> None:
        split = urlsplit(path)
        if split.netloc and split.netloc != host:
            return
        if split.scheme and split.scheme not in ("http", "https"):
            return
        local = split.path or "/"
        if prefix and local.startswith(prefix + "/"):
            local = local[len(prefix) :]
        wanted_pdf = read_pdfs and local.endswith(".pdf")
        if (SKIPPED_PATH.search(local) and not wanted_pdf) or local.startswith("/en/") or local == "/en":
            return
        route = route_of(local)
        if route is None or (route in seen_routes and not forced):
            return
        url = prefix + local + (f"?{split.query}" if split.query else "")
        if url in seen_urls:
            return
        if not forced:  # a start page does not stand for its route: links still lead to another one
            seen_routes.add(route)
        seen_urls.add(url)
        queue.append(url)

    for path in start:
        offer(path, forced=True)
    while queue and len(result.visited) < page_cap:
        url = queue.popleft()
        try:
            answer = session.get(base + url, timeout=60, allow_redirects=True)
        except requests.RequestException as error:
            result.findings.append(Finding(url, "no answer", str(error)[:120]))
            continue
        result.visited.append(url)
        if answer.status_code >= 500:
            result.findings.append(Finding(url, f"HTTP {answer.status_code}", answer.text[:120]))
            continue
        kind = answer.headers.get("content-type", "")
        if kind.startswith("application/pdf"):
            result.findings += check_text(url, pdf_text(answer.content), language)
            continue
        if "text/html" not in kind:
            continue
        final = urlsplit(answer.url)
        if final.netloc != host:
            continue
        result.findings += check_page(url, answer.text, language)
        _, links = read_page(answer.text)
        for href in links:
            offer(urldefrag(urljoin(answer.url, href)).url)
    return result
