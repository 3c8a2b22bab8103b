"""On PostgreSQL, a trigram index (pg_trgm, GIN) answers the orders search, as FTS5 does on SQLite.

A search word must occur, as a substring, in `orders.search_text` (services/orders.py): without
an index PostgreSQL reads every order for each word. `search_text` is already folded (lower
case, no accents: core/search.py) on both sides, so `unaccent` is not needed: the plain
`LIKE '%word%'` of the search uses this index for words of 3 letters or more.

pg_trgm is a trusted extension (PostgreSQL 13+: a database owner may create it; Debian's
postgresql package ships it). Where it cannot be created, the workspace still opens and
searches without the index.

Revision ID: 0007_pg_trigram_search
Revises: 0006_receipt_readings
"""

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0007_pg_trigram_search"
down_revision = "0006_receipt_readings"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        log.warning("no trigram search index: pg_trgm cannot be created here (%s)", exc.orig)
        return
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_orders_search_trgm ON orders "
        "USING gin (search_text gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_orders_search_trgm")
