"""CKAN dataset search on PostgreSQL, behind the connection CKAN would open to Solr.

- :mod:`seam` puts :class:`connection.PostgresSolrConnection` where CKAN calls ``make_connection``;
- :mod:`connection` is the pysolr-compatible client (add, delete, commit, search);
- :mod:`document` turns a Solr document into a row of :mod:`model`'s table;
- :mod:`schema` is CKAN's Solr schema as data (which fields are strings, text, dates, numbers);
- :mod:`params` reads Solr's request parameters into a plan, parsing q and fq with :mod:`lucene`
  and :mod:`dismax` (with :mod:`datemath`) into a :mod:`nodes` tree;
- :mod:`sql` renders that tree as parameterised SQL and :mod:`select` runs it, choosing with
  :mod:`cardinality` how to count facets.
"""
