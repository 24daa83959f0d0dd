"""Practice mode: a local inspecting proxy, a Bedrock stand-in and a practice organisation root. No Qt.

Start it with ``start()``; everything else in TrustDesk finds it through the environment variables
it sets (see ``trustdesk.practice.environment``). Nothing in practice mode contacts a host other
than 127.0.0.1.
"""

from __future__ import annotations

# "1" while practice mode runs in this process (and in the processes it starts).
PRACTICE_VARIABLE = "TRUSTDESK_PRACTICE"
# The folder of PEM files that stands in for this computer's OS certificate store in practice mode.
OS_STORE_VARIABLE = "TRUSTDESK_PRACTICE_OS_STORE"

# Imported after the constants, which the environment module reads from this package.
from trustdesk.practice.environment import PracticeEnvironment, current, reply_text_for, start  # noqa: E402

__all__ = ["OS_STORE_VARIABLE", "PRACTICE_VARIABLE", "PracticeEnvironment", "current", "reply_text_for", "start"]
