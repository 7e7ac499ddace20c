"""Alembic environment of the ppid_search plugin (version table ppid_search_alembic_version)."""

from ckanext.ppid.shell.migrations import run_environment

run_environment(__file__)
