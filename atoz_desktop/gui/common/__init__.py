"""What several areas of the window share: formatting, labels, widgets, table models over ids,
the sidebar, background workers and the resources (icons, translations)."""
