"""The language check: crawl a running portal as a person would and report English and escaped HTML.

A plain HTTP crawl (``requests``): for each person (anonymous or a demo account, logged in through the
login form), breadth-first from the front page and the person's home (``/ppid/saya``) plus a fixed list of
form pages, following same-origin GET links only and visiting one page per route (Flask endpoint), up to a
page cap. Each page's visible text (text, and the attributes a
person reads: placeholder, title, aria-label, alt, button values) is checked for

* English on an Indonesian page: a word list of English words no Indonesian sentence uses, and CKAN
  phrases seen on Indonesian pages, outside code samples, user-entered content and ``lang`` regions;
* dates with the month first ("Desember 7, 2026") and percentages with a decimal point ("91.7%");
* escaped HTML shown as text (``&lt;``, ``&quot;``, ``<i class=``) in either language;
* a 5xx answer in either language.

docs/translations.md (The language check) says how to run it and how to extend the allow-list.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import requests

# English words an Indonesian sentence never uses (case-insensitive, whole words). "Dataset", "Data",
# "Format", "Status", "Tag", "Email", "URL" and "Total" are Indonesian usage and not listed.
ENGLISH_WORDS = frozenset(
    " ".join(
        (
            "the and of with your you this that these those there here which what where when who why how",
            "is are was were been be has have had will would should could can cannot not to in",
            "for from into onto by at on off or",
            "please sorry welcome yet already",
            "search add added adding save saved create created creating update updated updating",
            "delete deleted",
            "edit edited editing view views viewing manage remove removed cancel submit publish published",
            "new next previous back more less show hide all none",
            "home dashboard feed news stream activity activities followers follow unfollow",
            "datasets resource resources organization organizations organisation group groups member members",
            "upload uploaded uploading download downloads license licence licenses",
            "visibility private public draft active pending",
            "username password login logout sign registration account profile settings",
            "last first recent since ago today yesterday",
            "name title description tags author maintainer version modified",
            "request requests applicant objection objections",
            "error errors found forbidden unauthorized unauthorised",
            "optional required field fields value values",
            "day days month months year years",
        )
    ).split()
)

# CKAN phrases seen on Indonesian pages (issue 14), checked case-sensitively as phrases.
ENGLISH_PHRASES = (
    "What are datasets?",
    "Next: Add Data",
    "Add New Resource",
    "Save & add another",
    "New Resource View",
    "Last Active",
    "News feed",
    "Status active",
    "Powered by",
    "Open Data",
)

# Names that hold English words and are right on an Indonesian page: removed before the check.
ALLOWED = (
    # Licence titles stay as their authors wrote them (i18n/README.md, Terminology).
    re.compile(r"Creative Commons[\w\s\-().,]*"),
    re.compile(r"Open Data Commons[\w\s\-().,]*"),
    re.compile(r"GNU Free Documentation License"),
    re.compile(r"Open Government Licen[cs]e[\w\s\-().,]*"),
    re.compile(r"License not specified"),
    re.compile(r"Open Database License"),
    # Product names.
    re.compile(r"\b(CKAN|DataStore|DataTables|PostgreSQL|Leaflet|OpenStreetMap)\b"),
    # A value typed as it is: the DataTables view's date format "NONE".
    re.compile(r"\bNONE\b"),
    # The language selector names each language in its own language.
    re.compile(r"^English$", re.MULTILINE),
)

# Elements whose text is not the portal's wording: code samples, and what people typed (notes, descriptions).
IGNORED_TAGS = frozenset({"script", "style", "template", "code", "pre", "noscript"})
IGNORED_CLASSES = frozenset({"notes", "embedded-content", "ppid-user-content"})
READ_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)

# Dates and numbers written the English way on an Indonesian page: "Desember 7, 2026", "91.7%".
MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
ENGLISH_FORMS = (
    ("date with the month first", re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}, \d{{4}}\b")),
    ("decimal point in a percentage", re.compile(r"(?<![\d.,])\d+\.\d+ ?%")),
)

# A word: letters, with hyphens or underscores inside (codes and slugs such as cc-by are not words).
WORD = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")
URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?<![\w/])/[\w.-]+(?:/[\w.-]*)*")
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


def _snippet(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 40) : end + 40].split())


def _spans(text: str, hits: list[tuple[int, int]], limit: int = 3) -> list[str]:
    """Snippets around the hits, neighbouring hits sharing one snippet, at most ``limit``."""
    spans: list[list[int]] = []
    for start, end in sorted(hits):
        if spans and start - spans[-1][1] < 60:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [_snippet(text, start, end) for start, end in spans[:limit]]


def english_in(text: str) -> tuple[list[str], list[str]]:
    """The English words and CKAN phrases in ``text``, and snippets around them."""
    for allowed in ALLOWED:
        text = allowed.sub(lambda m: " " * len(m.group(0)), text)
    words: dict[str, None] = {}
    hits: list[tuple[int, int]] = []
    for phrase in ENGLISH_PHRASES:
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
            words.setdefault(phrase)
            hits.append(match.span())
    text = URL.sub(lambda m: " " * len(m.group(0)), text)
    for match in WORD.finditer(text):
        if match.group(0).lower() in ENGLISH_WORDS:
            words.setdefault(match.group(0).lower())
            hits.append(match.span())
    return list(words), _spans(text, hits)


def escaped_html_in(text: str) -> list[str]:
    """Snippets around HTML shown as text."""
    return _spans(text, [m.span() for m in ESCAPED_HTML.finditer(text)])


def check_page(url: str, html: str, language: str) -> list[Finding]:
    text, _ = read_page(html)
    findings = [Finding(url, "escaped HTML", snippet) for snippet in escaped_html_in(text)]
    if language == "id":
        words, snippets = english_in(text)
        if words:
            findings.append(Finding(url, "English " + ", ".join(words), " … ".join(snippets)))
        for name, pattern in ENGLISH_FORMS:
            found = _spans(text, [m.span() for m in pattern.finditer(text)])
            if found:
                findings.append(Finding(url, name, " … ".join(found)))
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
) -> Crawl:
    """Breadth-first over same-origin GET links from ``start`` (paths), one page per route, up to the cap.

    ``route_of(path)`` names the route a URL is served by (None: not a page to visit); pages of one route are
    visited once (a search page with a facet chosen, or a list's next page, says nothing new). Under
    ``language`` ``en`` every path is prefixed with ``/en``.
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
        if SKIPPED_PATH.search(local) or local.startswith("/en/") or local == "/en":
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
        if "text/html" not in answer.headers.get("content-type", ""):
            continue
        final = urlsplit(answer.url)
        if final.netloc != host:
            continue
        result.findings += check_page(url, answer.text, language)
        _, links = read_page(answer.text)
        for href in links:
            offer(urldefrag(urljoin(answer.url, href)).url)
    return result
