"""Entry point for python -m iomdesk."""

import sys

from iomdesk.app import main

sys.exit(main())
