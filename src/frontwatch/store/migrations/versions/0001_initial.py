"""The first frontwatch store schema: articles and their sources, sentences, mentions,
places, toponyms, events, stories and territorial control.

Frozen DDL (no imports from frontwatch): later revisions change the schema, this one
never does. Timestamps are plain timezone-aware DateTime here; the application's
UTCDateTime type only normalises values in Python.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'articles',
        sa.Column('id', sa.String(), nullable=False),
        sa.Column('title', sa.Text(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('language', sa.String(length=16), nullable=True),
        sa.Column('language_score', sa.Float(), nullable=True),
        sa.Column('published', sa.DateTime(timezone=True), nullable=True),
        sa.Column('published_from', sa.String(length=16), nullable=False),
        sa.Column('url', sa.Text(), nullable=True),
        sa.Column('outlet', sa.Text(), nullable=True),
        sa.Column('minhash', sa.LargeBinary(), nullable=True),
        sa.Column('removed', sa.JSON(), nullable=False),
        sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_articles'))
    )
    op.create_index(op.f('ix_articles_published'), 'articles', ['published'])

    op.create_table(
        'control',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('place_name', sa.Text(), nullable=False),
        sa.Column('geonameid', sa.Integer(), nullable=True),
        sa.Column('lat', sa.Float(), nullable=True),
        sa.Column('lon', sa.Float(), nullable=True),
        sa.Column('radius_km', sa.Float(), nullable=True),
        sa.Column('controller', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=32), nullable=True),
        sa.Column('since', sa.Date(), nullable=False),
        sa.Column('until', sa.Date(), nullable=True),
        sa.Column('evidence', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_control'))
    )
    op.create_index(op.f('ix_control_geonameid'), 'control', ['geonameid'])
    op.create_index(op.f('ix_control_since'), 'control', ['since'])

    op.create_table(
        'places',
        sa.Column('geonameid', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('lat', sa.Float(), nullable=False),
        sa.Column('lon', sa.Float(), nullable=False),
        sa.Column('country', sa.String(length=2), nullable=True),
        sa.Column('admin1', sa.Text(), nullable=True),
        sa.Column('admin1_code', sa.String(length=20), nullable=True),
        sa.Column('admin2', sa.Text(), nullable=True),
        sa.Column('feature_class', sa.String(length=1), nullable=True),
        sa.Column('feature_code', sa.String(length=10), nullable=True),
        sa.Column('population', sa.BigInteger(), nullable=False),
        sa.Column('precision', sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint('geonameid', name=op.f('pk_places'))
    )
    op.create_index(op.f('ix_places_country'), 'places', ['country'])

    op.create_table(
        'stories',
        sa.Column('id', sa.String(), nullable=False),
        sa.Column('event_type', sa.String(length=64), nullable=True),
        sa.Column('first_reported', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_reported', sa.DateTime(timezone=True), nullable=True),
        sa.Column('corroboration', sa.Integer(), nullable=False),
        sa.Column('outlets', sa.JSON(), nullable=False),
        sa.Column('lat', sa.Float(), nullable=True),
        sa.Column('lon', sa.Float(), nullable=True),
        sa.Column('geonameid', sa.Integer(), nullable=True),
        sa.Column('place_name', sa.Text(), nullable=True),
        sa.Column('date', sa.String(length=10), nullable=True),
        sa.Column('explanation', sa.JSON(), nullable=True),
        sa.Column('disagreement', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stories'))
    )
    op.create_index(op.f('ix_stories_date'), 'stories', ['date'])
    op.create_index(op.f('ix_stories_event_type'), 'stories', ['event_type'])

    op.create_table(
        'events',
        sa.Column('id', sa.String(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('evidence_text', sa.Text(), nullable=False),
        sa.Column('evidence_start', sa.Integer(), nullable=False),
        sa.Column('evidence_end', sa.Integer(), nullable=False),
        sa.Column('event_type', sa.String(length=64), nullable=False),
        sa.Column('acled_event_type', sa.String(length=64), nullable=True),
        sa.Column('acled_sub_event_type', sa.String(length=64), nullable=True),
        sa.Column('plover', sa.String(length=64), nullable=True),
        sa.Column('actor1_name', sa.Text(), nullable=True),
        sa.Column('actor1_text', sa.Text(), nullable=True),
        sa.Column('actor2_name', sa.Text(), nullable=True),
        sa.Column('actor2_text', sa.Text(), nullable=True),
        sa.Column('location_text', sa.Text(), nullable=True),
        sa.Column('location_name', sa.Text(), nullable=True),
        sa.Column('geonameid', sa.Integer(), nullable=True),
        sa.Column('lat', sa.Float(), nullable=True),
        sa.Column('lon', sa.Float(), nullable=True),
        sa.Column('country', sa.String(length=2), nullable=True),
        sa.Column('admin1', sa.Text(), nullable=True),
        sa.Column('geo_precision', sa.String(length=16), nullable=True),
        sa.Column('relative', sa.JSON(), nullable=True),
        sa.Column('date', sa.String(length=10), nullable=True),
        sa.Column('date_precision', sa.String(length=16), nullable=False),
        sa.Column('reported_by', sa.JSON(), nullable=False),
        sa.Column('modality', sa.String(length=16), nullable=False),
        sa.Column('confidence', sa.Float(), nullable=False),
        sa.Column('trigger', sa.Text(), nullable=True),
        sa.Column('story_id', sa.String(), nullable=True),
        sa.CheckConstraint("date_precision IN ('day', 'week', 'month', 'year', 'unknown')", name=op.f('ck_events_date_precision')),
        sa.CheckConstraint("geo_precision IS NULL OR geo_precision IN ('point', 'city', 'admin1', 'admin2', 'country', 'border', 'relative')", name=op.f('ck_events_geo_precision')),
        sa.CheckConstraint("modality IN ('asserted', 'claimed', 'denied', 'planned', 'background')", name=op.f('ck_events_modality')),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_events_article_id_articles'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['geonameid'], ['places.geonameid'], name=op.f('fk_events_geonameid_places')),
        sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_events_story_id_stories'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    op.create_index(op.f('ix_events_article_id'), 'events', ['article_id'])
    op.create_index(op.f('ix_events_country'), 'events', ['country'])
    op.create_index(op.f('ix_events_date'), 'events', ['date'])
    op.create_index(op.f('ix_events_event_type'), 'events', ['event_type'])
    op.create_index(op.f('ix_events_lat_lon'), 'events', ['lat', 'lon'])
    op.create_index(op.f('ix_events_story_id'), 'events', ['story_id'])

    op.create_table(
        'mentions',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('sentence', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('label', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    op.create_index(op.f('ix_mentions_article_id'), 'mentions', ['article_id'])

    op.create_table(
        'sentences',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('idx', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_sentences_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sentences')),
        sa.UniqueConstraint('article_id', 'idx', name=op.f('uq_sentences_article_id_idx'))
    )
    op.create_table(
        'sources',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('source_ref', sa.Text(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('url', sa.Text(), nullable=True),
        sa.Column('outlet', sa.Text(), nullable=True),
        sa.Column('title', sa.Text(), nullable=True),
        sa.Column('published', sa.DateTime(timezone=True), nullable=True),
        sa.Column('published_from', sa.String(length=16), nullable=False),
        sa.Column('external_id', sa.Text(), nullable=True),
        sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_sources_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
        sa.UniqueConstraint('article_id', 'source_ref', name=op.f('uq_sources_article_id_source_ref'))
    )
    op.create_index(op.f('ix_sources_external_id'), 'sources', ['external_id'])
    op.create_index(op.f('ix_sources_source_ref'), 'sources', ['source_ref'])

    op.create_table(
        'toponyms',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('sentence', sa.Integer(), nullable=True),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('geonameid', sa.Integer(), nullable=True),
        sa.Column('score', sa.Float(), nullable=False),
        sa.Column('precision', sa.String(length=16), nullable=True),
        sa.Column('candidates', sa.JSON(), nullable=False),
        sa.Column('relative', sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_toponyms_article_id_articles'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['geonameid'], ['places.geonameid'], name=op.f('fk_toponyms_geonameid_places')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_toponyms'))
    )
    op.create_index(op.f('ix_toponyms_article_id'), 'toponyms', ['article_id'])
    op.create_index(op.f('ix_toponyms_geonameid'), 'toponyms', ['geonameid'])



def downgrade() -> None:
    # Dropping a table drops its indexes; children first so foreign keys never dangle.
    for table in ("toponyms", "sources", "sentences", "mentions", "events", "stories", "places", "control",
                  "articles"):
        op.drop_table(table)
