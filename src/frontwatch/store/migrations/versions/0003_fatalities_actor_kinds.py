"""Event fatalities, actor kinds and countries, and admin2: what an ACLED-format export needs from a stored event.

`fatalities` is the reported death toll (0 when none is given: ACLED's convention), the
actor kinds and countries give ACLED's inter codes, `admin2` its admin2 column. Rows stored before this
revision get 0 and nulls; re-extracting their articles fills them.

Frozen (no imports from frontwatch), like every revision.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('actor1_kind', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('actor1_country', sa.String(length=2), nullable=True))
        batch.add_column(sa.Column('actor2_kind', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('actor2_country', sa.String(length=2), nullable=True))
        batch.add_column(sa.Column('admin2', sa.Text(), nullable=True))
        batch.add_column(sa.Column('fatalities', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.drop_column('fatalities')
        batch.drop_column('admin2')
        batch.drop_column('actor2_country')
        batch.drop_column('actor2_kind')
        batch.drop_column('actor1_country')
        batch.drop_column('actor1_kind')
