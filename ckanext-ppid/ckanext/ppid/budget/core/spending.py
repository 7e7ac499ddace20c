"""Spending groups (kelompok belanja) and types (jenis belanja) with their account codes, as data.

Groups: PP 12/2019 Ps 55(1) [C]; the types of operating spending: Ps 56(1) [C]; the types of the other
groups and all account numbers: Permendagri 90/2019 annex (akun 5 Belanja) [M]. Used to read a "Jenis
Belanja" column that names the type ("Barang dan Jasa", "Belanja Modal") instead of giving its code, and
to give each line its group from its account code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class SpendingClass:
    code: str  # account code: kelompok "5.1", jenis "5.1.02"
    name: str  # as the nomenclature writes it
    group: str  # the kelompok belanja value stored on lines
    aliases: tuple[str, ...] = ()  # other names seen in files, normalised by ``key``


OPERASI = "operasi"
MODAL = "modal"
TIDAK_TERDUGA = "tidak_terduga"
TRANSFER = "transfer"

GROUPS: tuple[SpendingClass, ...] = (
    SpendingClass("5.1", "Belanja Operasi", OPERASI),
    SpendingClass("5.2", "Belanja Modal", MODAL),
    SpendingClass("5.3", "Belanja Tidak Terduga", TIDAK_TERDUGA, ("tak terduga", "btt")),
    SpendingClass("5.4", "Belanja Transfer", TRANSFER),
)
GROUP_VALUES = tuple(group.group for group in GROUPS)

TYPES: tuple[SpendingClass, ...] = (
    SpendingClass("5.1.01", "Belanja Pegawai", OPERASI),
    SpendingClass("5.1.02", "Belanja Barang dan Jasa", OPERASI),
    SpendingClass("5.1.03", "Belanja Bunga", OPERASI),
    SpendingClass("5.1.04", "Belanja Subsidi", OPERASI),
    SpendingClass("5.1.05", "Belanja Hibah", OPERASI),
    SpendingClass("5.1.06", "Belanja Bantuan Sosial", OPERASI, ("bansos",)),
    SpendingClass("5.2.01", "Belanja Modal Tanah", MODAL),
    SpendingClass("5.2.02", "Belanja Modal Peralatan dan Mesin", MODAL),
    SpendingClass("5.2.03", "Belanja Modal Gedung dan Bangunan", MODAL),
    SpendingClass(
        "5.2.04", "Belanja Modal Jalan, Jaringan, dan Irigasi", MODAL, ("modal jalan irigasi jaringan",)
    ),
    SpendingClass("5.2.05", "Belanja Modal Aset Tetap Lainnya", MODAL),
    SpendingClass("5.2.06", "Belanja Modal Aset Lainnya", MODAL),
    SpendingClass("5.4.01", "Belanja Bagi Hasil", TRANSFER),
    SpendingClass("5.4.02", "Belanja Bantuan Keuangan", TRANSFER),
)

NON_WORD = re.compile(r"[^a-z0-9]+")
FILLER = frozenset({"belanja", "dan", "serta"})


def key(name: str) -> str:
    """A name without case, punctuation, "belanja" and "dan": "Belanja Barang & Jasa" -> "barang jasa"."""
    words = NON_WORD.sub(" ", name.lower().replace("&", " ")).split()
    return " ".join(word for word in words if word not in FILLER)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, SpendingClass]:
    # Types after groups, so that a name both carry ("Belanja Tidak Terduga") means the group.
    found: dict[str, SpendingClass] = {}
    for spending in (*TYPES, *GROUPS):
        for name in (spending.name, *spending.aliases):
            found[key(name)] = spending
    return found


def by_name(name: str) -> SpendingClass | None:
    """The group or type a name stands for ("Pegawai", "Belanja Modal", "Tak Terduga"), or None."""
    return _by_name().get(key(name))


def group_of_account(code: str) -> str | None:
    """The spending group of an account code ("5.1.02.01" -> "operasi"); None outside akun 5 Belanja."""
    prefix = code[:3]
    return next((group.group for group in GROUPS if group.code == prefix), None)


def group_value(text: str) -> str | None:
    """A "Kelompok Belanja" cell as a stored value ("Belanja Operasi", "operasi", "5.1" -> "operasi")."""
    if text.strip() in GROUP_VALUES:
        return text.strip()
    spending = by_name(text)
    if spending is not None and spending.code.count(".") == 1:
        return spending.group
    return group_of_account(text.strip()) if text.strip()[:1] == "5" else None
