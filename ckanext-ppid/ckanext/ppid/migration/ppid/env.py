"""Alembic environment of the ppid plugin (version table ppid_alembic_version)."""

from ckanext.ppid.shell.migrations import run_environment

run_environment(__file__)
