"""Which register items are withheld: the files of exempted information in force.

An item is restricted while it is exempted (``dikecualikan``) and its exemption stands. Once the period
ends (PP 61/2010 Ps 11), the person consents or it concerns a public office (UU 14/2008 Ps 18(2)), or the
Komisi Informasi orders it opened (Ps 11(2)), its status changes and its files become public.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ckanext.ppid.law.markers import N_

DATASET_TYPE = "informasi-publik"
EXEMPTED = "dikecualikan"
STATUS_LABELS = {
    "berlaku": N_("In force"),
    "akan_berakhir": N_("Ending soon"),
    "berakhir": N_("Ended (opened)"),
    "dibuka_persetujuan": N_("Opened with the person's consent or public office"),
    "dibuka_putusan": N_("Opened by an objection or Komisi Informasi decision"),
}
# Statuses under which the exemption still withholds the files.
WITHHOLDING = frozenset({"berlaku", "akan_berakhir"})
# Resource fields of CKAN's index document (Solr schema) that carry a document's name, text or address.
RESOURCE_INDEX_FIELDS = (
    "res_name",
    "res_description",
    "res_format",
    "res_url",
    "res_type",
    "urls",
    "url_type",
)


def is_restricted(item: Mapping[str, Any]) -> bool:
    """True if the item's documents must be withheld from the public."""
    if item.get("type", DATASET_TYPE) != DATASET_TYPE or item.get("kategori") != EXEMPTED:
        return False
    return (item.get("status_pengecualian") or "berlaku") in WITHHOLDING
