"""Entry point for `python -m partnerships`."""

import sys

from partnerships.cli import main

sys.exit(main())
