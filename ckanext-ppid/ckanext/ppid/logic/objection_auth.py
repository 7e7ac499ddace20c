"""Auth functions of the objection part of information requests (being written)."""

from __future__ import annotations

AUTH: dict = {}
