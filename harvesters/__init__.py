"""Harvesters for kecamatan PPID portals (added by a later issue)."""
