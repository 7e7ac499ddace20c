"""What a demo run did: per kind of object, how many it created, updated and found as they were; and how
many information requests, objections and disputes are in each status after it."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of object in the order the loader applies them and the summary lists them.
KINDS = (
    "users",
    "organizations",
    "memberships",
    "groups",
    "datasets",
    "register items",
    "roles",
    "site settings",
    "budget datasets",
    "applicants",
    "requests",
)


@dataclass
class Report:
    """Counts of created, updated and existing objects, the logins to print and the register's gaps."""

    title: str = ""
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    existing: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    logins: list[tuple[str, str, str]] = field(default_factory=list)
    # Per unit title, the Perki 1/2021 periodic items the demo leaves unpublished.
    missing_periodic: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # (machine, status, count) for requests, objections and disputes after the run, in the machines' order.
    case_states: list[tuple[str, str, int]] = field(default_factory=list)
    # Requests still owed their written notice after its deadline.
    overdue_requests: int = 0
    # Budget files this run uploaded: their imports wait for the job worker.
    budget_files_queued: int = 0

    def count(self, kind: str, created: bool, updated: bool = False) -> None:
        """Record one object of ``kind``: new, found and completed (``updated``), or found as it was."""
        target = self.created if created else self.updated if updated else self.existing
        target[kind] += 1

    def totals(self) -> dict[str, int]:
        """Objects per kind after the run, however they came to be."""
        return {kind: self.created[kind] + self.updated[kind] + self.existing[kind] for kind in KINDS}

    def lines(self, password: str) -> list[str]:
        """The summary the CLI prints."""
        out = [self.title, ""] if self.title else []
        out.append(f"{'':<16}{'created':>9}{'updated':>9}{'existing':>10}")
        out += [
            f"{kind:<16}{self.created[kind]:>9}{self.updated[kind]:>9}{self.existing[kind]:>10}"
            for kind in KINDS
        ]
        out.append("")
        out.append(f"Logins (password of accounts created by the demo: {password}):")
        width = max((len(name) for name, _, _ in self.logins), default=0)
        out += [f"  {name:<{width}}  {role:<7} {unit}" for name, role, unit in self.logins]
        if self.budget_files_queued:
            out.append("")
            out.append(
                f"Budget files queued for import: {self.budget_files_queued} "
                "(the job worker imports them: make run starts it, or run `ckan jobs worker`)"
            )
        if self.missing_periodic:
            out.append("")
            out.append("Periodic items (Perki 1/2021) the demo leaves unpublished:")
            out += [f"  {unit}: {', '.join(codes)}" for unit, codes in self.missing_periodic]
        if self.case_states:
            out.append("")
            out.append("Cases by status:")
            rows = [f"  {machine:<11}{status:<24}{count:>5}" for machine, status, count in self.case_states]
            # The overdue requests follow the requests' statuses (they are in one of them).
            requests = sum(machine == "permohonan" for machine, _, _ in self.case_states)
            rows.insert(requests, f"  {'permohonan':<11}{'(overdue)':<24}{self.overdue_requests:>5}")
            out += rows
        return out
