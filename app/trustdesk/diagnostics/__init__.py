"""Facts for the helpdesk: the report, and the secret scrubber that the report and the log share. No Qt."""
