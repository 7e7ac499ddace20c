"""ckanext-scheming schemas shipped with ckanext-ppid (data, loaded as ``ckanext.ppid.schemas:<file>``)."""
