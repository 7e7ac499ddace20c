"""Budget classification codes (docs/budget-codes.md, Code shapes): their levels, shapes and parents.

The program chain (Permendagri 90/2019 and the Kepmendagri updates): urusan ``X``, bidang urusan
``X.XX``, program ``X.XX.XX``, kegiatan ``X.XX.XX.Y.ZZ`` (``Y`` 1 provinsi, 2 kabupaten/kota), sub
kegiatan ``X.XX.XX.Y.ZZ.NN`` (the original annex) or ``.NNNN`` (current SIPD). Cross-cutting support
programs use the placeholder ``X`` / ``X.XX`` for urusan and bidang.

Accounts (rekening): akun.kelompok.jenis.objek.rincian objek.sub rincian objek, ``A.K.JJ.OO.RR.SSSS``,
which SIPD writes with three and five digits in the last two places (``5.1.02.01.001.00024``).

Organisations (SKPD) in SIPD: up to three urusan/bidang pairs, the unit and the sub-unit,
``2.16.2.20.2.21.01.0000``.

The shapes do not overlap except for a lone digit (urusan ``5`` or akun ``5``), which is an urusan
unless the column holds accounts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

URUSAN = "urusan"
BIDANG_URUSAN = "bidang_urusan"
PROGRAM = "program"
KEGIATAN = "kegiatan"
SUB_KEGIATAN = "sub_kegiatan"
# The program chain, top down; a code's level is its depth in this chain.
PROGRAM_LEVELS = (URUSAN, BIDANG_URUSAN, PROGRAM, KEGIATAN, SUB_KEGIATAN)
# Account depths: akun, kelompok, jenis, objek, rincian objek, sub rincian objek.
REKENING_DEPTH = 6
PLACEHOLDER = "X"

Kind = Literal["program", "rekening", "skpd"]

PROGRAM_SHAPE = re.compile(
    r"[1-9X](?:\.(?:0[1-9]|[1-9]\d|XX)(?:\.\d{2}(?:\.\d\.\d{2}(?:\.(?:\d{4}|\d{2}))?)?)?)?"
)
REKENING_SHAPE = re.compile(r"[4-6](?:\.\d(?:\.\d{2}(?:\.\d{2}(?:\.\d{2,3}(?:\.\d{4,5})?)?)?)?)?")
SKPD_SHAPE = re.compile(r"[\dX]\.[\dX]{2}\.[\dX]\.[\dX]{2}\.[\dX]\.[\dX]{2}\.\d{2}\.\d{4}")
# Kegiatan take two segments (Y.ZZ) in the chain; every other level one.
PROGRAM_SEGMENTS = (1, 2, 3, 5, 6)
SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """A code as typed: spaces and a trailing dot dropped, the placeholder in capitals."""
    return SPACES.sub("", text).rstrip(".").replace("x", PLACEHOLDER)


@lru_cache(maxsize=65536)
def program_chain(code: str) -> tuple[str, ...] | None:
    """The code and its ancestors, urusan first (``2.16.01`` -> ``2``, ``2.16``, ``2.16.01``); None
    when it is not a program-chain code."""
    if not PROGRAM_SHAPE.fullmatch(code):
        return None
    parts = code.split(".")
    return tuple(".".join(parts[:count]) for count in PROGRAM_SEGMENTS if count <= len(parts))


@lru_cache(maxsize=65536)
def rekening_chain(code: str) -> tuple[str, ...] | None:
    """The account and its ancestors, akun first; None when it is not an account code."""
    if not REKENING_SHAPE.fullmatch(code):
        return None
    parts = code.split(".")
    return tuple(".".join(parts[: count + 1]) for count in range(len(parts)))


def is_organisation(code: str) -> bool:
    return bool(SKPD_SHAPE.fullmatch(code))


@lru_cache(maxsize=65536)
def classify(code: str) -> tuple[Kind, tuple[str, ...]] | None:
    """What a code in a column of mixed codes (SIPD's "Kode") is, by its shape, with its chain."""
    chain = program_chain(code)
    if chain is not None:
        return "program", chain
    chain = rekening_chain(code)
    if chain is not None:
        return "rekening", chain
    if is_organisation(code):
        return "skpd", (code,)
    return None


def program_level(code: str) -> str | None:
    chain = program_chain(code)
    return PROGRAM_LEVELS[len(chain) - 1] if chain else None


def parent(code: str) -> str | None:
    """The code one level up in its chain (program or account), None at the top or for other codes."""
    chain = program_chain(code) or rekening_chain(code)
    return chain[-2] if chain and len(chain) > 1 else None


def same_code(first: str, second: str) -> bool:
    """Equal codes, a placeholder segment (``X``, ``XX``) standing for any value."""
    if first == second:
        return True
    first_parts, second_parts = first.split("."), second.split(".")
    return len(first_parts) == len(second_parts) and all(
        one == other or PLACEHOLDER in one or PLACEHOLDER in other
        for one, other in zip(first_parts, second_parts, strict=True)
    )
