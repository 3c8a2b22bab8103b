"""Readers for the files sellers download from Amazon. Pure parsing: nothing here writes."""
