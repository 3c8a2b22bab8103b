"""Evidence: content-addressed file blobs and the evidence items that point at them.

Revision ID: 0003_evidence
Revises: 0002_policies
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_evidence"
down_revision = "0002_policies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mime", sa.String(length=80), nullable=False),
        sa.Column("file_date", sa.DateTime(timezone=True), nullable=True),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("warning", sa.Text(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["claim_events.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["blob_sha256"], ["blobs.sha256"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("claim_id", "blob_sha256"),
    )
    with op.batch_alter_table("evidence") as batch_op:
        batch_op.create_index("ix_evidence_event_id", ["event_id"])
        batch_op.create_index("ix_evidence_blob_sha256", ["blob_sha256"])


def downgrade() -> None:
    op.drop_table("evidence")
    op.drop_table("blobs")
