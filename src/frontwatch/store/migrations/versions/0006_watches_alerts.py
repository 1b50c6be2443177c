"""Watches, alerts and alert deliveries (`frontwatch watches`, `frontwatch alerts`).

Frozen (no imports from frontwatch), like every revision.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'watches',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('area', sa.JSON(), nullable=True),
        sa.Column('types', sa.JSON(), nullable=False),
        sa.Column('actors', sa.JSON(), nullable=False),
        sa.Column('min_corroboration', sa.Integer(), nullable=False),
        sa.Column('webhooks', sa.JSON(), nullable=False),
        sa.Column('emails', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('checked_until', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_watches')),
    )
    op.create_table(
        'alerts',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('watch_id', sa.Integer(), nullable=False),
        sa.Column('story_id', sa.String(length=64), nullable=False),
        sa.Column('event_ids', sa.JSON(), nullable=False),
        sa.Column('corroboration', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('summary', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['watch_id'], ['watches.id'], name=op.f('fk_alerts_watch_id_watches'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts')),
        sa.UniqueConstraint('watch_id', 'story_id', name=op.f('uq_alerts_watch_id_story_id')),
    )
    op.create_index(op.f('ix_alerts_watch_id'), 'alerts', ['watch_id'], unique=False)
    op.create_index(op.f('ix_alerts_updated_at'), 'alerts', ['updated_at'], unique=False)
    op.create_table(
        'alert_deliveries',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('alert_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('target', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("channel IN ('webhook', 'email')", name=op.f('ck_alert_deliveries_channel')),
        sa.CheckConstraint("status IN ('pending', 'sent', 'failed', 'superseded')", name=op.f('ck_alert_deliveries_status')),
        sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], name=op.f('fk_alert_deliveries_alert_id_alerts'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_deliveries')),
        sa.UniqueConstraint('alert_id', 'version', 'channel', 'target',
                            name=op.f('uq_alert_deliveries_alert_id_version_channel_target')),
    )
    op.create_index(op.f('ix_alert_deliveries_alert_id'), 'alert_deliveries', ['alert_id'], unique=False)
    op.create_index(op.f('ix_alert_deliveries_status'), 'alert_deliveries', ['status'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_alert_deliveries_status'), table_name='alert_deliveries')
    op.drop_index(op.f('ix_alert_deliveries_alert_id'), table_name='alert_deliveries')
    op.drop_table('alert_deliveries')
    op.drop_index(op.f('ix_alerts_updated_at'), table_name='alerts')
    op.drop_index(op.f('ix_alerts_watch_id'), table_name='alerts')
    op.drop_table('alerts')
    op.drop_table('watches')
