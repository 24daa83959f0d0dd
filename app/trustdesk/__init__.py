"""TrustDesk: make developer tools trust the organisation's root CA, never by disabling verification."""

__version__ = "0.1.0"
