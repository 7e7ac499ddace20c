"""What was handed over on a granted request: files attached to it, or links to register items."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk

TABLE_NAME = "ppid_request_delivery"
FILE, ITEM = "file", "item"


class RequestDelivery(tk.BaseModel):
    __tablename__ = TABLE_NAME

    id = sa.Column(sa.Text, primary_key=True, default=lambda: str(uuid.uuid4()))
    request_id = sa.Column(sa.Text, sa.ForeignKey("ppid_request.id", ondelete="CASCADE"), nullable=False)
    kind = sa.Column(sa.Text, nullable=False)
    # A file: its name in private storage (``requests.private_files``, kind ``delivery``), as uploaded, type
    # and size.
    file_name = sa.Column(sa.Text, nullable=True)
    original_name = sa.Column(sa.Text, nullable=True)
    content_type = sa.Column(sa.Text, nullable=True)
    size = sa.Column(sa.BigInteger, nullable=True)
    # A register item (a CKAN dataset) and optionally one of its resources.
    package_id = sa.Column(sa.Text, nullable=True)
    resource_id = sa.Column(sa.Text, nullable=True)
    title = sa.Column(sa.Text, nullable=False, default="")
    added_by = sa.Column(sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    added_at = sa.Column(
        sa.DateTime(timezone=True), nullable=False, default=lambda: dt.datetime.now(dt.timezone.utc)
    )

    @classmethod
    def of_request(cls, request_id: str) -> list[RequestDelivery]:
        return model.Session.query(cls).filter(cls.request_id == request_id).order_by(cls.added_at).all()
