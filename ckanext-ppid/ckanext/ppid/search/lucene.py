"""Solr's standard (Lucene) query syntax, parsed with luqum, to a :mod:`nodes` tree.

Clauses combine exactly as Lucene's classic query parser combines them (``QueryParserBase.addClause``):
the clauses of a group form one flat list in which ``AND`` makes its neighbours required, ``OR`` makes
them optional when the default operator is AND, ``+`` requires, ``-``/``NOT``/``!`` prohibit. luqum's
own operator precedence is undone by reading its operation nodes back in their original order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ckan.lib.search.common import SearchQueryError
from luqum import tree
from luqum.exceptions import ParseError
from luqum.parser import parser

from ckanext.ppid.search import datemath, nodes, schema

AND, OR = "AND", "OR"
# Conjunctions and modifiers of Lucene's addClause.
CONJ_NONE, CONJ_AND, CONJ_OR = 0, 1, 2
MOD_NONE, MOD_REQ, MOD_NOT = 0, 1, 2

_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_HAS_WORD_CHAR = re.compile(r"\w")
MAX_QUERY_LENGTH = 10_000
NGRAM_MIN, NGRAM_MAX = 2, 10
# Plain characters in Lucene's syntax that luqum reads as operators or refuses.
LUQUM_SPECIAL = "'<>"


def unescape(text: str) -> str:
    """Remove Lucene's backslash escapes."""
    return _ESCAPED.sub(r"\1", text)


