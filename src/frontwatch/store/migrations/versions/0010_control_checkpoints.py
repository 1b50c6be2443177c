"""control_checkpoints: saved states of the control timeline, so a batch replays only the facts after one.

The control stage used to re-read every control fact of the store whenever a batch brought one (545 MB at
100,000 articles); with a checkpoint every few weeks of news it replays from the latest checkpoint before the
batch's earliest fact. Stores upgraded to this revision have none: their next control run is a full one and
writes them. Frozen (no imports from frontwatch), like every revision.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'control_checkpoints',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('state', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_control_checkpoints')),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f('ix_control_checkpoints_day'), 'control_checkpoints', ['day'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_control_checkpoints_day'), table_name='control_checkpoints')
    op.drop_table('control_checkpoints')
