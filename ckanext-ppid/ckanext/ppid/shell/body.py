"""The public body that runs the portal, as every page names and shows it: one name and one logo, from the
configuration the documents' letterhead reads too (``ckanext.ppid.body_name``, ``ckanext.ppid.body_logo``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ckanext.ppid.shell import settings

BODY_NAME = "ckanext.ppid.body_name"
# As declared in config_declaration.yaml, for a configuration read before the declarations apply.
DEFAULT_BODY_NAME = "Pemerintah Kabupaten Contoh"
LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml"}


def logo_file() -> tuple[Path, str] | None:
    """The configured logo and its media type; None when none is set, or the file is missing or unknown."""
    configured = settings.body_logo()
    if not configured:
        return None
    path = Path(configured)
    media_type = LOGO_TYPES.get(path.suffix.lower())
    return (path, media_type) if media_type and path.is_file() else None


def site_title(config: Mapping[str, Any]) -> str:
    """The portal's title, "PPID <body name>", from the configuration being loaded."""
    return f"PPID {config.get(BODY_NAME) or DEFAULT_BODY_NAME}"


def ppid_body() -> dict[str, Any]:
    """The body's name and whether it has a logo to show, for the header of every page."""
    return {"name": settings.body_name(), "has_logo": logo_file() is not None}


HELPERS = {"ppid_body": ppid_body}
