"""Printable and downloadable documents (PDF, CSV, XLSX), rendered without CKAN's request context."""
