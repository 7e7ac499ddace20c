"""A legal basis that is not an article: what the procedure does because service practice needs it.

Other bases are citations ("UU 14/2008 Ps 22(7)"), shown as written; this one is a sentence, translated where
it is shown.
"""

from __future__ import annotations

from ckanext.ppid.law.markers import N_

PRACTICE = N_("Service practice (no article sets it)")
