"""The four categories of public information (UU 14/2008 Ps 9, 10, 11 and 17)."""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence


CATEGORIES = (
    Category("berkala", N_("Periodic information"), "UU 14/2008 Ps 9; Perki 1/2021", "C"),
    Category("serta_merta", N_("Immediate information"), "UU 14/2008 Ps 10; Perki 1/2021 Ps 25", "C"),
    Category("setiap_saat", N_("Information available at any time"), "UU 14/2008 Ps 11; Perki 1/2021", "C"),
    Category("dikecualikan", N_("Exempted information"), "UU 14/2008 Ps 17-20; PP 61/2010 Ps 3-11", "C"),
)
# The categories announced or supplied to the public; exempted information is listed only in the DIK.
PUBLIC_CATEGORIES = CATEGORIES[:3]
_BY_CODE = {entry.code: entry for entry in CATEGORIES}


def category(code: str) -> Category:
    """The category with this code; KeyError if there is none."""
    return _BY_CODE[code]
