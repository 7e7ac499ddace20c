"""The translation pipeline: extract, update, compile and check the catalogs in ``ckanext/ppid/i18n``."""
