"""The logged-in person's own page: what is theirs to follow or to do, by role."""
