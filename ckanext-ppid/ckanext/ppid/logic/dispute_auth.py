"""Auth functions of the dispute part of information requests (being written)."""

from __future__ import annotations

AUTH: dict = {}
