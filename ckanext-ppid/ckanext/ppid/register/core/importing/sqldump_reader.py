"""Read the data of a MySQL/phpMyAdmin dump: column names from CREATE TABLE, rows from INSERT tuples.

Small bodies often keep their register in a web app's MySQL table; the dump is what they can hand over.
Nothing is executed: the dump is tokenised and only CREATE TABLE and INSERT/REPLACE statements are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ckanext.ppid.law.markers import N_
from ckanext.ppid.tabular.decoding import decode_text
from ckanext.ppid.tabular.tables import SourceRow, Table, UnreadableFile, grid_row

TOKEN = re.compile(
    r"""
    (?P<skip>\s+|--[^\n]*|\#[^\n]*|/\*.*?\*/)
    |(?P<str>'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.|"")*")
    |(?P<ident>`(?:[^`]|``)*`)
    |(?P<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|0x[0-9A-Fa-f]+)
    |(?P<word>[A-Za-z_][A-Za-z0-9_$]*)
    |(?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)
ESCAPES = {"0": "", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "%": "\\%", "_": "\\_"}
ESCAPE = re.compile(r"\\(.)", re.DOTALL)
# Table-level clauses inside CREATE TABLE (...) that are not columns.
NOT_COLUMNS = frozenset(
    {"PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT", "FOREIGN", "FULLTEXT", "SPATIAL", "CHECK"}
)


@dataclass(frozen=True)
class Token:
    kind: str
    value: str
    line: int


def read_sql_dump(data: bytes, max_rows: int) -> list[Table]:
    """One table per dumped table that has rows, in the order their data appears."""
    text, notes = decode_text(data)
    columns: dict[str, list[str]] = {}
    tables: dict[str, Table] = {}
    for statement in _statements(_tokens(text)):
        head = [token.value.upper() for token in statement[:2] if token.kind == "word"]
        if head == ["CREATE", "TABLE"]:
            name, names = _create_table(statement)
            columns[name] = names
        elif head and head[0] in ("INSERT", "REPLACE"):
            name, listed, tuples = _insert(statement)
            header = listed or columns.get(name, [])
            table = tables.setdefault(
                name,
                Table(name=name, rows=[grid_row(statement[0].line, header)], numbering="line", notes=notes),
            )
            table.rows.extend(tuples)
            if len(table.rows) > max_rows:
                raise UnreadableFile(N_("The file has more than {limit} rows."), limit=max_rows)
    return list(tables.values())


def _tokens(text: str) -> list[Token]:
    tokens = []
    line = 1
    for match in TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        value = match.group()
        if kind == "punct" and value in "'\"`":
            raise UnreadableFile(N_("The SQL dump has an unterminated string at line {line}."), line=line)
        if kind != "skip":
            tokens.append(Token(kind, value, line))
        line += value.count("\n")
    return tokens


def _statements(tokens: list[Token]) -> list[list[Token]]:
    statements: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind == "punct" and token.value == ";":
            statements.append([])
        else:
            statements[-1].append(token)
    return [statement for statement in statements if statement]


def _name(token: Token) -> str:
    return token.value[1:-1].replace("``", "`") if token.kind == "ident" else token.value


def _create_table(statement: list[Token]) -> tuple[str, list[str]]:
    position = 2
    while statement[position].kind == "word" and statement[position].value.upper() in ("IF", "NOT", "EXISTS"):
        position += 1
    name = _name(statement[position])
    names: list[str] = []
    depth = 0
    expect_column = False
    for token in statement[position + 1 :]:
        if token.kind == "punct" and token.value == "(":
            depth += 1
            expect_column = depth == 1
            continue
        if token.kind == "punct" and token.value == ")":
            depth -= 1
        elif depth == 1 and token.kind == "punct" and token.value == ",":
            expect_column = True
            continue
        if expect_column and token.kind in ("ident", "word") and token.value.upper() not in NOT_COLUMNS:
            names.append(_name(token))
        expect_column = False
    return name, names


def _insert(statement: list[Token]) -> tuple[str, list[str], list[SourceRow]]:
    words = [token.value.upper() if token.kind == "word" else "" for token in statement]
    into = words.index("INTO") if "INTO" in words else 1
    name = _name(statement[into + 1])
    values = words.index("VALUES") if "VALUES" in words else len(statement)
    listed = [_name(token) for token in statement[into + 2 : values] if token.kind in ("ident", "word")]
    rows: list[SourceRow] = []
    current: list[str] | None = None
    line = 0
    for token in statement[values + 1 :]:
        if token.kind == "punct" and token.value == "(":
            current, line = [], token.line
        elif token.kind == "punct" and token.value == ")" and current is not None:
            rows.append(grid_row(line, current))
            current = None
        elif current is not None and token.kind != "punct":
            current.append(_value(token))
    return name, listed, rows


def _value(token: Token) -> str:
    if token.kind == "str":
        quote = token.value[0]
        body = token.value[1:-1].replace(quote * 2, quote)
        return ESCAPE.sub(lambda match: ESCAPES.get(match.group(1), match.group(1)), body)
    if token.kind == "word" and token.value.upper() == "NULL":
        return ""
    return token.value
