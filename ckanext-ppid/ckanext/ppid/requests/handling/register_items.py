"""Register items a request's answer points to: exempted items a refusal rests on, public items handed over.

A refusal (wholly or in part) must name the exempted-register item it rests on (UU 14/2008 Ps 19, 22(7)(c);
PP 61/2010 Ps 4): it must exist and its exemption must still withhold it. Granted information may be handed
over as a link to a register item, which must then be public: published, not private, and not withheld.
Items are named by id or name; the case keeps their ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ckan import model

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.register.core.restriction import DATASET_TYPE, is_restricted

NOT_FOUND = N_("There is no register item {item}.")
NOT_EXEMPTED = N_("Register item {item} is not exempted information in force: a refusal cannot rest on it.")
WITHHELD = N_("Register item {item} is exempted information: it cannot be handed over.")
NOT_PUBLIC = N_("Register item {item} is not published: it cannot be handed over.")


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    title: str
    type: str
    # The PPID's classification decree and the Pasal 17 ground, for exempted items.
    decree: str
    ground: str
    withheld: bool
    public: bool


def find(ref: str) -> Item | None:
    """The register item with this id or name; None if there is none (or it is deleted)."""
    package = model.Package.get(ref.strip()) if ref and ref.strip() else None
    if package is None or package.state != "active" or package.type != DATASET_TYPE:
        return None
    extras = {**(package.extras or {}), "type": package.type}
    return Item(
        id=package.id,
        name=package.name,
        title=package.title or package.name,
        type=package.type,
        decree=str(extras.get("nomor_sk_ppid") or ""),
        ground=str(extras.get("dasar_pengecualian") or ""),
        withheld=is_restricted(extras),
        public=not package.private and not is_restricted(extras),
    )


def _checked(
    refs: Iterable[str], field: str, fault: Callable[[Item], str | None]
) -> tuple[list[Item], list[Problem]]:
    """The items found and fit; a problem (on ``field``) for each missing, or with the ``fault`` it names."""
    items, problems = [], []
    for ref in refs:
        item = find(ref)
        message = NOT_FOUND if item is None else fault(item)
        if message:
            problems.append(Problem(message, {"item": ref}, field=field))
        else:
            items.append(item)
    return items, problems


def _not_exempted(item: Item) -> str | None:
    return None if item.withheld else NOT_EXEMPTED


def _not_public(item: Item) -> str | None:
    if item.withheld:
        return WITHHELD
    return None if item.public else NOT_PUBLIC


def exempted(refs: Iterable[str], field: str) -> tuple[list[Item], list[Problem]]:
    """The items a refusal rests on, and a problem (on ``field``) for each that is missing or not withheld."""
    return _checked(refs, field, _not_exempted)


def public(refs: Iterable[str], field: str) -> tuple[list[Item], list[Problem]]:
    """The items to hand over as links, and a problem (on ``field``) for each missing, withheld or private."""
    return _checked(refs, field, _not_public)


def described(ids: Iterable[str]) -> list[Item]:
    """The items still in the register of those the case names (for letters and pages)."""
    return [item for item in (find(ref) for ref in ids) if item is not None]
