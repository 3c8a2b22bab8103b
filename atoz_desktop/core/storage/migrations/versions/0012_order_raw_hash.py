"""A hash of the report rows each order was last written from, when those rows alone make it,
so that importing the same report again skips the parsing of its unchanged orders
(services/importing/reimport.py, importers/amazon.py's RAW_HASH_VERSION). Orders stored before
have none: an import that finds them unchanged by their content hash records it.

Revision ID: 0012_order_raw_hash
Revises: 0011_pg_short_grams
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_order_raw_hash"
down_revision = "0011_pg_short_grams"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch (copy) of the orders table would rewrite every order.
    op.add_column("orders", sa.Column("raw_hash", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("raw_hash")
