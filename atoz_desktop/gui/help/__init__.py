"""Help menu: the keyboard shortcuts (read from the window's actions) and the user guide."""
