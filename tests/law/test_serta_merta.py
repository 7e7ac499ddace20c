from __future__ import annotations

from ckanext.ppid.law import serta_merta


def test_the_six_kinds():
    assert [kind.code for kind in serta_merta.SERTA_MERTA_KINDS] == [
        "bencana_alam",
        "bencana_nonalam",
        "bencana_sosial",
        "penyakit_menular",
        "racun_makanan",
        "gangguan_utilitas",
    ]
    assert all("UU 14/2008 Ps 10" in kind.legal_basis for kind in serta_merta.SERTA_MERTA_KINDS)
    assert serta_merta.serta_merta_kind("racun_makanan").label == "Poison in food"
