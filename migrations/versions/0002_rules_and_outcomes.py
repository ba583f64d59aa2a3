"""versioned rule sets, market outcomes; verdicts record outcome and rule-set version

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "market_outcomes",
        sa.Column("market_id", sa.String(200), sa.ForeignKey("markets.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("outcome_id", sa.String(200), primary_key=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "rule_sets",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("market_id", sa.String(200), sa.ForeignKey("markets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("outcome_id", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("spec", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("market_id", "outcome_id", "version", name="uq_rule_sets_version"),
    )
    with op.batch_alter_table("verdicts") as batch:
        batch.add_column(sa.Column("outcome_id", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("rule_set_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("verdicts") as batch:
        batch.drop_column("rule_set_version")
        batch.drop_column("outcome_id")
    op.drop_table("rule_sets")
    op.drop_table("market_outcomes")
