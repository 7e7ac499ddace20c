"""A request filed without an account: held unconfirmed until its e-mail address is confirmed.

Until then it is no request at all (no registration number, not in any queue, no deadline running): the
form as the applicant sent it (``filing``), their identity document in private storage, and the hashes of
the confirmation token mailed to them. Confirming files the request (``requests.filing.guest``): the row
then names the request, keeps only the hash of the receipt code that opens the case without an account,
and forgets the form and the address. An unconfirmed row expires and is purged with its document.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from ckan.plugins import toolkit as tk
from sqlalchemy.dialects import postgresql

TABLE = "ppid_request_guest_filing"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class GuestFiling(tk.BaseModel):
    __tablename__ = TABLE
    __table_args__ = (sa.Index(f"{TABLE}_email", "email"), sa.Index(f"{TABLE}_expires_at", "expires_at"))

    id = sa.Column(sa.Text, primary_key=True, default=lambda: str(uuid.uuid4()))
    # Where the confirmation link goes; emptied once the request is filed (the applicant's row holds it).
    email = sa.Column(sa.Text, nullable=False)
    # The form's fields as sent (personal data): emptied once the request is filed.
    filing = sa.Column(postgresql.JSONB, nullable=False, default=dict)
    identity_document = sa.Column(sa.Text, nullable=True)
    identity_document_type = sa.Column(sa.Text, nullable=True)
    # SHA-256 of the token in the confirmation link (the token itself is only in the mail).
    token_hash = sa.Column(sa.Text, nullable=False, unique=True)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now)
    expires_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    confirmed_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    request_id = sa.Column(
        sa.Text, sa.ForeignKey("ppid_request.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    # The receipt code's hash (werkzeug's salted password hash): the code opens the case without an account.
    code_hash = sa.Column(sa.Text, nullable=True)
