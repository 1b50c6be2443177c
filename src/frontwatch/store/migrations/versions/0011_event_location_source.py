"""events.location_source: "article" when an event's place was inherited from the same act told in another
sentence of its article (events/article_place.py), so an analyst can tell a place its evidence sentence gives
from one its article gives. NULL: the place came from the evidence sentence (or there is none).

Rows coded before this revision keep NULL (re-extract to fill it). Frozen (no imports from frontwatch),
like every revision.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('location_source', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.drop_column('location_source')
