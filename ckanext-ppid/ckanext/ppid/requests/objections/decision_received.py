"""The step recording when the applicant received the Atasan PPID's response: it opens the dispute window."""

from __future__ import annotations

from ckanext.ppid.law.markers import N_

CODE = "catat_tanggapan_diterima"
LABEL = N_("Record the day the applicant received the Atasan PPID's response")
