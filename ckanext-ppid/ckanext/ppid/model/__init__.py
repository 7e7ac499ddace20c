"""Tables of the ppid plugin (created by its alembic migrations under migration/ppid)."""
