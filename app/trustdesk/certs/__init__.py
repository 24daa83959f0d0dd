"""Reading certificate files, certificate details and bundle building. No Qt here."""
