"""ckanext-ppid: CKAN extensions for an Indonesian PPID portal (UU 14/2008, Perki 1/2021)."""
