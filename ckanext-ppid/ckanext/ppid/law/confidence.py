"""How sure we are of a legal entry: the markers of docs/law.md, "Confidence markers"."""

from __future__ import annotations

from typing import Literal

# C: read in the regulation itself; C2: a reliable text quoting or implementing it; S: seen consistently in
# PPID practice, not in the primary text; M: from memory, to verify before relying on it.
Confidence = Literal["C", "C2", "S", "M"]
