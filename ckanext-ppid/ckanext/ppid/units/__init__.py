"""PPID units: their hierarchy, the roles ckanext-ppid adds, and who is staff of which unit."""
