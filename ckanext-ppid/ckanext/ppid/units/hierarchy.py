"""Keep CKAN's organization hierarchy in step with each PPID unit's ``unit_induk`` (parent unit).

CKAN cascades the roles in ``ckan.auth.roles_that_cascade_to_sub_groups`` from a parent organization to
its children, so with every PPID Pelaksana below the PPID Utama, the PPID Utama's staff act on every
unit, as Permendagri 3/2017 has them coordinate the whole Pemda.
"""

from __future__ import annotations

from ckan import model

PARENT_CAPACITY = "parent"


def sync_parent(unit: model.Group) -> None:
    """Make ``unit``'s only parent in the hierarchy the unit named by its ``unit_induk``.

    CKAN keeps the link as a member row of the child (``group_id``) pointing at the parent (``table_id``).
    """
    name = (unit.extras or {}).get("unit_induk") or ""
    parent = model.Group.get(name) if name else None
    wanted = parent.id if parent is not None and parent.id != unit.id else None
    current = (
        model.Session.query(model.Member)
        .filter(
            model.Member.table_name == "group",
            model.Member.group_id == unit.id,
            model.Member.capacity == PARENT_CAPACITY,
            model.Member.state == "active",
        )
        .all()
    )
    for member in current:
        if member.table_id != wanted:
            member.state = "deleted"
    if wanted and all(member.table_id != wanted for member in current):
        model.Session.add(
            model.Member(
                # Member's constructor assigns its ``group`` relationship, which wins over ``group_id``.
                group=unit,
                table_id=wanted,
                table_name="group",
                capacity=PARENT_CAPACITY,
                state="active",
            )
        )
    model.Session.flush()
