"""Registration numbers under concurrent filing: 1..N with no gap and no duplicate, on real PostgreSQL,
also when some filings fail after taking their number."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from ckan import model
from ckan.tests import helpers
from filing_cast import as_user, desk_form

from ckanext.ppid.requests.core import registration_number
from ckanext.ppid.requests.filing import store
from ckanext.ppid.shell import settings

pytestmark = pytest.mark.usefixtures("with_plugins")

FILERS = 20


def _file_together(cast, count: int) -> list[str | BaseException]:
    """``count`` staff filings started at the same moment, each in its own thread and session."""
    start = threading.Barrier(count)
    officer = as_user(cast.unit_officer)
    # CKAN builds its registry of auth functions on first use, and not thread-safely: build it now.
    helpers.call_auth("ppid_request_create", dict(officer), unit="dinkes")

    def file(index: int) -> str | BaseException:
        threading.current_thread().name = f"filer-{index}"
        try:
            start.wait()
            case = helpers.call_action(
                "ppid_request_create", dict(officer), **desk_form(information=f"Permohonan {index}")
            )
            return case["registration_number"]
        except Exception as error:  # a failed filing is a result here
            return error
        finally:
            model.Session.remove()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(file, range(count)))


def _sequences(numbers: list) -> list[int]:
    template = settings.request_number_format()
    return sorted(registration_number.parse(template, number).seq for number in numbers)


def test_twenty_concurrent_filers_get_numbers_1_to_20(cast):
    results = _file_together(cast, FILERS)

    assert not [result for result in results if isinstance(result, BaseException)]
    assert len(set(results)) == FILERS
    assert _sequences(results) == list(range(1, FILERS + 1))


def test_filings_that_fail_after_taking_a_number_leave_no_gap(cast, monkeypatch):
    real = store.due_date_changes

    def fails_for_every_fourth(changes):
        if int(threading.current_thread().name.split("-")[1]) % 4 == 0:
            raise RuntimeError("the filing breaks after its number was taken")
        return real(changes)

    monkeypatch.setattr(store, "due_date_changes", fails_for_every_fourth)
    results = _file_together(cast, FILERS)

    failed = [result for result in results if isinstance(result, BaseException)]
    numbers = [result for result in results if isinstance(result, str)]
    assert len(failed) == FILERS // 4
    assert _sequences(numbers) == list(range(1, len(numbers) + 1))
