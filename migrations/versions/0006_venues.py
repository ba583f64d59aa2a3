"""venue markets, market versions (amendments), price snapshots, webhook outbox

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "venue_markets",
        sa.Column("market_id", sa.String(200), sa.ForeignKey("markets.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("venue", sa.String(20), nullable=False),
        sa.Column("venue_id", sa.String(200), nullable=False),
        sa.Column("url", sa.String(2000), nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("field_deadline", sa.DateTime(), nullable=True),
        sa.Column("rules_deadline_text", sa.Text(), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("venue", "venue_id", name="uq_venue_markets_venue_id"),
    )
    op.create_table(
        "market_versions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("market_id", sa.String(200), sa.ForeignKey("markets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("deadline", sa.DateTime(), nullable=False),
        sa.Column("deadline_offset_minutes", sa.Integer(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("effective_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("market_id", "version", name="uq_market_versions_version"),
    )
    op.create_table(
        "price_snapshots",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("market_id", sa.String(200), sa.ForeignKey("markets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("outcome_id", sa.String(200), nullable=False),
        sa.Column("price", sa.Float(), nullable=False),
        sa.Column("venue", sa.String(20), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_price_snapshots_market_taken", "price_snapshots", ["market_id", "outcome_id", "taken_at"])
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("webhook", sa.String(200), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_webhook_deliveries_due", "webhook_deliveries", ["status", "next_attempt_at"])
    with op.batch_alter_table("verdicts") as batch:
        batch.add_column(sa.Column("market_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("verdicts") as batch:
        batch.drop_column("market_version")
    op.drop_index("ix_webhook_deliveries_due", table_name="webhook_deliveries")
    op.drop_table("webhook_deliveries")
    op.drop_index("ix_price_snapshots_market_taken", table_name="price_snapshots")
    op.drop_table("price_snapshots")
    op.drop_table("market_versions")
    op.drop_table("venue_markets")
