"""The evidence area: the thumbnail strip, preview, dialogs, the actions on evidence and the
worker that stores dropped files off the GUI thread."""
