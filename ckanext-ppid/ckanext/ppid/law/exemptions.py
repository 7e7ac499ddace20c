"""Exempted information: the Pasal 17 grounds, their periods, and what can never be exempted (Pasal 18).

Codes are the article's letter and number (``17.a.1``). A ground with numbered sub-grounds is chosen
through one of them: the law exempts what disclosure "would" do, and the sub-ground says what that is.
"""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_


@dataclass(frozen=True)
class PeriodRule:
    """How long an exemption may last (UU 14/2008 Ps 20; PP 61/2010 Ps 5-9)."""

    code: str
    label: str
    # An upper bound in years from the decision, or None when the rule sets none.
    max_years: int | None
    # Whether "selama diperlukan" (as long as needed) is an acceptable period.
    allows_as_long_as_needed: bool
    # PP 61/2010 Ps 7(5): the period needed is set by the highest head of the body.
    set_by_head: bool


# PP 61/2010 Ps 5(1): law-enforcement information is exempted for at most 30 years.
LAW_ENFORCEMENT_MAX_YEARS = 30
AT_MOST_30_YEARS = PeriodRule(
    "paling_lama_30_tahun",
    N_("At most 30 years; ends earlier if opened in a court hearing open to the public"),
    LAW_ENFORCEMENT_MAX_YEARS,
    False,
    False,
)
AS_LONG_AS_NEEDED_BY_HEAD = PeriodRule(
    "selama_diperlukan_pimpinan",
    N_("As long as protection needs, for a period set by the highest head of the body"),
    None,
    True,
    True,
)
AS_LONG_AS_NEEDED = PeriodRule(
    "selama_diperlukan",
    N_("As long as the protection of the person's secret needs"),
    None,
    True,
    False,
)
PER_LEGISLATION = PeriodRule(
    "sesuai_peraturan",
    N_("As the relevant legislation sets"),
    None,
    False,
    False,
)
PERIOD_RULES = (AT_MOST_30_YEARS, AS_LONG_AS_NEEDED_BY_HEAD, AS_LONG_AS_NEEDED, PER_LEGISLATION)
# The value of jangka_waktu_pengecualian meaning "as long as needed".
AS_LONG_AS_NEEDED_VALUE = "selama_diperlukan"


@dataclass(frozen=True)
class Ground:
    code: str
    parent: str | None
    label: str
    keyword: str
    period_rule: PeriodRule
    period_basis: str
    # UU 14/2008 Ps 18(2), PP 61/2010 Ps 8(3): written consent of the person, or a link to a public office,
    # takes the information out of the exemption.
    consent_may_open: bool
    confidence: Confidence
    legal_basis: str


def _family(
    letter: str,
    label: str,
    keyword: str,
    rule: PeriodRule,
    period_basis: str,
    children: tuple[tuple[str, str], ...] = (),
    *,
    consent_may_open: bool = False,
    period_confidence: Confidence = "C",
) -> tuple[Ground, ...]:
    """A Pasal 17 letter and its numbered sub-grounds, which share its period rule."""
    code = f"17.{letter}"
    head = Ground(
        code,
        None,
        label,
        keyword,
        rule,
        period_basis,
        consent_may_open,
        period_confidence,
        f"UU 14/2008 Ps 17 huruf {letter}",
    )
    return (head,) + tuple(
        Ground(
            f"{code}.{number}",
            code,
            child_label,
            child_keyword,
            rule,
            period_basis,
            consent_may_open,
            period_confidence,
            f"UU 14/2008 Ps 17 huruf {letter} angka {number}",
        )
        for number, (child_label, child_keyword) in enumerate(children, start=1)
    )


