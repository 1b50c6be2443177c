"""events.date_source: where an event's date came from (the text, or the article's publication date and
its origin: metadata, option, file_mtime), so a date taken from a file's modification time is never
silently presented as a reported one.

Rows coded before this revision keep NULL: their provenance was not recorded (re-extract to fill it).
Frozen (no imports from frontwatch), like every revision.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('date_source', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.drop_column('date_source')
