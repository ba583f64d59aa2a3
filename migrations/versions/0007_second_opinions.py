"""second opinions from a language model (append-only, beside the rules verdicts)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "second_opinions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("market_id", sa.String(200), sa.ForeignKey("markets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("outcome_id", sa.String(200), nullable=False, server_default=""),
        sa.Column("verdict_id", sa.Integer(), sa.ForeignKey("verdicts.id", ondelete="SET NULL"), nullable=True),
        sa.Column("inputs_hash", sa.String(64), nullable=False),
        sa.Column("cache_key", sa.String(64), nullable=False),
        sa.Column("rules_verdict", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("claimed_verdict", sa.String(20), nullable=True),
        sa.Column("citations", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("error_kind", sa.String(30), nullable=True),
        sa.Column("disagrees", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("prompt_version", sa.String(20), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("input_tokens", sa.Integer(), nullable=True),
        sa.Column("output_tokens", sa.Integer(), nullable=True),
        sa.Column("cost", sa.Float(), nullable=True),
        sa.Column("as_of", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_second_opinions_market_outcome_id", "second_opinions", ["market_id", "outcome_id", "id"])
    op.create_index("ix_second_opinions_cache", "second_opinions", ["cache_key"])
    op.create_index("ix_second_opinions_created", "second_opinions", ["created_at"])


def downgrade() -> None:
    op.drop_table("second_opinions")