GROUNDS: tuple[Ground, ...] = (
    *_family(
        "a",
        N_("Would obstruct law enforcement"),
        "penegakan hukum",
        AT_MOST_30_YEARS,
        "PP 61/2010 Ps 5",
        (
            (N_("Would hinder the investigation of a crime"), "penyelidikan dan penyidikan"),
            (
                N_("Would reveal the identity of informants, reporters, witnesses or victims of a crime"),
                "identitas informan, pelapor, saksi, korban",
            ),
            (
                N_("Would reveal criminal intelligence or plans against transnational crime"),
                "intelijen kriminal",
            ),
            (
                N_("Would endanger the safety and life of law enforcers or their families"),
                "keselamatan penegak hukum",
            ),
            (
                N_("Would endanger the security of law enforcers' equipment, facilities or infrastructure"),
                "peralatan, sarana, prasarana penegak hukum",
            ),
        ),
    ),
    *_family(
        "b",
        N_("Would harm the protection of intellectual property or against unfair business competition"),
        "hak atas kekayaan intelektual; persaingan usaha tidak sehat",
        PER_LEGISLATION,
        "PP 61/2010 Ps 6",
    ),
    *_family(
        "c",
        N_("Would endanger national defence and security"),
        "pertahanan dan keamanan negara",
        AS_LONG_AS_NEEDED_BY_HEAD,
        "PP 61/2010 Ps 7(1), 7(5)",
        (
            (
                N_("Strategy, intelligence, operations, tactics and techniques of defence and security"),
                "strategi, intelijen, operasi, taktik, teknik",
            ),
            (
                N_("Documents containing defence and security strategy, intelligence, operations or tactics"),
                "dokumen strategi pertahanan",
            ),
            (
                N_("Number, composition, disposition or dislocation of forces and their development plans"),
                "kekuatan dan kemampuan",
            ),
            (N_("Images and data on military bases and installations"), "pangkalan, instalasi militer"),
            (
                N_("Other states' military capability, or military cooperation agreed as secret"),
                "kemampuan militer negara lain",
            ),
            (N_("The state cryptography system"), "sistem persandian negara"),
            (N_("The state intelligence system"), "sistem intelijen negara"),
        ),
    ),
    *_family(
        "d",
        N_("Would reveal Indonesia's natural wealth"),
        "kekayaan alam Indonesia",
        AS_LONG_AS_NEEDED_BY_HEAD,
        "PP 61/2010 Ps 7(2), 7(5)",
    ),
    *_family(
        "e",
        N_("Would harm national economic resilience"),
        "ketahanan ekonomi nasional",
        AS_LONG_AS_NEEDED_BY_HEAD,
        "PP 61/2010 Ps 7(3), 7(5)",
        (
            (
                N_("Initial plans to buy or sell national or foreign currency, shares or vital state assets"),
                "rencana awal jual beli mata uang, saham, aset vital",
            ),
            (
                N_(
                    "Initial plans to change exchange rates, interest rates or financial institutions' "
                    "operations"
                ),
                "rencana awal perubahan nilai tukar, suku bunga",
            ),
            (
                N_("Initial plans to change bank interest, government loans, taxes, tariffs or revenue"),
                "rencana awal perubahan pajak, tarif, pendapatan daerah",
            ),
            (N_("Initial plans to sell or buy land or property"), "rencana awal penjualan, pembelian tanah"),
            (N_("Initial plans for foreign investment"), "rencana awal investasi asing"),
            (
                N_("Process and results of supervising banks, insurers or other financial institutions"),
                "pengawasan perbankan, asuransi",
            ),
            (N_("Matters relating to the printing of money"), "pencetakan uang"),
        ),
    ),
    *_family(
        "f",
        N_("Would harm foreign relations"),
        "hubungan luar negeri",
        AS_LONG_AS_NEEDED_BY_HEAD,
        "PP 61/2010 Ps 7(4), 7(5)",
        (
            (
                N_("Positions, bargaining power and strategy in international negotiations"),
                "negosiasi internasional",
            ),
            (N_("Diplomatic correspondence between states"), "korespondensi diplomatik"),
            (
                N_("Communication and cryptography systems used in international relations"),
                "sistem komunikasi dan persandian hubungan internasional",
            ),
            (
                N_("Protection and security of Indonesia's strategic infrastructure abroad"),
                "infrastruktur strategis di luar negeri",
            ),
        ),
    ),
    *_family(
        "g",
        N_("Would reveal the contents of private authentic deeds or a person's last will"),
        "akta otentik pribadi; wasiat",
        PER_LEGISLATION,
        "PP 61/2010 Ps 8(1)",
        consent_may_open=True,
    ),
    *_family(
        "h",
        N_("Would reveal personal secrets"),
        "rahasia pribadi",
        AS_LONG_AS_NEEDED,
        "PP 61/2010 Ps 8(2)",
        (
            (N_("History and condition of family members"), "riwayat dan kondisi anggota keluarga"),
            (
                N_("History, condition, care and treatment of a person's physical and mental health"),
                "riwayat kesehatan fisik dan psikis",
            ),
            (
                N_("A person's financial condition, assets, income and bank accounts"),
                "kondisi keuangan, aset, pendapatan, rekening bank",
            ),
            (
                N_("Evaluations of a person's capability, intellect and recommended abilities"),
                "hasil evaluasi kapabilitas",
            ),
            (
                N_("Personal records relating to formal and non-formal education"),
                "catatan pribadi satuan pendidikan",
            ),
        ),
        consent_may_open=True,
    ),
    *_family(
        "i",
        N_("Memoranda or letters between or within public bodies that are confidential by nature"),
        "memorandum antar/intra Badan Publik",
        PER_LEGISLATION,
        "PP 61/2010 Ps 9",
    ),
    # PP 61/2010 sets no period for 17.j; the statute that forbids disclosure is the only source of one.
    *_family(
        "j",
        N_("Information that may not be disclosed under an Undang-Undang"),
        "dilarang diungkapkan berdasarkan Undang-Undang",
        PER_LEGISLATION,
        "UU 14/2008 Ps 17 huruf j (PP 61/2010 sets no period)",
        period_confidence="M",
    ),
)
_GROUNDS_BY_CODE = {entry.code: entry for entry in GROUNDS}
_PARENTS = frozenset(entry.parent for entry in GROUNDS if entry.parent)


