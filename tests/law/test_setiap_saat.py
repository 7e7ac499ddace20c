from __future__ import annotations

from ckanext.ppid.law import setiap_saat


def test_seventeen_items_starting_with_the_dip():
    items = setiap_saat.SETIAP_SAAT_ITEMS
    assert len(items) == 17
    assert items[0].code == "dip"
    assert items[0].legal_basis == "UU 14/2008 Ps 11(1)(a)"


def test_items_restating_the_act_are_confirmed_the_rest_is_practice():
    confirmed = {item.code for item in setiap_saat.SETIAP_SAAT_ITEMS if item.confidence == "C"}
    assert all("UU 14/2008 Ps 11(1)" in setiap_saat.setiap_saat_item(code).legal_basis for code in confirmed)
    assert setiap_saat.setiap_saat_item("agenda_pimpinan").confidence == "S"
