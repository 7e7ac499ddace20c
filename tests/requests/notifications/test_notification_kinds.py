"""Every kind of message the outbox renders from its case names a function that exists."""

from __future__ import annotations

import pytest

from ckanext.ppid.notifications import kinds


@pytest.mark.parametrize("kind", sorted(kinds.COMPOSERS))
def test_the_composer_of_each_kind_can_be_called(kind):
    assert callable(kinds.composer(kind))


def test_a_kind_without_a_composer_takes_its_values_from_the_payload():
    assert kinds.composer("receipt_ready_not_a_composed_kind") is None
