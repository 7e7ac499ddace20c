"""The working-day calendar: the national calendar, declared days, due dates, the deadline calculator."""
