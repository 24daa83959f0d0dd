import sys

from trustdesk.cli import main

sys.exit(main())
