"""Dossiers in the window: the dialog that builds, previews, prints and saves one, the batch of
due claims, and Settings › Seller."""