def like_escape(text: str) -> str:
    """Escape SQL LIKE's special characters (backslash is the escape character)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def wildcard_parts(raw: str) -> list[tuple[str, bool]]:
    """Split a raw (escaped) Lucene term into (text, is_wildcard) parts; ``*`` and ``?`` unescaped."""
    parts: list[tuple[str, bool]] = []
    literal = ""
    index = 0
    while index < len(raw):
        char = raw[index]
        if char == "\\" and index + 1 < len(raw):
            literal += raw[index + 1]
            index += 2
            continue
        if char in "*?":
            if literal:
                parts.append((literal, False))
                literal = ""
            parts.append((char, True))
        else:
            literal += char
        index += 1
    if literal:
        parts.append((literal, False))
    return parts


def like_pattern(parts: list[tuple[str, bool]], lower: bool = False) -> str:
    """A SQL LIKE pattern for wildcard parts."""
    pattern = ""
    for text, is_wildcard in parts:
        if is_wildcard:
            pattern += "%" if text == "*" else "_"
        else:
            pattern += like_escape(text.lower() if lower else text)
    return pattern


def field_for(name: str) -> schema.Field:
    """The schema field called ``name``; SearchQueryError for names that cannot be fields."""
    if not schema.is_valid_name(name) or name in ("_query_", "_val_"):
        raise SearchQueryError(f"Invalid field name in search query: {name!r}")
    return schema.field(name)


def _typed_value(definition: schema.Field, value: str) -> str:
    if definition.kind == schema.DATE:
        try:
            return datemath.canonical(value)
        except datemath.InvalidDate as error:
            raise SearchQueryError(f"Invalid date for field {definition.name!r}: {value!r}") from error
    if definition.kind == schema.INT:
        try:
            return str(int(value))
        except ValueError as error:
            raise SearchQueryError(f"Invalid number for field {definition.name!r}: {value!r}") from error
    return value


def term_node(
    definition: schema.Field, raw: str, *, phrase: bool = False, literal: bool = False
) -> nodes.Node | None:
    """The leaf for one term or phrase on a field; None if analysis leaves nothing to match.

    ``raw`` keeps Lucene's escapes unless ``literal`` (dismax terms, where nothing is special).
    """
    parts = [(raw, False)] if literal or phrase else wildcard_parts(raw)
    value = "".join(text for text, _ in parts) if (literal or phrase) else unescape(raw)
    has_wildcard = any(is_wildcard for _, is_wildcard in parts)
    if has_wildcard and parts == [("*", True)]:
        return nodes.Exists(definition)
    kind = definition.kind
    if kind in schema.TEXT_KINDS:
        if has_wildcard:
            if parts[-1] == ("*", True) and not any(w for _, w in parts[:-1]):
                return nodes.Text(definition, parts[0][0].lower(), nodes.PREFIX)
            return nodes.Text(definition, like_pattern(parts, lower=True), nodes.PATTERN)
        if not _HAS_WORD_CHAR.search(value):
            return None
        return nodes.Text(definition, value, nodes.PHRASE if phrase else nodes.WORDS)
    if kind == schema.NGRAM:
        if has_wildcard:
            raise SearchQueryError(f"Wildcards are not supported on field {definition.name!r}")
        tokens = value.lower().split()
        if not tokens:
            return None
        if any(not NGRAM_MIN <= len(token) <= NGRAM_MAX for token in tokens):
            return nodes.MatchNone()
        return nodes.Ngram(definition, " ".join(tokens))
    if has_wildcard:
        if kind != schema.STRING:
            raise SearchQueryError(f"Wildcards are not supported on field {definition.name!r}")
        return nodes.Wildcard(definition, like_pattern(parts))
    return nodes.Exact(definition, (_typed_value(definition, value),))


def _bound(definition: schema.Field, item: tree.Item) -> str | None:
    if isinstance(item, tree.Phrase):
        text = unescape(item.value[1:-1])
    elif isinstance(item, tree.Word):
        if item.value == "*":
            return None
        text = unescape(item.value)
    else:
        raise SearchQueryError(f"Unsupported range bound: {item}")
    return _typed_value(definition, text)


def range_node(definition: schema.Field, item: tree.Range) -> nodes.Node:
    """The node for ``[low TO high]`` / ``{low TO high}`` on a string, date or numeric field."""
    if definition.kind not in (schema.STRING, schema.DATE, schema.INT):
        raise SearchQueryError(f"Range queries are not supported on text field {definition.name!r}")
    low, high = _bound(definition, item.low), _bound(definition, item.high)
    if low is None and high is None:
        return nodes.Exists(definition)
    return nodes.Range(definition, low, high, item.include_low, item.include_high)


@dataclass(frozen=True)
class Clause:
    """One clause of a flat Lucene clause list."""

    conj: int
    mods: int
    item: tree.Item


def flatten(item: tree.Item) -> list[Clause]:
    """The clauses of a group in their original order, with the conjunction before each."""
    if isinstance(item, tree.BaseOperation):
        conj = {tree.AndOperation: CONJ_AND, tree.OrOperation: CONJ_OR}.get(type(item), CONJ_NONE)
        clauses: list[Clause] = []
        for index, child in enumerate(item.children):
            sub = flatten(child)
            if index and sub:
                sub[0] = Clause(conj, sub[0].mods, sub[0].item)
            clauses.extend(sub)
        return clauses
    if isinstance(item, (tree.Plus, tree.Prohibit, tree.Not)):
        if isinstance(item.a, tree.Unary):
            raise SearchQueryError(f"Two operators in a row: {str(item).strip()!r}")
        mods = MOD_REQ if isinstance(item, tree.Plus) else MOD_NOT
        return [Clause(CONJ_NONE, mods, item.a)]
    return [Clause(CONJ_NONE, MOD_NONE, item)]


def _symbolic_operators(clauses: list[Clause]) -> list[Clause]:
    """Apply ``&&`` and ``||``, which luqum reads as plain words."""
    result: list[Clause] = []
    pending: int | None = None
    for clause in clauses:
        item = clause.item
        if isinstance(item, tree.Word) and item.value in ("&&", "||"):
            pending = CONJ_AND if item.value == "&&" else CONJ_OR
            continue
        conj = clause.conj if pending is None else pending
        pending = None
        result.append(Clause(conj, clause.mods, item))
    return result


def combine(clauses: list[tuple[int, int, nodes.Node | None]], default_operator: str) -> nodes.Bool:
    """Lucene's addClause over (conjunction, modifiers, node) triples; None nodes are analysed away."""
    occurs: list[list] = []  # [occur, node] pairs, occur in "must", "should", "must_not"
    for conj, mods, node in clauses:
        if occurs and conj == CONJ_AND and occurs[-1][0] != "must_not":
            occurs[-1][0] = "must"
        if occurs and default_operator == AND and conj == CONJ_OR and occurs[-1][0] != "must_not":
            occurs[-1][0] = "should"
        if node is None:
            continue
        prohibited = mods == MOD_NOT
        if default_operator == OR:
            required = mods == MOD_REQ or (conj == CONJ_AND and not prohibited)
        else:
            required = not prohibited and conj != CONJ_OR
        occurs.append(["must_not" if prohibited else "must" if required else "should", node])
    return nodes.Bool(
        must=tuple(node for occur, node in occurs if occur == "must"),
        should=tuple(node for occur, node in occurs if occur == "should"),
        must_not=tuple(node for occur, node in occurs if occur == "must_not"),
    )


