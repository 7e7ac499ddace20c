"""The staff's handling of a request: the actions, deliveries, notices, referrals and the pages."""
