"""Turn a register spreadsheet (CSV, XLSX, HTML table or SQL dump) into preview rows (pure core).

:func:`preview.read_register_file` is the entry point; the CKAN shell shows the preview and commits it.
"""
