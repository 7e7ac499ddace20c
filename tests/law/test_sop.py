from __future__ import annotations

from ckanext.ppid.law import sop


def test_the_seven_standards_of_ps_23_2():
    assert [s.code for s in sop.STANDARDS] == [
        "pengumuman",
        "permintaan",
        "keberatan",
        "penetapan_pemutakhiran_dip",
        "pendokumentasian",
        "maklumat",
        "uji_konsekuensi",
    ]
    assert all("Ps 23(2)" in s.legal_basis for s in sop.STANDARDS)
    assert sop.standard("maklumat").label == "Service charter"


def test_announcement_channels_of_ps_24():
    assert [c.code for c in sop.ANNOUNCEMENT_CHANNELS] == [
        "papan_pengumuman",
        "laman_resmi",
        "media_sosial",
        "portal_satu_data",
        "aplikasi",
    ]
