"""Stored files no evidence points to are deleted only after a grace period, so that another
window's undo history can still bring back what it removed (services/evidence.py).

Revision ID: 0005_blob_orphans
Revises: 0004_renditions
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_blob_orphans"
down_revision = "0004_renditions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch (copy) of the table would rewrite every stored file.
    op.add_column("blobs", sa.Column("orphan_since", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("blobs", "orphan_since")
