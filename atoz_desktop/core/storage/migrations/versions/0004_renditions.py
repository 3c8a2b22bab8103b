"""Dossiers: print-ready renditions of image evidence, kept so a dossier rebuilds in a blink.

Revision ID: 0004_renditions
Revises: 0003_evidence
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_renditions"
down_revision = "0003_evidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "renditions",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("profile", sa.String(length=40), nullable=False),
        sa.Column("frame", sa.Integer(), nullable=False),
        sa.Column("frames", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["blobs.sha256"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("sha256", "profile", "frame"),
    )


def downgrade() -> None:
    op.drop_table("renditions")
