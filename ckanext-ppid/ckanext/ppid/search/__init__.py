"""CKAN dataset search on PostgreSQL, behind the connection CKAN would open to Solr."""
