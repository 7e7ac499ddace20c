"""A budget file wider than the column limit, or JSON nested beyond what can be parsed, is refused with a
message, not a server error."""

from __future__ import annotations

import pytest

from ckanext.ppid.budget.core.importing import ImportDefaults, UnreadableFile, read_budget_file

DEFAULTS = ImportDefaults(2026, "anggaran", None, None, None)


def test_a_csv_of_100000_columns_is_refused():
    data = (",".join(f"Pagu {n}" for n in range(100_000)) + "\n1,2\n").encode()
    with pytest.raises(UnreadableFile) as refused:
        read_budget_file(data, "anggaran.csv", DEFAULTS, max_columns=200)
    assert str(refused.value) == "The file has more than 200 columns."


def test_json_nested_200000_levels_is_refused():
    data = b"[" * 200_000 + b"]" * 200_000
    with pytest.raises(UnreadableFile) as refused:
        read_budget_file(data, "anggaran.json", DEFAULTS)
    assert str(refused.value) == "The JSON file nests too deeply to be read."
