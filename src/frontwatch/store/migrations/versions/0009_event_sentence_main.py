"""events.sentence_main: the one event of its evidence sentence an ACLED coder would code.

A sentence often codes two or more events ('rebels shelled the town after the army retook the hill'); all stay
in the store (a sentence listing five captured towns is five events), and this flag marks the one the sentence
reports first and foremost (events/main_event.py), so a user can rank or filter on it. Rows coded before this revision read False (re-extract to
fill it). Frozen (no imports from frontwatch), like every revision.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('sentence_main', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.drop_column('sentence_main')
