"""A-to-Z Desk: a desktop case manager for Amazon A-to-z Guarantee claims."""

__version__ = "0.1.0"
APP_NAME = "A-to-Z Desk"
APP_ID = "atoz-desktop"
