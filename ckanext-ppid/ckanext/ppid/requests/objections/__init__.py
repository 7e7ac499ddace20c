"""Objections (keberatan) to the Atasan PPID: filing, the register, the decision and its letter."""
