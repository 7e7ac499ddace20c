"""The append-only audit log: its chain, the events recorded, and reading it (API, page, CLI)."""
