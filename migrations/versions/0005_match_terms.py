"""markets keep the surface forms the matching index is built from

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("markets") as batch:
        batch.add_column(sa.Column("match_terms", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("markets") as batch:
        batch.drop_column("match_terms")
