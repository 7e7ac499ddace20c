"""The working-day calendar as pure functions (no CKAN import)."""