def ground(code: str) -> Ground:
    """The ground with this code; KeyError if there is none."""
    return _GROUNDS_BY_CODE[code]


def selectable_grounds() -> tuple[Ground, ...]:
    """The grounds an officer may choose: sub-grounds, and grounds that have none."""
    return tuple(entry for entry in GROUNDS if entry.code not in _PARENTS)


# Pasal 17 grounds a statute-level law must back (not a lower regulation): "berdasarkan Undang-Undang".
STATUTE_ONLY_GROUNDS = frozenset({"17.j"})


@dataclass(frozen=True)
class NeverExempt:
    """A kind of information UU 14/2008 Ps 18(1) puts outside every exemption.

    ``keywords`` are lower-case Indonesian phrases matched as whole words in an item's title and summary.
    They are deliberately specific (whole instrument names, not bare "keputusan"), so that an exemption is
    refused only where the subject plainly is one of these kinds; the officer's explicit flag covers the rest.
    """

    code: str
    label: str
    keywords: tuple[str, ...]
    legal_basis: str
    confidence: Confidence


NEVER_EXEMPT = (
    NeverExempt(
        "putusan_pengadilan",
        N_("Court decisions"),
        (
            "putusan pengadilan",
            "putusan badan peradilan",
            "putusan mahkamah agung",
            "putusan mahkamah konstitusi",
            "putusan ptun",
            "putusan pn",
            "putusan hakim",
            "amar putusan",
        ),
        "UU 14/2008 Ps 18(1)(a)",
        "C",
    ),
    NeverExempt(
        "kebijakan",
        N_("Decrees, decisions, regulations, circulars, other policies and law-enforcement considerations"),
        (
            "peraturan daerah",
            "perda",
            "peraturan gubernur",
            "pergub",
            "peraturan bupati",
            "perbup",
            "peraturan wali kota",
            "peraturan walikota",
            "perwal",
            "keputusan gubernur",
            "keputusan bupati",
            "keputusan wali kota",
            "keputusan walikota",
            "instruksi gubernur",
            "instruksi bupati",
            "instruksi wali kota",
            "surat edaran",
            "pertimbangan lembaga penegak hukum",
        ),
        "UU 14/2008 Ps 18(1)(b)",
        "C",
    ),
    NeverExempt(
        "penghentian_penyidikan_penuntutan",
        N_("Orders to stop an investigation or prosecution"),
        (
            "sp3",
            "skp2",
            "surat perintah penghentian penyidikan",
            "surat ketetapan penghentian penuntutan",
            "penghentian penyidikan",
            "penghentian penuntutan",
        ),
        "UU 14/2008 Ps 18(1)(c)",
        "C",
    ),
    NeverExempt(
        "rencana_pengeluaran_penegak_hukum",
        N_("Annual expenditure plans of law-enforcement bodies"),
        (
            "rencana pengeluaran tahunan lembaga penegak hukum",
            "anggaran kepolisian",
            "anggaran kejaksaan",
        ),
        "UU 14/2008 Ps 18(1)(d)",
        "C",
    ),
    NeverExempt(
        "laporan_keuangan_penegak_hukum",
        N_("Annual financial reports of law-enforcement bodies"),
        (
            "laporan keuangan tahunan lembaga penegak hukum",
            "laporan keuangan kepolisian",
            "laporan keuangan kejaksaan",
        ),
        "UU 14/2008 Ps 18(1)(e)",
        "C",
    ),
    NeverExempt(
        "pengembalian_uang_korupsi",
        N_("Reports on the recovery of corruption proceeds"),
        ("pengembalian uang hasil korupsi", "uang hasil korupsi", "pemulihan aset hasil korupsi"),
        "UU 14/2008 Ps 18(1)(f)",
        "C",
    ),
    NeverExempt(
        "dibuka_keberatan_sengketa",
        N_("Information declared open through an objection or a dispute"),
        ("putusan komisi informasi", "putusan ajudikasi", "putusan atasan ppid"),
        "UU 14/2008 Ps 18(1)(g), Ps 11(2)",
        "C",
    ),
)
