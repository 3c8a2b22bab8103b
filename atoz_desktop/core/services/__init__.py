"""One function per user action, each its own unit of work. The GUI and the CLI call these."""
