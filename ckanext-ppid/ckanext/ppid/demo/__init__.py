"""Demo content for a fictional Pemda and the loader that applies it through CKAN actions.

The content is plain data (``units``, ``staff``, ``themes``, ``datasets``, ``series``, the information
register in ``register_*`` and the role holders in ``roles``; shapes in ``spec``, gathered by ``content``);
``payloads`` turns it into action data dicts without touching CKAN; ``loader`` creates what is missing and
leaves everything that exists alone; ``report`` counts what happened.
"""
