"""Mark a message for translation where it is defined; the CKAN shell translates it where it is shown.

The functional core (``law``, ``calendar.core.workdays``, ``register.core``, ...) imports no CKAN code, so it
cannot call ``toolkit._``: its messages are English msgids marked with :func:`N_` (extracted by ``make
i18n-extract``) and passed through ``toolkit._`` by the views, actions and validators that show them.
"""

from __future__ import annotations


def N_(message: str) -> str:
    """Return ``message`` unchanged; marks it for extraction."""
    return message
