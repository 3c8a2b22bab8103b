"""Domain rules as pure functions of plain data: policies, deadlines, claim statuses."""
