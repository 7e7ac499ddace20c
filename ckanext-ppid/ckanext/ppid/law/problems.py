"""What a core says to a person: the one :class:`Problem` and the one :class:`Refused` every core uses.

A message is an English msgid marked with :func:`~ckanext.ppid.law.markers.N_` and the values of its
``{placeholders}``; the shell translates and fills it in one place (``shell/messages.py``). A problem may say
where it is: the field of a form, the row and column of a file (docs/architecture.md, Messages).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """A message for a person, and where it applies: a field, or a row and column of a file."""

    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    field: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        return self.message.format(**self.params)


class Refused(Exception):
    """What a core will not do, and why: a message with its values, and the problems to correct, if any.

    Cores name their refusals by subclassing it (a transition, a number format, an unreadable file); the
    shell turns any of them into an error for the page or the API the same way.
    """

    def __init__(self, message: str, problems: Iterable[Problem] = (), **params: Any) -> None:
        self.problem = Problem(message, params)
        self.problems = tuple(problems)
        super().__init__(str(self.problem))

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def params(self) -> Mapping[str, Any]:
        return self.problem.params

    @classmethod
    def because(cls, problem: Problem) -> Refused:
        """The refusal that ``problem`` is the reason for."""
        return cls(problem.message, **problem.params)
