"""The outbox: every message to a person, its channels (mail, gateway), recipients and retries."""
