"""Actions of the dispute part of information requests (being written)."""

from __future__ import annotations

ACTIONS: dict = {}
