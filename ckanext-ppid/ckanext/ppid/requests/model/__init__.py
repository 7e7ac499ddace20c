"""The tables of requests, objections and disputes, imported together: their relationships name each other."""

from ckanext.ppid.requests.model import dispute, guest_filing, information_request, objection  # noqa: F401
