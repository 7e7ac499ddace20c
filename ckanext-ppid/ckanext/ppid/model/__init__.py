"""The extension's tables; the request-case models are imported together (they name each other)."""

from ckanext.ppid.model import budget_import, budget_line, dispute, information_request, objection  # noqa: F401
