"""Proxy discovery, TLS probes and the Bedrock check. No Qt here."""
