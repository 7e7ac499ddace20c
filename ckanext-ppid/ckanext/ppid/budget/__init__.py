"""Budget use per OPD: budget datasets, the import of their files, plan versus actual, the budget pages.

:mod:`core` reads budget files into one normalised table (no CKAN import); the rest stores and serves it."""
