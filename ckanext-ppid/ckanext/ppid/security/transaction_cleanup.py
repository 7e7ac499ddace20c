"""A failed database transaction never outlives the request that failed.

CKAN disposes of the SQLAlchemy session in an ``after_request`` hook, which Flask skips when an exception
escapes the view and the error handler (the debugger, exceptions propagated to the WSGI server, an error
page that itself needs the database). The thread then kept a session whose transaction PostgreSQL had
aborted, and every later request served by that thread failed ("current transaction is aborted"). Here the
session is rolled back as soon as a request raises, so the error page can still read the database, and
removed when the request ends, whatever happened on the way.
"""

from __future__ import annotations

from typing import Any

from ckan import model
from flask import Flask, got_request_exception


def _roll_back(sender: Any, **extra: Any) -> None:
    model.Session.rollback()


def install(app: Flask) -> None:
    """Register the roll-back on error and the removal at the end of every failed request on ``app``."""
    got_request_exception.connect(_roll_back, app, weak=False)

    @app.teardown_request
    def remove_failed_session(error: BaseException | None) -> None:
        if error is not None:
            model.Session.rollback()
            model.Session.remove()
