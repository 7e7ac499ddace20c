"""CKAN-facing logic of the ppid plugin: actions, auth functions, validators, and the withheld-files guard."""
