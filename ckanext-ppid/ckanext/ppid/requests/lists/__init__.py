"""Lists of cases: the staff's work queue, the objection queue, the public request register, statistics."""
