"""Entry point for python -m iomdesk."""

import sys

from iomdesk.command import run

sys.exit(run())
