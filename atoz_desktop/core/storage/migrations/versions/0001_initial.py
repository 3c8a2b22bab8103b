"""Initial schema: orders, lines, shipments, claims, events, settings; FTS5 order search.

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-23 11:09:47.309894
"""

from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.String(length=64), nullable=False),
    sa.Column('merchant_order_id', sa.String(length=64), nullable=True),
    sa.Column('purchase_date', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_updated', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('fulfillment_channel', sa.String(length=20), nullable=True),
    sa.Column('sales_channel', sa.String(length=40), nullable=True),
    sa.Column('order_channel', sa.String(length=40), nullable=True),
    sa.Column('ship_service_level', sa.String(length=60), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('buyer_name', sa.String(length=200), nullable=True),
    sa.Column('buyer_email', sa.String(length=200), nullable=True),
    sa.Column('recipient_name', sa.String(length=200), nullable=True),
    sa.Column('ship_address_1', sa.String(length=200), nullable=True),
    sa.Column('ship_address_2', sa.String(length=200), nullable=True),
    sa.Column('ship_address_3', sa.String(length=200), nullable=True),
    sa.Column('ship_city', sa.String(length=120), nullable=True),
    sa.Column('ship_state', sa.String(length=120), nullable=True),
    sa.Column('ship_postal_code', sa.String(length=20), nullable=True),
    sa.Column('ship_country', sa.String(length=2), nullable=True),
    sa.Column('is_business_order', sa.Boolean(), nullable=False),
    sa.Column('latest_delivery', sa.DateTime(timezone=True), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('order_id')
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_buyer_name'), ['buyer_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_purchase_date'), ['purchase_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_ship_city'), ['ship_city'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_ship_country'), ['ship_country'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_total'), ['total'], unique=False)

    op.create_table('workspace_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_pk', sa.Integer(), nullable=True),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('buyer_name', sa.String(length=200), nullable=True),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('filed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('latest_delivery', sa.DateTime(timezone=True), nullable=True),
    sa.Column('response_due', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('appeal_due', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['order_pk'], ['orders.id'], ondelete='SET NULL'),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_order_pk'), ['order_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_order_ref'), ['order_ref'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_response_due'), ['response_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_status'), ['status'], unique=False)

    op.create_table('order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_pk', sa.Integer(), nullable=False),
    sa.Column('order_item_id', sa.String(length=64), nullable=True),
    sa.Column('sku', sa.String(length=100), nullable=True),
    sa.Column('asin', sa.String(length=20), nullable=True),
    sa.Column('product_name', sa.Text(), nullable=True),
    sa.Column('item_status', sa.String(length=40), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('item_price', sa.BigInteger(), nullable=True),
    sa.Column('item_tax', sa.BigInteger(), nullable=True),
    sa.Column('shipping_price', sa.BigInteger(), nullable=True),
    sa.Column('shipping_tax', sa.BigInteger(), nullable=True),
    sa.Column('gift_wrap_price', sa.BigInteger(), nullable=True),
    sa.Column('gift_wrap_tax', sa.BigInteger(), nullable=True),
    sa.Column('item_promotion_discount', sa.BigInteger(), nullable=True),
    sa.Column('ship_promotion_discount', sa.BigInteger(), nullable=True),
    sa.Column('excluded_kind', sa.String(length=20), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['order_pk'], ['orders.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_lines_order_pk'), ['order_pk'], unique=False)

    op.create_table('shipments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_pk', sa.Integer(), nullable=False),
    sa.Column('carrier', sa.String(length=80), nullable=False),
    sa.Column('tracking_number', sa.String(length=80), nullable=False),
    sa.Column('shipped_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('estimated_arrival', sa.DateTime(timezone=True), nullable=True),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('signed_for', sa.Boolean(), nullable=False),
    sa.Column('shipment_ref', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['order_pk'], ['orders.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('order_pk', 'carrier', 'tracking_number')
    )
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipments_order_pk'), ['order_pk'], unique=False)

    op.create_table('claim_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('claim_events', schema=None) as batch_op:
        batch_op.create_index('ix_claim_events_claim_at', ['claim_id', 'at'], unique=False)



    if op.get_bind().dialect.name == "sqlite":
        # Substring search over 100k orders in a millisecond: an external-content FTS5 trigram
        # index over orders.search_text, kept in step by triggers.
        for statement in SQLITE_FTS:
            op.execute(statement)


SQLITE_FTS = (
    "CREATE VIRTUAL TABLE order_search USING fts5("
    "search_text, content='orders', content_rowid='id', tokenize='trigram')",
    # No INSERT trigger: a trigger per row interleaves index and table writes and made a
    # 100k-order import 5x slower. New orders are indexed in bulk by their writer
    # (storage/search_index.py); deletes and changed search texts are kept in step here.
    "CREATE TRIGGER orders_search_ad AFTER DELETE ON orders BEGIN "
    "INSERT INTO order_search(order_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER orders_search_au AFTER UPDATE OF search_text ON orders "
    "WHEN old.search_text IS NOT new.search_text BEGIN "
    "INSERT INTO order_search(order_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO order_search(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("orders_search_ad", "orders_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS order_search")

    with op.batch_alter_table('claim_events', schema=None) as batch_op:
        batch_op.drop_index('ix_claim_events_claim_at')

    op.drop_table('claim_events')
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shipments_order_pk'))

    op.drop_table('shipments')
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_lines_order_pk'))

    op.drop_table('order_lines')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_status'))
        batch_op.drop_index(batch_op.f('ix_claims_response_due'))
        batch_op.drop_index(batch_op.f('ix_claims_order_ref'))
        batch_op.drop_index(batch_op.f('ix_claims_order_pk'))

    op.drop_table('claims')
    op.drop_table('workspace_settings')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_total'))
        batch_op.drop_index(batch_op.f('ix_orders_status'))
        batch_op.drop_index(batch_op.f('ix_orders_ship_country'))
        batch_op.drop_index(batch_op.f('ix_orders_ship_city'))
        batch_op.drop_index(batch_op.f('ix_orders_purchase_date'))
        batch_op.drop_index(batch_op.f('ix_orders_buyer_name'))

    op.drop_table('orders')

