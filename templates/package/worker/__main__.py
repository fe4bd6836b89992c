"""``python -m <package>.worker run module ...`` (see ``cli``)."""

import sys

from .cli import main

sys.exit(main())
