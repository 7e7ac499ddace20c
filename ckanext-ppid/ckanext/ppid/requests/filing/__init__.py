"""Filing a request: the form's checks, the identity document, the stored case, the receipt, the mail."""
