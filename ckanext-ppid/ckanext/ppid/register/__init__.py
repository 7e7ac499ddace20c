"""The information register (DIP and exempted information): its rules, imports, exports, pages and guards.

:mod:`core` holds the register's rules (no CKAN import); the rest applies them in CKAN."""
