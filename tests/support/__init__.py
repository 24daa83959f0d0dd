"""Helpers for the test suite: local servers on 127.0.0.1 and the mitmproxy fixture's pieces."""
