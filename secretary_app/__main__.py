"""``python -m secretary_app`` and the ``secretary-app`` entry point."""

from __future__ import annotations

import sys


def main() -> int:
    from secretary_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
