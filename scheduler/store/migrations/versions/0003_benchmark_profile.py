"""benchmark profile

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 12:17:06.388789
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('benchmarkprofile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.CheckConstraint('length(kind) > 0', name='kind_not_empty'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'name', name='profile_once')
    )



def downgrade() -> None:

    op.drop_table('benchmarkprofile')
