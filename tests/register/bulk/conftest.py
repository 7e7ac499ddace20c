"""Fixtures of the bulk document tests: a staging directory and a resource storage the tests can look into."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Storage:
    """Where staged batches wait, and where CKAN keeps resource files."""

    staging: Path
    files: Path

    def stored_files(self) -> list[Path]:
        return sorted(path for path in self.files.rglob("*") if path.is_file())

    def batches(self) -> list[Path]:
        return sorted(self.staging.iterdir()) if self.staging.exists() else []


@pytest.fixture
def storage(ckan_config, monkeypatch, tmp_path, reset_storages):
    """A ``ckan.storage_path`` of the test's own; CKAN's file storage on disk (test.ini's is in memory)."""
    monkeypatch.setitem(ckan_config, "ckan.storage_path", str(tmp_path / "ckan"))
    monkeypatch.setitem(ckan_config, "ckan.files.storage.test.type", "ckan:fs")
    monkeypatch.setitem(ckan_config, "ckan.files.storage.test.path", str(tmp_path / "files"))
    monkeypatch.setitem(ckan_config, "ckan.files.storage.test.initialize", True)
    reset_storages()
    yield Storage(tmp_path / "ckan" / "ppid-staging", tmp_path / "files")
    monkeypatch.undo()
    reset_storages()
