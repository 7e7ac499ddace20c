"""Reading the audit log: who may, the filters and pages of ``ppid_audit_list``, the page, the commands."""

from __future__ import annotations

import datetime as dt
import uuid

import ckan.plugins.toolkit as tk
import pytest
from audit_cast import events
from ckan import model
from ckan.cli.cli import ckan

from ckanext.ppid.audit import log as audit_log
from ckanext.ppid.audit.model import audit_event

pytestmark = pytest.mark.usefixtures("with_plugins")

READERS = ("sysadmin", "utama_admin", "utama_editor")
REFUSED = ("anonymous", "atasan", "assessor", "unit_editor", "outsider")


def shown(app, message: str, **params) -> str:
    """``message`` as the portal shows it in Indonesian (whatever the catalog holds for it)."""
    with app.flask_app.test_request_context("/"):
        return tk._(message).format(**params)


def write(
    actor: str, action: str, occurred_at: str, unit_id: str | None = None, object_id: str = "x"
) -> None:
    """An event written straight into the table, at a chosen moment."""
    with model.ensure_engine().begin() as connection:
        connection.execute(
            audit_event.insert().values(
                actor_name=actor,
                action=action,
                object_type="thing",
                object_id=object_id,
                unit_id=unit_id,
                occurred_at=dt.datetime.fromisoformat(occurred_at),
            )
        )


def listed(app, cast, who="sysadmin", **params):
    return app.get("/api/3/action/ppid_audit_list", params=params, headers=cast.token(who))


@pytest.mark.parametrize("who", READERS)
def test_sysadmins_and_the_ppid_utamas_officers_read_the_log(app, audit_cast, who):
    response = listed(app, audit_cast, who, action="role.grant")
    assert response.status_code == 200
    assert response.json["result"]["count"] >= 2
    page = app.get("/ppid/audit", headers=audit_cast.token(who))
    assert page.status_code == 200 and shown(app, "Audit log") in page.body


@pytest.mark.parametrize("who", REFUSED)
def test_nobody_else_reads_it(app, audit_cast, who):
    assert listed(app, audit_cast, who).status_code == 403
    page = app.get("/ppid/audit", headers=audit_cast.token(who))
    assert page.status_code == 403
    assert 'class="ppid-audit-event"' not in page.body


def test_filters_by_actor_action_prefix_unit_and_day_in_the_bodys_time_zone(app, audit_cast):
    actor = f"penguji-{uuid.uuid4()}"
    unit = audit_cast.unit["id"]
    # 23:30 and 00:30 in Jakarta (UTC+7): two different days there.
    write(actor, "test.alpha.one", "2020-01-01T16:30:00+00:00", unit_id=unit)
    write(actor, "test.alpha.two", "2020-01-01T17:30:00+00:00")
    write(actor, "test.beta", "2020-01-03T00:00:00+00:00", unit_id=unit)

    def actions(**params):
        found = listed(app, audit_cast, actor=actor, **params).json["result"]
        return [event["action"] for event in found["results"]]

    assert actions() == ["test.beta", "test.alpha.two", "test.alpha.one"]
    assert actions(action="test.alpha") == ["test.alpha.two", "test.alpha.one"]
    assert actions(action="test") == ["test.beta", "test.alpha.two", "test.alpha.one"]
    assert actions(action="tes") == []
    assert actions(unit="dinkes") == ["test.beta", "test.alpha.one"]
    assert actions(since="2020-01-01", until="2020-01-01") == ["test.alpha.one"]
    assert actions(since="2020-01-02") == ["test.beta", "test.alpha.two"]
    assert actions(until="2020-01-01T23:59:59+07:00") == ["test.alpha.one"]


