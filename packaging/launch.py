"""The bundle's entry point: iomdesk's main(), as the wheel's `iomdesk` launcher calls it."""

import sys

from iomdesk.app import main

sys.exit(main())
