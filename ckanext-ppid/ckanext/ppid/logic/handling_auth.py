"""Auth functions of the handling part of information requests (being written)."""

from __future__ import annotations

AUTH: dict = {}
