"""The information register: DIP and exempted information (pure core; no CKAN imports)."""
