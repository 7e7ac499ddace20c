"""Generic readers of tabular files (CSV, XLSX) into rows of cell strings, shared by the importers.

They know nothing of what the rows mean: the register importer (``register.core.importing``) and the budget
importer (``budget.core.importing``) find headers and values in the rows they return.
"""