# Translates a bare (unfielded) term: (raw value, is phrase) -> node.
BareTerm = Callable[[str, bool], "nodes.Node | None"]


class Translator:
    """Turns one parsed query into nodes; bare terms go to ``bare_term`` (df, or dismax's qf)."""

    def __init__(self, default_operator: str, bare_term: BareTerm):
        self.default_operator = default_operator
        self.bare_term = bare_term

    def group(self, item: tree.Item, field: schema.Field | None) -> nodes.Bool:
        """A group's clause list as one BooleanQuery."""
        clauses = _symbolic_operators(flatten(item))
        triples = [(c.conj, c.mods, self.item(c.item, field)) for c in clauses]
        return combine(triples, self.default_operator)

    def item(self, item: tree.Item, field: schema.Field | None) -> nodes.Node | None:
        """One clause's query."""
        if isinstance(item, (tree.Group, tree.FieldGroup)):
            return self.group(item.expr, field)
        if isinstance(item, tree.SearchField):
            return self._search_field(item)
        if isinstance(item, (tree.BaseOperation, tree.Unary)) and not isinstance(item, tree.OpenRange):
            return self.group(item, field)
        if isinstance(item, tree.Boost):
            return self.item(item.expr, field)
        if isinstance(item, (tree.Word, tree.Phrase)):
            return self._term(item, field)
        if isinstance(item, tree.Range):
            if field is None:
                raise SearchQueryError("A range query needs a field: field:[a TO b]")
            return range_node(field, item)
        raise SearchQueryError(f"Unsupported query syntax: {str(item).strip()!r}")

    def _search_field(self, item: tree.SearchField) -> nodes.Node | None:
        if item.name == "*":
            if isinstance(item.expr, tree.Word) and item.expr.value == "*":
                return nodes.MatchAll()
            raise SearchQueryError("Only *:* may use the field name '*'")
        return self.item(item.expr, field_for(item.name))

    def _term(self, item: tree.Term, field: schema.Field | None) -> nodes.Node | None:
        phrase = isinstance(item, tree.Phrase)
        raw = item.value[1:-1] if phrase else item.value
        if phrase:
            raw = unescape(raw)
        if field is None:
            if not phrase and raw == "*":
                return nodes.MatchAll()
            return self.bare_term(raw, phrase)
        return term_node(field, raw, phrase=phrase)


def escape_literals(query: str) -> str:
    """Lucene's lexis for luqum: ``'``, ``<``, ``>`` are plain characters, ``!`` is ``NOT``."""
    result = []
    in_phrase = False
    index = 0
    while index < len(query):
        char = query[index]
        if char == "\\":
            result.append(query[index : index + 2])
            index += 2
            continue
        if char == '"':
            in_phrase = not in_phrase
        elif char == "!" and not in_phrase:
            result.append(" NOT ")
            index += 1
            continue
        elif char in LUQUM_SPECIAL and not in_phrase:
            result.append("\\")
        result.append(char)
        index += 1
    return "".join(result)


def parse(query: str) -> tree.Item:
    """luqum's tree for ``query``; SearchQueryError if it is not valid Lucene syntax."""
    if len(query) > MAX_QUERY_LENGTH:
        raise SearchQueryError("Search query is too long")
    try:
        return parser.parse(escape_literals(query))
    except (ParseError, ValueError, TypeError) as error:
        raise SearchQueryError(f"Cannot parse search query {query!r}: {error}") from error


def translate(
    query: str, default_field: str = schema.DEFAULT_FIELD, default_operator: str = OR
) -> nodes.Node:
    """The node tree of a standard-parser query (``q`` with defType lucene, or an ``fq``)."""
    if not query.strip():
        return nodes.MatchNone()
    df = field_for(default_field)
    translator = Translator(default_operator, lambda raw, phrase: term_node(df, raw, phrase=phrase))
    return translator.group(parse(query), None)
