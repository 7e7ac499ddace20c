"""What every capability's CKAN-facing code shares: settings, action parameters, messages, uploads, pages."""
