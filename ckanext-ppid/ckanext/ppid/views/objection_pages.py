"""Pages (being written)."""

from __future__ import annotations

from flask import Blueprint

objection_pages = Blueprint("ppid_objection", __name__, url_prefix="/ppid/keberatan")
