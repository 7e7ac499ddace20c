"""Information disputes at the Komisi Informasi, and what their decisions open in the register."""