def test_newest_first_in_pages(app, audit_cast):
    actor = f"penguji-{uuid.uuid4()}"
    for number in range(5):
        write(actor, f"test.page.n{number}", f"2021-06-0{number + 1}T00:00:00+00:00", object_id=f"o{number}")

    first = listed(app, audit_cast, actor=actor, limit=2).json["result"]
    third = listed(app, audit_cast, actor=actor, limit=2, offset=4).json["result"]

    assert first["count"] == 5
    assert [event["object_id"] for event in first["results"]] == ["o4", "o3"]
    assert [event["object_id"] for event in third["results"]] == ["o0"]
    event = first["results"][0]
    assert event["occurred_at"] == "2021-06-05T00:00:00+00:00" and event["actor"] == actor
    assert set(event) >= {"actor_id", "object_type", "unit", "details", "ip_address", "hash"}


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"since": "kemarin"}, "since", "Give the date as YYYY-MM-DD"),
        ({"until": "2020-02-30"}, "until", "Give the date as YYYY-MM-DD"),
        ({"unit": "tidak-ada"}, "unit", "No such unit"),
        ({"limit": "0"}, "limit", "Give a whole number from {lowest} to {highest}."),
        ({"limit": "1e308"}, "limit", "Give a whole number from {lowest} to {highest}."),
        ({"offset": "-1"}, "offset", "Give a whole number from {lowest} to {highest}."),
        ({"actor": ["a", "b"]}, "actor", "Give text here, not a number, a list or an object."),
    ],
)
def test_bad_filters_are_refused_with_a_message(app, audit_cast, params, field, message):
    response = listed(app, audit_cast, **params)
    assert response.status_code == 409
    bounds = {"lowest": 0 if field == "offset" else 1, "highest": 1_000_000 if field == "offset" else 1000}
    assert response.json["error"][field] == [shown(app, message, **bounds)]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "kemarin"}, "Give the date as YYYY-MM-DD"),
        ({"unit": "tidak-ada"}, "No such unit"),
        ({"page": "x"}, "Give a page number from 1 to {highest}."),
    ],
)
def test_the_page_says_what_is_wrong_with_a_filter(app, audit_cast, params, message):
    page = app.get("/ppid/audit", params=params, headers=audit_cast.token("utama_admin"))
    assert page.status_code == 400 and shown(app, message, highest="10.000") in page.body
    assert 'class="ppid-audit-event"' not in page.body


def test_the_page_lists_events_with_their_changes_and_keeps_the_filters_in_its_pager(app, audit_cast):
    actor = f"penguji-{uuid.uuid4()}"
    audit_log.record(
        "register.item.update",
        "dataset",
        "item-1",
        unit="dinkes",
        details={"changes": {"title": {"before": "Lama", "after": "Baru"}}},
        actor=actor,
    )
    model.Session.commit()
    for number in range(55):
        write(actor, "test.page.filler", "2022-01-01T00:00:00+00:00", object_id=f"f{number}")

    page = app.get("/ppid/audit", params={"actor": actor}, headers=audit_cast.token("utama_admin"))
    second = app.get(
        "/ppid/audit", params={"actor": actor, "page": 2}, headers=audit_cast.token("utama_admin")
    )

    assert page.body.count('class="ppid-audit-event"') == 50
    assert second.body.count('class="ppid-audit-event"') == 6
    assert "Lama" in second.body and "Baru" in second.body
    assert shown(app, "Register item changed") in second.body
    assert f"actor={actor}" in page.body and "page=2" in page.body


def test_verify_reports_an_intact_chain_and_the_first_altered_event(cli, audit_cast, tamper):
    intact = cli.invoke(ckan, ["ppid", "audit", "verify"])
    assert intact.exit_code == 0, intact.output
    assert "the chain is intact" in intact.output
    assert f"{len(events())} events" in intact.output and events()[-1]["hash"] in intact.output

    altered = events(action="role.grant")[-1]
    tamper(altered["id"], {"role": "sysadmin"})
    broken = cli.invoke(ckan, ["ppid", "audit", "verify"])

    assert broken.exit_code != 0
    assert f"broken at event {altered['id']}: its content does not match its hash" in broken.output


def test_list_prints_the_events_since_a_day(cli, audit_cast):
    actor = f"penguji-{uuid.uuid4()}"
    write(actor, "test.cli.old", "2019-05-01T00:00:00+00:00")
    write(actor, "test.cli.new", "2030-05-01T00:00:00+00:00", unit_id=audit_cast.unit["id"])

    result = cli.invoke(ckan, ["ppid", "audit", "list", "--since", "2030-01-01"])

    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.output.splitlines() if actor in line]
    assert lines == [["2030-05-01T00:00:00+00:00", actor, "test.cli.new", "thing:x", "dinkes", "{}"]]
    refused = cli.invoke(ckan, ["ppid", "audit", "list", "--since", "kemarin"])
    assert refused.exit_code != 0
