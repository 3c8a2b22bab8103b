"""What a carrier receipt says, read once and kept with its evidence item; whether the seller
chose the item's kind (a reading may then refine only a guessed one); and which evidence item
proves a shipment recorded from a receipt (services/receipts.py).

Revision ID: 0006_receipt_readings
Revises: 0005_blob_orphans
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_receipt_readings"
down_revision = "0005_blob_orphans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch (copy) of the evidence table is cheap, but of shipments not.
    op.add_column("evidence", sa.Column("reading", sa.JSON(), nullable=True))
    op.add_column(
        "evidence",
        sa.Column("kind_chosen", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # No foreign key: an evidence item removed and brought back by undo keeps its id, and the
    # shipment its proof; a proof that is gone is simply not cited.
    op.add_column("shipments", sa.Column("evidence_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("shipments") as batch:
        batch.drop_column("evidence_id")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("kind_chosen")
        batch.drop_column("reading")
