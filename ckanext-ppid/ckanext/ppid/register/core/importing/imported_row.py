"""One register item as an import reads it: its values, and the problems to fix before importing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ckanext.ppid.law.problems import Problem


@dataclass
class ImportedRow:
    """One register item as the preview shows it; ``source_row`` is where it starts in the file."""

    source_row: int
    values: dict[str, Any]
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    # Further rows of the file that continue this item (merged cells).
    continued_rows: tuple[int, ...] = ()

    def error(self, name: str | None, message: str, **params: Any) -> None:
        self.errors.append(Problem(message, params, field=name))

    def warn(self, name: str | None, message: str, **params: Any) -> None:
        self.warnings.append(Problem(message, params, field=name))
