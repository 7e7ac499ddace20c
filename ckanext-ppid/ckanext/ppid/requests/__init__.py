"""Information requests, objections and disputes: filing, handling, lists, letters and their legal clock.

:mod:`core` is the functional core (no CKAN import); the rest stores the cases and serves them."""
