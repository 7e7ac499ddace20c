"""Actions of the handling part of information requests (being written)."""

from __future__ import annotations

ACTIONS: dict = {}
