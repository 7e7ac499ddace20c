"""Pages (being written)."""

from __future__ import annotations

from flask import Blueprint

request_handling_pages = Blueprint("ppid_request_handling", __name__, url_prefix="/ppid/permohonan")
