"""Storage: typed SQLAlchemy models, the workspace database and its migrations."""
