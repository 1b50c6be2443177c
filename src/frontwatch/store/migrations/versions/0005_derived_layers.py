"""Derived layers written at ingest: story fields the API serves, a control table that keeps
every field of a change (the control table was never written before, so it is recreated).

Frozen (no imports from frontwatch), like every revision.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('stories') as batch:
        batch.add_column(sa.Column('acled_event_type', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('acled_sub_event_type', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('plover', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('fatalities', sa.Integer(), server_default='0', nullable=False))
        batch.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch.create_index(batch.f('ix_stories_updated_at'), ['updated_at'], unique=False)
    op.drop_index(op.f('ix_control_geonameid'), table_name='control')
    op.drop_index(op.f('ix_control_since'), table_name='control')
    op.drop_table('control')
    op.create_table(
        'control',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('place_key', sa.Text(), nullable=False),
        sa.Column('place_name', sa.Text(), nullable=True),
        sa.Column('geonameid', sa.Integer(), nullable=True),
        sa.Column('lat', sa.Float(), nullable=True),
        sa.Column('lon', sa.Float(), nullable=True),
        sa.Column('radius_km', sa.Float(), nullable=True),
        sa.Column('controller', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=32), nullable=True),
        sa.Column('since', sa.String(length=10), nullable=True),
        sa.Column('until', sa.String(length=10), nullable=True),
        sa.Column('last_seen', sa.String(length=10), nullable=True),
        sa.Column('evidence', sa.JSON(), nullable=False),
        sa.Column('detail', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_control')),
    )
    op.create_index(op.f('ix_control_geonameid'), 'control', ['geonameid'], unique=False)
    op.create_index(op.f('ix_control_place_key'), 'control', ['place_key'], unique=False)
    op.create_index(op.f('ix_control_since'), 'control', ['since'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_control_since'), table_name='control')
    op.drop_index(op.f('ix_control_place_key'), table_name='control')
    op.drop_index(op.f('ix_control_geonameid'), table_name='control')
    op.drop_table('control')
    op.create_table(
        'control',
        sa.Column('id', sa.Integer(), nullable=False),
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
        sa.PrimaryKeyConstraint('id', name=op.f('pk_control')),
    )
    op.create_index(op.f('ix_control_geonameid'), 'control', ['geonameid'], unique=False)
    op.create_index(op.f('ix_control_since'), 'control', ['since'], unique=False)
    with op.batch_alter_table('stories') as batch:
        batch.drop_index(batch.f('ix_stories_updated_at'))
        batch.drop_column('updated_at')
        batch.drop_column('fatalities')
        batch.drop_column('plover')
        batch.drop_column('acled_sub_event_type')
        batch.drop_column('acled_event_type')
