"""The claims area of the window: the claim pane, its findings and timeline, the dialogs that
open and change a claim, the due banner, and the claim actions with their undo commands."""
