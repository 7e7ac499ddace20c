"""The fields of an exempted register item in force (Pasal 17 ground, consequence test, PPID decree), for
the tests that refuse a request on it, read it in the audit log or look at it in the register."""

EXEMPTED = {
    "kategori": "dikecualikan",
    "dasar_pengecualian": "17.h.2",
    "dasar_undang_undang": "UU 36/2009 tentang Kesehatan Pasal 57",
    "konsekuensi": "Membuka riwayat kesehatan pasien",
    "pertimbangan_kepentingan_publik": "Melindungi rahasia pribadi pasien lebih besar manfaatnya",
    "jangka_waktu_pengecualian": "selama_diperlukan",
    "nomor_sk_ppid": "188/12/PPID/2025",
    "tanggal_penetapan": "2025-03-03",
    "persetujuan_pimpinan": "Bupati Lembah Hijau, 3 Maret 2025",
}
