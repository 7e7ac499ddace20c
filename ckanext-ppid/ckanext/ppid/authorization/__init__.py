"""Who may do what on which object: the one authorization table, who a user is to an object, and every route
and action of the portal mapped onto the table (docs/authorization.md is rendered from it)."""
