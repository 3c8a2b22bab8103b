"""Alembic environment: the program runs migrations itself on an open connection."""

from alembic import context

from atoz_desktop.core.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by the alembic command for autogenerate
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by copying the table
)
with context.begin_transaction():
    context.run_migrations()
