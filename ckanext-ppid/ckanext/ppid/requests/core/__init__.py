"""Information requests, objections and disputes: the state machines, the legal clock and their checks.

The modules of this package are the functional core (no CKAN import); the CKAN shell stores the cases and
calls them.
"""
