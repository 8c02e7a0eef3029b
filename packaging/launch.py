"""The bundle's entry point: iomdesk's run(), as the wheel's `iomdesk` launcher calls it."""

import sys

from iomdesk.command import run

sys.exit(run())
