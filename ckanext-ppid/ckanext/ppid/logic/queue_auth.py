"""Auth functions of the queue part of information requests (being written)."""

from __future__ import annotations

AUTH: dict = {}
