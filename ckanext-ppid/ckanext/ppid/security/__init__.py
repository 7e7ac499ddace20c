"""How the portal serves safely: CSRF checks, security headers, login throttling, checks of uploaded bytes."""
