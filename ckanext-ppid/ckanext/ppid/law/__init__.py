"""The law as data: KIP categories, exemption grounds, deadlines and service standards, with their basis."""
