"""append-only analyst decisions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("market_id", sa.String(200), sa.ForeignKey("markets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("outcome_id", sa.String(200), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=True),
        sa.Column("resolution", sa.String(10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("analyst", sa.String(200), nullable=False),
        sa.Column("against_verdict_id", sa.Integer(), sa.ForeignKey("verdicts.id", ondelete="SET NULL"), nullable=True),
        sa.Column("against_verdict", sa.String(20), nullable=True),
        sa.Column("revisit_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_decisions_market_outcome_id", "decisions", ["market_id", "outcome_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_decisions_market_outcome_id", table_name="decisions")
    op.drop_table("decisions")
