"""A-to-Z Desk: a desktop case manager for Amazon A-to-z Guarantee claims."""

from pathlib import Path

__version__ = "0.1.0"
APP_NAME = "A-to-Z Desk"
APP_ID = "atoz-desktop"


def resources_dir() -> Path:
    """The folder of icons, fonts and translations (beside the package in a source tree)."""
    return Path(__file__).resolve().parent.parent / "resources"
