"""Cases, moments and the body's clock for the request-core tests (helpers; imported by the test modules)."""

from __future__ import annotations

import datetime as dt

from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.requests.core.clock import ClockSettings
from ckanext.ppid.requests.core.states import Notice, ObjectionCase, RequestCase

D = dt.date
WIB = dt.timezone(dt.timedelta(hours=7))
JAKARTA = ClockSettings(Calendar(), "Asia/Jakarta")


def wib(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A moment in Western Indonesia Time."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=WIB)


def request(**facts) -> RequestCase:
    """A request received on Friday 13 March 2026 at 09:00 WIB, in process at the health office."""
    return RequestCase(
        **{"status": "diproses", "received_at": wib(2026, 3, 13, 9), "unit": "dinkes", **facts}
    )


def objection(**facts) -> ObjectionCase:
    """An objection on ground c received on Monday 4 May 2026 at 09:00 WIB."""
    return ObjectionCase(
        **{
            "status": "diregistrasi",
            "received_at": wib(2026, 5, 4, 9),
            "grounds": ("c_tidak_ditanggapi",),
            **facts,
        }
    )


GRANT = Notice(
    held=True,
    material="Dokumen RKA Dinas Kesehatan 2026",
    delivery_method="email",
    copy_format="softcopy",
    costs=0,
)
REFUSAL = Notice(
    held=True,
    reasons="Memuat rekam medis pasien",
    exemption_grounds=("17.h.2",),
    register_items=("dik-2026-007",),
)
