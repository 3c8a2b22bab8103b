"""The orders area: the order pane, and importing order reports (worker, actions, problems)."""
