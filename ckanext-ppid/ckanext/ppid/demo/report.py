"""What a demo run did: per kind of object, how many it created and how many already existed."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of object in the order the loader applies them and the summary lists them.
KINDS = ("users", "organizations", "memberships", "groups", "datasets", "site settings")


@dataclass
class Report:
    """Counts of created and existing objects, plus the staff logins to print."""

    title: str = ""
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    existing: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    logins: list[tuple[str, str, str]] = field(default_factory=list)

    def count(self, kind: str, created: bool) -> None:
        """Record one object of ``kind``, new or found."""
        target = self.created if created else self.existing
        target[kind] += 1

    def totals(self) -> dict[str, int]:
        """Objects per kind after the run, however they came to be."""
        return {kind: self.created[kind] + self.existing[kind] for kind in KINDS}

    def lines(self, password: str) -> list[str]:
        """The summary the CLI prints."""
        out = [self.title, ""] if self.title else []
        out.append(f"{'':<14}{'created':>9}{'existing':>10}")
        out += [f"{kind:<14}{self.created[kind]:>9}{self.existing[kind]:>10}" for kind in KINDS]
        out.append("")
        out.append(f"Staff logins (password of accounts created by the demo: {password}):")
        width = max((len(name) for name, _, _ in self.logins), default=0)
        out += [f"  {name:<{width}}  {role:<7} {unit}" for name, role, unit in self.logins]
        return out
