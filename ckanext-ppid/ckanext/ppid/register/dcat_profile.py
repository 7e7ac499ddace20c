"""The ``ppid_register`` DCAT profile: register items described for Satu Data Indonesia and harvesters.

Added after a DCAT-AP profile (``ckanext.dcat.rdf.profiles = euro_dcat_ap_2 ppid_register``). It states
each register item's legal category and access right, its legal basis, year and update period; the
documents of withheld exempted items never reach the graph (the dataset dict DCAT serialises has been
through the withheld-files guard, see :mod:`ckanext.ppid.register.withheld`).
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from ckanext.dcat.profiles import RDFProfile
from ckanext.dcat.profiles.base import DCT
from ckanext.ppid.register.core.restriction import DATASET_TYPE, is_restricted

ACCESS_RIGHTS = "http://publications.europa.eu/resource/authority/access-right/"
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
# periodisitas -> the EU frequency vocabulary.
FREQUENCIES = {"bulanan": "MONTHLY", "triwulanan": "QUARTERLY", "semesteran": "BIANNUAL", "tahunan": "ANNUAL"}
# The category codes as concepts under the portal's own PPID pages.
CATEGORY_BASE = "/ppid/kategori/"


class PpidRegisterProfile(RDFProfile):
    """Register fields on top of DCAT-AP; datasets of other types pass through untouched."""

    def graph_from_dataset(self, dataset_dict: dict[str, Any], dataset_ref: Any) -> None:
        if dataset_dict.get("type") != DATASET_TYPE:
            return
        graph = self.g
        category = dataset_dict.get("kategori")
        if category:
            concept = URIRef(self._site_url() + CATEGORY_BASE + category)
            graph.add((dataset_ref, DCT.type, concept))
            graph.add((concept, RDFS.label, Literal(category)))
        withheld = is_restricted(dataset_dict)
        right = "NON_PUBLIC" if withheld else "PUBLIC"
        graph.set((dataset_ref, DCT.accessRights, URIRef(ACCESS_RIGHTS + right)))
        for field in ("dasar_hukum", "dasar_undang_undang"):
            if dataset_dict.get(field):
                graph.add((dataset_ref, DCT.conformsTo, Literal(dataset_dict[field])))
        if dataset_dict.get("dasar_pengecualian"):
            graph.add(
                (dataset_ref, DCT.rights, Literal(f"UU 14/2008 Pasal {dataset_dict['dasar_pengecualian']}"))
            )
        if dataset_dict.get("tahun"):
            graph.add((dataset_ref, DCT.temporal, Literal(str(dataset_dict["tahun"]))))
        frequency = FREQUENCIES.get(dataset_dict.get("periodisitas") or "")
        if frequency:
            graph.set((dataset_ref, DCT.accrualPeriodicity, URIRef(FREQUENCY + frequency)))

    def _site_url(self) -> str:
        return tk.config.get("ckan.site_url").rstrip("/")
