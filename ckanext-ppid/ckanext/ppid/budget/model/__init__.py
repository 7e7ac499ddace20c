"""The tables of budget lines and their imports."""

from ckanext.ppid.budget.model import imports, lines  # noqa: F401
