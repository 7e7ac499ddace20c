"""The audit log itself: written with the change or not at all, append-only and hash-chained in PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from audit_cast import events
from ckan import model
from ckan.tests import factories

from ckanext.ppid.audit import log as audit_log
from ckanext.ppid.audit.model import audit_event

pytestmark = pytest.mark.usefixtures("clean_db")


def thing() -> str:
    return f"thing-{uuid.uuid4()}"


def test_a_committed_change_has_its_event_a_rolled_back_one_none():
    kept, dropped = thing(), thing()
    audit_log.record("test.thing.change", "thing", kept)
    model.Session.commit()
    audit_log.record("test.thing.change", "thing", dropped)
    model.Session.rollback()
    # The next commit of the same session does not resurrect the rolled-back event.
    model.Session.commit()

    assert [event["action"] for event in events(object_id=kept)] == ["test.thing.change"]
    assert events(object_id=dropped) == []


def test_a_rolled_back_savepoint_takes_its_events_with_it():
    before, inside, released, after = thing(), thing(), thing(), thing()
    audit_log.record("test.thing.change", "thing", before)
    savepoint = model.Session.begin_nested()
    audit_log.record("test.thing.change", "thing", inside)
    savepoint.rollback()
    savepoint = model.Session.begin_nested()
    audit_log.record("test.thing.change", "thing", released)
    savepoint.commit()
    audit_log.record("test.thing.change", "thing", after)
    model.Session.commit()

    assert events(object_id=inside) == []
    assert all(len(events(object_id=kept)) == 1 for kept in (before, released, after))


def test_a_session_closed_without_commit_leaves_no_event():
    dropped = thing()
    audit_log.record("test.thing.change", "thing", dropped)
    model.Session.remove()
    model.Session.commit()
    assert events(object_id=dropped) == []


def test_an_event_names_its_actor_unit_and_details():
    user = factories.User()
    unit = factories.Organization()
    object_id = thing()
    audit_log.record(
        "test.thing.change",
        "thing",
        object_id,
        unit=unit["name"],
        details={"changes": {"tanggal": {"before": dt.date(2025, 1, 2), "after": None}}},
        actor=user["name"],
    )
    model.Session.commit()

    (event,) = events(object_id=object_id)
    assert (event["actor_id"], event["actor_name"]) == (user["id"], user["name"])
    assert event["unit_id"] == unit["id"]
    assert event["details"] == {"changes": {"tanggal": {"before": "2025-01-02", "after": None}}}
    assert abs(event["occurred_at"] - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=1)
    # Outside a request: no address; outside a request and without an actor: the site user.
    assert event["ip_address"] is None
    audit_log.record("test.thing.change", "thing", object_id)
    model.Session.commit()
    assert events(object_id=object_id)[1]["actor_name"] == tk.config["ckan.site_id"]


def test_an_action_code_must_be_dotted_lower_case():
    for bad in ("grant", "Role.Grant", "role.", "role grant"):
        with pytest.raises(ValueError):
            audit_log.record(bad, "thing", thing())


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ppid_audit_event SET actor_name = 'someone else'",
        "DELETE FROM ppid_audit_event",
        "TRUNCATE ppid_audit_event",
    ],
)
def test_postgresql_refuses_to_change_or_remove_events(statement):
    audit_log.record("test.thing.change", "thing", thing())
    model.Session.commit()
    count = len(events())

    with pytest.raises(sa.exc.DBAPIError, match="append-only"), model.ensure_engine().begin() as connection:
        connection.execute(sa.text(statement))

    assert len(events()) == count


def test_a_writer_cannot_choose_the_number_or_the_hashes():
    object_id = thing()
    forged = {"id": 10**12, "prev_hash": "0" * 64, "hash": "f" * 64}
    with model.ensure_engine().begin() as connection:
        connection.execute(
            audit_event.insert().values(
                actor_name="x", action="test.thing.forge", object_type="thing", object_id=object_id, **forged
            )
        )
    (event,) = events(object_id=object_id)
    assert event["id"] != forged["id"] and event["hash"] != forged["hash"]
    assert audit_log.verify().intact


def test_verify_finds_the_event_altered_behind_the_logs_back(tamper):
    ids = []
    for _ in range(3):
        object_id = thing()
        audit_log.record("test.thing.change", "thing", object_id, details={"reason": "asli"})
        model.Session.commit()
        ids.append(events(object_id=object_id)[0]["id"])
    intact = audit_log.verify()
    assert intact.intact and intact.count >= 3 and intact.last_hash == events(id=ids[-1])[0]["hash"]

    tamper(ids[1], {"reason": "diubah"})

    broken = audit_log.verify()
    assert not broken.intact
    assert broken.broken_at == ids[1] and broken.problem == "its content does not match its hash"
    assert broken.count == intact.count


def test_check_chain_names_the_first_broken_link():
    good = [(1, None, "a", "a"), (2, "a", "b", "b"), (3, "b", "c", "c")]
    assert audit_log.check_chain(good) == audit_log.ChainCheck(3, "c")
    missing = [(1, None, "a", "a"), (3, "b", "c", "c")]
    assert audit_log.check_chain(missing).broken_at == 3
    assert audit_log.check_chain(missing).problem == "the events before it are missing"
    relinked = [(1, None, "a", "a"), (2, "x", "b", "b"), (3, "b", "c", "zz")]
    assert (audit_log.check_chain(relinked).broken_at, audit_log.check_chain(relinked).count) == (2, 3)


def _append(object_id: str, inserted: threading.Event | None = None, hold: float = 0.0) -> None:
    with model.ensure_engine().begin() as connection:
        connection.execute(
            audit_event.insert().values(
                actor_name="penguji", action="test.thing.concurrent", object_type="thing", object_id=object_id
            )
        )
        if inserted is not None:
            inserted.set()
        time.sleep(hold)


def test_a_second_writer_waits_for_the_first_and_links_to_its_event():
    first, second = thing(), thing()
    inserted = threading.Event()
    holder = threading.Thread(target=_append, args=(first, inserted, 0.5))
    holder.start()
    assert inserted.wait(10)
    # The first transaction is still open: the second insert must wait for it, then chain onto it.
    _append(second)
    holder.join(10)

    (one,), (two,) = events(object_id=first), events(object_id=second)
    assert two["id"] == one["id"] + 1 and two["prev_hash"] == one["hash"]
    assert audit_log.verify().intact


def test_concurrent_writers_keep_one_unbroken_chain():
    batch = thing()
    errors: list[BaseException] = []

    def write(writer: int) -> None:
        try:
            for number in range(15):
                _append(f"{batch}-{writer}-{number}")
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    writers = [threading.Thread(target=write, args=(writer,)) for writer in range(2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)

    assert errors == []
    with model.ensure_engine().connect() as connection:
        written = connection.execute(
            sa.select(audit_event.c.id).where(audit_event.c.object_id.startswith(batch))
        ).scalars()
        assert len(list(written)) == 30
    check = audit_log.verify()
    assert check.intact, check
