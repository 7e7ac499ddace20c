"""Pages (being written)."""

from __future__ import annotations

from flask import Blueprint

request_queue_pages = Blueprint("ppid_request_queue", __name__, url_prefix="/ppid")
