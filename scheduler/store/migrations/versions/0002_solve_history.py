"""solve history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 11:40:05.840893
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('solverun',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('objective', sa.Integer(), nullable=True),
    sa.Column('bound', sa.Float(), nullable=True),
    sa.Column('elapsed_seconds', sa.Float(), nullable=False),
    sa.Column('sessions', sa.Integer(), nullable=False),
    sa.Column('scheduled', sa.Integer(), nullable=False),
    sa.Column('stored', sa.Boolean(), nullable=False),
    sa.Column('report', sa.Text(), nullable=False),
    sa.CheckConstraint('elapsed_seconds >= 0', name='elapsed_not_negative'),
    sa.PrimaryKeyConstraint('id')
    )



def downgrade() -> None:

    op.drop_table('solverun')

