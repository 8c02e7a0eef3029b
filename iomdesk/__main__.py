"""Entry point for python -m iomdesk."""

import sys

from iomdesk import run

sys.exit(run())
