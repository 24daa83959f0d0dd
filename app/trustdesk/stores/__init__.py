"""Trust-store discovery, one module per OS, and what each store contains. No Qt here."""
