"""Claims: dated policy table; structured details on timeline events; the purchase date of
a claim's order when the order was never imported.

Revision ID: 0002_policies
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_policies"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("effective_from", sa.DateTime(timezone=True), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("policies") as batch_op:
        batch_op.create_index("ix_policies_channel_from", ["channel", "effective_from"])
    with op.batch_alter_table("claim_events") as batch_op:
        batch_op.add_column(sa.Column("details", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("claims") as batch_op:
        batch_op.add_column(sa.Column("purchase_date", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch_op:
        batch_op.drop_column("purchase_date")
    with op.batch_alter_table("claim_events") as batch_op:
        batch_op.drop_column("details")
    op.drop_table("policies")
