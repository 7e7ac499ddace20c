"""Whether a written notice says what the law requires for its outcome (UU 14/2008 Ps 22(7) a-g).

Which items an outcome needs is data (``law.requests.Outcome.notice_items``); this module checks a
:class:`~ckanext.ppid.requests.core.states.Notice` against them. The shell calls it to validate the notice
form before a preview, and the ``kirim_pemberitahuan`` transition refuses a notice with problems.
"""

from __future__ import annotations

from ckanext.ppid.law import exemptions
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.register.core.consequence import PARENT_GROUND, UNKNOWN_GROUND
from ckanext.ppid.requests.core.states import Notice

MISSING_OUTCOME = N_("Choose the outcome of the request.")
NOT_A_NOTICE_OUTCOME = N_("{outcome} is not an answer a written notice can give.")
MISSING_ITEM = {
    "penguasaan": N_("State whether the body holds the information (UU 14/2008 Ps 22(7)(a))."),
    "badan_publik_penguasa": N_("Name the body that holds the information (UU 14/2008 Ps 22(7)(b))."),
    "alasan": N_("Give the reasons for the answer (UU 14/2008 Ps 22(7)(c))."),
    "dasar_pengecualian": N_(
        "Give the Article 17 ground and the exempted-register item the refusal rests on (UU 14/2008 Ps 19)."
    ),
    "materi_informasi": N_("Describe the information to be given (UU 14/2008 Ps 22(7)(d))."),
    "penghitaman": N_("Explain what was blacked out and why (UU 14/2008 Ps 22(7)(e))."),
    "media_format": N_(
        "Choose how the information is delivered and in which format (UU 14/2008 Ps 22(7)(f))."
    ),
    "biaya": N_("State the costs, 0 when free, and how to pay them (UU 14/2008 Ps 22(7)(g))."),
    "waktu_pendokumentasian": N_("Give the date by which the information will be documented."),
    "lokasi_publikasi": N_("Say where the information is already published."),
}
HELD_MISMATCH = N_("The outcome does not match the answer on whether the body holds the information.")


def _present(notice: Notice) -> dict[str, bool]:
    """Which notice items ``notice`` states."""
    costs = notice.costs
    return {
        "penguasaan": notice.held is not None,
        "badan_publik_penguasa": bool(notice.holder.strip()),
        "alasan": bool(notice.reasons.strip()),
        "dasar_pengecualian": bool(notice.exemption_grounds and notice.register_items),
        "materi_informasi": bool(notice.material.strip()),
        "penghitaman": bool(notice.redactions.strip()),
        "media_format": law_requests.is_choice("cara_pengiriman", notice.delivery_method)
        and (not notice.copy_format or law_requests.is_choice("format_salinan", notice.copy_format)),
        "biaya": costs is not None and costs >= 0 and (costs == 0 or bool(notice.payment_method.strip())),
        "waktu_pendokumentasian": notice.documentation_due is not None,
        "lokasi_publikasi": bool(notice.published_at.strip()),
    }


def problems(outcome_code: str | None, notice: Notice) -> list[Problem]:
    """What a written notice with this outcome lacks or gets wrong; empty when it may be sent."""
    if not outcome_code:
        return [Problem(MISSING_OUTCOME, field="outcome")]
    outcome = next((entry for entry in law_requests.OUTCOMES if entry.code == outcome_code), None)
    if outcome is None or not outcome.by_notice:
        return [Problem(NOT_A_NOTICE_OUTCOME, {"outcome": outcome_code}, field="outcome")]
    present = _present(notice)
    found = [Problem(MISSING_ITEM[item], field=item) for item in outcome.notice_items if not present[item]]
    if notice.held is not None and notice.held != (outcome.code != "tidak_dikuasai"):
        found.append(Problem(HELD_MISMATCH, field="penguasaan"))
    selectable = {ground.code for ground in exemptions.selectable_grounds()}
    known = {ground.code for ground in exemptions.GROUNDS}
    found.extend(
        Problem(
            PARENT_GROUND if code in known else UNKNOWN_GROUND, {"code": code}, field="dasar_pengecualian"
        )
        for code in notice.exemption_grounds
        if code not in selectable
    )
    return found
