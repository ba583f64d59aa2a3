"""dirty markets: markets that gained evidence and await re-evaluation (durable across crashes)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dirty_markets",
        sa.Column("market_id", sa.String(200), sa.ForeignKey("markets.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
    )
    # markets that already have evidence but no verdict (a poller died before evaluating)
    op.execute("INSERT INTO dirty_markets (market_id, seq, marked_at) "
               "SELECT DISTINCT l.market_id, 1, CURRENT_TIMESTAMP FROM market_articles l "
               "WHERE NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.market_id = l.market_id)")


def downgrade() -> None:
    op.drop_table("dirty_markets")
