"""Actions of the objection part of information requests (being written)."""

from __future__ import annotations

ACTIONS: dict = {}
