"""Budget files (APBD plans and realisation) read into one normalised table (pure core, no CKAN import).

:func:`importing.read_budget_file` is the entry point; the ``ppid_budget`` plugin stores its lines.
"""
