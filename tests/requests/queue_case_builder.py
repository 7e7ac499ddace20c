"""Cases in every state for the queue, register and statistics tests, built as staff would build them:
recorded at the desk through the action, then moved only through ``transitions`` at backdated times."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ckan import model
from ckan.tests import helpers
from filing_cast import Cast, as_user, desk_form

from ckanext.ppid.requests import transitions
from ckanext.ppid.requests.core.states import Notice
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection

JAKARTA = dt.timezone(dt.timedelta(hours=7))
STAFF_OF = {"dinkes": "unit_officer", "dishub": "other_unit_editor"}


def at(day: str, hour: int = 10) -> dt.datetime:
    """``day`` (ISO) at ``hour`` o'clock in the body's zone (Asia/Jakarta)."""
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=JAKARTA)


def user(cast: Cast, who: str) -> model.User:
    return model.User.get(cast.person(who)["name"])


def record(cast: Cast, received: str, unit: str = "dinkes", **changes: Any) -> InformationRequest:
    """A request that came by letter on ``received`` (ISO day, 10:00), recorded by the unit's officer."""
    form = desk_form(unit, received_at=f"{received} 10:00", **changes)
    filed = helpers.call_action("ppid_request_create", as_user(cast.person(STAFF_OF[unit])), **form)
    return model.Session.get(InformationRequest, filed["id"])


def take(case: Any, code: str, actor: model.User, role: str, when: str, **params: Any) -> Any:
    """Take ``code`` on a request, an objection or a dispute on day ``when`` and commit; the opened case."""
    method = {
        InformationRequest: transitions.on_request,
        Objection: transitions.on_objection,
    }.get(type(case), transitions.on_dispute)
    taken = method(case, code, actor, role, params, at(when))
    model.Session.commit()
    return taken.opened


GRANT = {"held": True, "material": "Salinan dokumen", "delivery_method": "email", "copy_format": "softcopy"}


def notice_for(outcome: str, grounds: tuple[str, ...] = ()) -> Notice:
    """A written notice that states what ``outcome`` needs (UU 14/2008 Ps 22(7))."""
    if outcome == "dikabulkan_seluruhnya":
        return Notice(**GRANT, costs=0)
    if outcome == "dikabulkan_sebagian":
        return Notice(
            **GRANT,
            costs=0,
            redactions="Nama pasien dihitamkan",
            exemption_grounds=grounds,
            register_items=("dik-rekam-medis",),
        )
    if outcome == "ditolak_dikecualikan":
        return Notice(
            held=True,
            reasons="Informasi yang dikecualikan",
            exemption_grounds=grounds,
            register_items=("dik-rekam-medis",),
        )
    raise ValueError(outcome)


def send_notice(cast: Cast, case: InformationRequest, when: str, outcome: str, *grounds: str) -> None:
    take(
        case,
        "kirim_pemberitahuan",
        user(cast, "utama_admin"),
        "ppid_utama",
        when,
        outcome=outcome,
        notice=notice_for(outcome, grounds),
    )
