"""An index on articles.ingested_at: the near-duplicate re-check at every save reads the articles
stored since its watermark (`Store._stored_since`), which without it scanned the whole table, so
each save cost in proportion to the store (about 1.7 ms CPU per 1,000 stored articles on SQLite:
~85 ms per article at 50,000, most of the ingest's growth in the synthetic 100,000-article bench).
Frozen (no imports from frontwatch), like every revision.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_articles_ingested_at', 'articles', ['ingested_at'])


def downgrade() -> None:
    op.drop_index('ix_articles_ingested_at', table_name='articles')
