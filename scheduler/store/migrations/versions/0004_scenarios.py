"""scenarios: named what-if schedules, the hidden main stash and the active scenario

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 15:48:28.073120
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scenario',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=20), nullable=False),
    sa.Column('updated_at', sa.String(length=20), nullable=False),
    sa.CheckConstraint("kind != 'main' OR name = 'main'", name='stash_named_main'),
    sa.CheckConstraint("kind = 'main' OR lower(trim(name)) NOT IN ('main', 'working')", name='name_not_reserved'),
    sa.CheckConstraint("kind IN ('scenario', 'main')", name='kind_valid'),
    sa.CheckConstraint("trim(name) GLOB '*[^0-9]*'", name='name_not_a_number'),
    sa.CheckConstraint('length(name) > 0', name='name_not_empty'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('activescenario',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scenario_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('id = 1', name='single_row'),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenario.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('scenarioplacement',
    sa.Column('scenario_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('channel_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.String(length=20), nullable=False),
    sa.CheckConstraint('room_id IS NOT NULL OR channel_id IS NOT NULL', name='placement_has_place'),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenario.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('scenario_id', 'session_id')
    )
    with op.batch_alter_table('scenarioplacement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scenarioplacement_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scenarioplacement_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scenarioplacement_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('scenarioplacement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scenarioplacement_session_id'))
        batch_op.drop_index(batch_op.f('ix_scenarioplacement_room_id'))
        batch_op.drop_index(batch_op.f('ix_scenarioplacement_channel_id'))

    op.drop_table('scenarioplacement')
    op.drop_table('activescenario')
    op.drop_table('scenario')
