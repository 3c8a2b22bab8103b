"""The PySide6 desktop interface. Nothing below `atoz_desktop.core` imports this package."""
