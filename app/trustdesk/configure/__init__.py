"""Applying TrustDesk's bundle to each tool's settings, with a journal for undo. No Qt here."""
