"""Objections and disputes as the pages and the API show them (being written)."""

from __future__ import annotations

from typing import Any

from ckanext.ppid.model.information_request import InformationRequest


def for_case(case: InformationRequest, user: Any) -> list[dict[str, Any]]:
    """The objections on ``case`` (with their disputes) that ``user`` may see."""
    return []
