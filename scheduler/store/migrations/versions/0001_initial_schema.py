"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 10:49:27.541235
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audience_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('home_timezone', sa.String(), nullable=False),
    sa.CheckConstraint("kind IN ('delegation', 'audience')", name='kind_valid'),
    sa.CheckConstraint('length(key) > 0', name='key_not_empty'),
    sa.CheckConstraint('length(name_en) > 0', name='name_en_not_empty'),
    sa.CheckConstraint('size >= 0', name='size_not_negative'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key'),
    sa.UniqueConstraint('name_en')
    )
    op.create_table('channel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('viewer_capacity', sa.Integer(), nullable=False),
    sa.Column('join_url', sa.String(), nullable=False),
    sa.Column('changeover_minutes', sa.Integer(), nullable=False),
    sa.CheckConstraint('changeover_minutes >= 0', name='changeover_minutes_not_negative'),
    sa.CheckConstraint('length(key) > 0', name='key_not_empty'),
    sa.CheckConstraint('length(name_en) > 0', name='name_en_not_empty'),
    sa.CheckConstraint('viewer_capacity >= 0', name='viewer_capacity_not_negative'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key'),
    sa.UniqueConstraint('name_en')
    )
    op.create_table('city',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('timezone', sa.String(), nullable=False),
    sa.CheckConstraint('length(key) > 0', name='key_not_empty'),
    sa.CheckConstraint('length(name_en) > 0', name='name_en_not_empty'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key'),
    sa.UniqueConstraint('name_en')
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('timezone', sa.String(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('day_count', sa.Integer(), nullable=False),
    sa.Column('day_start', sa.Time(), nullable=False),
    sa.Column('day_end', sa.Time(), nullable=False),
    sa.Column('granularity_minutes', sa.Integer(), nullable=False),
    sa.Column('organiser_name', sa.String(), nullable=False),
    sa.Column('organiser_email', sa.String(), nullable=False),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('weights', sa.Text(), nullable=False),
    sa.CheckConstraint('day_count > 0', name='day_count_positive'),
    sa.CheckConstraint('day_end > day_start', name='hours_end_after_start'),
    sa.CheckConstraint('granularity_minutes > 0 AND granularity_minutes <= 240', name='granularity_positive'),
    sa.CheckConstraint('id = 1', name='single_event'),
    sa.CheckConstraint('length(name_en) > 0', name='name_en_not_empty'),
    sa.CheckConstraint('length(timezone) > 0', name='timezone_not_empty'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('organisation', sa.String(), nullable=False),
    sa.Column('position', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('home_timezone', sa.String(), nullable=False),
    sa.CheckConstraint('length(key) > 0', name='key_not_empty'),
    sa.CheckConstraint('length(name_en) > 0', name='name_en_not_empty'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key'),
    sa.UniqueConstraint('name_en')
    )
    op.create_table('resource',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.CheckConstraint('capacity >= 0', name='capacity_not_negative'),
    sa.CheckConstraint('length(key) > 0', name='key_not_empty'),
    sa.CheckConstraint('length(name_en) > 0', name='name_en_not_empty'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key'),
    sa.UniqueConstraint('name_en')
    )
    op.create_table('version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('published_at', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.CheckConstraint('number > 0', name='number_positive'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    op.create_table('groupmember',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['audience_group.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'person_id')
    )
    op.create_table('traveltime',
    sa.Column('from_city_id', sa.Integer(), nullable=False),
    sa.Column('to_city_id', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(), nullable=False),
    sa.CheckConstraint('from_city_id != to_city_id', name='distinct_cities'),
    sa.CheckConstraint('minutes >= 0', name='minutes_not_negative'),
    sa.ForeignKeyConstraint(['from_city_id'], ['city.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_city_id'], ['city.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('from_city_id', 'to_city_id')
    )
    op.create_table('venue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('city_id', sa.Integer(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('address_en', sa.String(), nullable=False),
    sa.Column('address_zh', sa.String(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.CheckConstraint('latitude IS NULL OR latitude BETWEEN -90 AND 90', name='latitude_range'),
    sa.CheckConstraint('length(key) > 0', name='key_not_empty'),
    sa.CheckConstraint('length(name_en) > 0', name='name_en_not_empty'),
    sa.CheckConstraint('longitude IS NULL OR longitude BETWEEN -180 AND 180', name='longitude_range'),
    sa.ForeignKeyConstraint(['city_id'], ['city.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('city_id', 'name_en', name='venue_name_per_city'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_venue_city_id'), ['city_id'], unique=False)

    op.create_table('versionentry',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('session_uid', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('start', sa.String(length=20), nullable=True),
    sa.Column('end', sa.String(length=20), nullable=True),
    sa.Column('room_key', sa.String(), nullable=True),
    sa.Column('channel_key', sa.String(), nullable=True),
    sa.Column('data', sa.Text(), nullable=False),
    sa.CheckConstraint("status IN ('confirmed', 'tentative', 'cancelled')", name='status_valid'),
    sa.CheckConstraint('sequence >= 0', name='sequence_not_negative'),
    sa.ForeignKeyConstraint(['version_id'], ['version.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('version_id', 'session_uid')
    )
    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('features', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('changeover_minutes', sa.Integer(), nullable=False),
    sa.CheckConstraint('changeover_minutes >= 0', name='changeover_minutes_not_negative'),
    sa.CheckConstraint('length(key) > 0', name='key_not_empty'),
    sa.CheckConstraint('length(name_en) > 0', name='name_en_not_empty'),
    sa.CheckConstraint('seats >= 0', name='seats_not_negative'),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key'),
    sa.UniqueConstraint('venue_id', 'name_en', name='room_name_per_venue')
    )
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_venue_id'), ['venue_id'], unique=False)

    op.create_table('session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('title_en', sa.String(), nullable=False),
    sa.Column('title_zh', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('delivery_mode', sa.String(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('expected_onsite', sa.Integer(), nullable=False),
    sa.Column('expected_online', sa.Integer(), nullable=False),
    sa.Column('required_features', sa.Text(), nullable=False),
    sa.Column('allowed_days', sa.Text(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('interpretation', sa.Boolean(), nullable=False),
    sa.Column('track', sa.String(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('target_timezones', sa.Text(), nullable=False),
    sa.Column('optional', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('pin_room_id', sa.Integer(), nullable=True),
    sa.Column('pin_channel_id', sa.Integer(), nullable=True),
    sa.Column('pin_start', sa.String(length=20), nullable=True),
    sa.CheckConstraint("delivery_mode IN ('on_site', 'online', 'hybrid')", name='delivery_mode_valid'),
    sa.CheckConstraint("kind IN ('plenary', 'opening', 'keynote', 'forum', 'panel', 'talk', 'workshop', 'b2b', 'signing', 'site_visit', 'banquet', 'break', 'press', 'other')", name='kind_valid'),
    sa.CheckConstraint("status IN ('confirmed', 'tentative', 'cancelled')", name='status_valid'),
    sa.CheckConstraint('duration_minutes > 0', name='duration_positive'),
    sa.CheckConstraint('expected_online >= 0', name='expected_online_not_negative'),
    sa.CheckConstraint('expected_onsite >= 0', name='expected_onsite_not_negative'),
    sa.CheckConstraint('length(key) > 0', name='key_not_empty'),
    sa.CheckConstraint('length(title_en) > 0', name='title_en_not_empty'),
    sa.ForeignKeyConstraint(['pin_channel_id'], ['channel.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pin_room_id'], ['room.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key'),
    sa.UniqueConstraint('uid')
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_pin_channel_id'), ['pin_channel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_pin_room_id'), ['pin_room_id'], unique=False)

    op.create_table('time_window',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('start', sa.String(length=20), nullable=False),
    sa.Column('end', sa.String(length=20), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('channel_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('resource_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('unavailable', 'preferred', 'undesired', 'capacity')", name='kind_valid'),
    sa.CheckConstraint('"end" > start', name='window_ends_after_start'),
    sa.CheckConstraint('(room_id IS NOT NULL) + (channel_id IS NOT NULL) + (person_id IS NOT NULL) + (group_id IS NOT NULL) + (resource_id IS NOT NULL) = 1', name='window_has_one_owner'),
    sa.CheckConstraint('capacity IS NULL OR capacity >= 0', name='capacity_not_negative'),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['audience_group.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resource_id'], ['resource.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('time_window', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_time_window_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_window_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_window_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_window_resource_id'), ['resource_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_window_room_id'), ['room_id'], unique=False)

    op.create_table('assignment',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('channel_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.String(length=20), nullable=False),
    sa.CheckConstraint('room_id IS NOT NULL OR channel_id IS NOT NULL', name='assignment_has_place'),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id')
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignment_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignment_room_id'), ['room_id'], unique=False)

    op.create_table('groupsession',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('attendance', sa.String(), nullable=False),
    sa.CheckConstraint("attendance IN ('attends', 'interested')", name='attendance_valid'),
    sa.ForeignKeyConstraint(['group_id'], ['audience_group.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'session_id')
    )
    with op.batch_alter_table('groupsession', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_groupsession_session_id'), ['session_id'], unique=False)

    op.create_table('placerule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('city_id', sa.Integer(), nullable=True),
    sa.Column('venue_id', sa.Integer(), nullable=True),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('channel_id', sa.Integer(), nullable=True),
    sa.Column('room_tag', sa.String(), nullable=True),
    sa.CheckConstraint("kind IN ('allowed', 'preferred', 'undesired', 'prohibited')", name='kind_valid'),
    sa.CheckConstraint('(city_id IS NOT NULL) + (venue_id IS NOT NULL) + (room_id IS NOT NULL) + (channel_id IS NOT NULL) + (room_tag IS NOT NULL) = 1', name='place_rule_has_one_target'),
    sa.CheckConstraint('(session_id IS NOT NULL) + (person_id IS NOT NULL) = 1', name='place_rule_has_one_owner'),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['city_id'], ['city.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('placerule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placerule_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placerule_city_id'), ['city_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placerule_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placerule_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placerule_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placerule_venue_id'), ['venue_id'], unique=False)

    op.create_table('relation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.Column('min_gap_minutes', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('before', 'same_time', 'not_same_time', 'same_day', 'different_day')", name='kind_valid'),
    sa.CheckConstraint('first_id != second_id', name='relation_between_two_sessions'),
    sa.CheckConstraint('min_gap_minutes >= 0', name='min_gap_minutes_not_negative'),
    sa.ForeignKeyConstraint(['first_id'], ['session.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['second_id'], ['session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'first_id', 'second_id', name='relation_once')
    )
    with op.batch_alter_table('relation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relation_first_id'), ['first_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relation_second_id'), ['second_id'], unique=False)

    op.create_table('sessionperson',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('presence', sa.String(), nullable=False),
    sa.CheckConstraint("presence IN ('on_site', 'remote')", name='presence_valid'),
    sa.CheckConstraint("role IN ('speaker', 'moderator', 'panelist', 'vip', 'interpreter', 'crew', 'host')", name='role_valid'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'person_id')
    )
    with op.batch_alter_table('sessionperson', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessionperson_person_id'), ['person_id'], unique=False)

    op.create_table('sessionresource',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('resource_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount > 0', name='amount_positive'),
    sa.ForeignKeyConstraint(['resource_id'], ['resource.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'resource_id')
    )
    with op.batch_alter_table('sessionresource', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessionresource_resource_id'), ['resource_id'], unique=False)

    op.create_table('sessionwindow',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('start', sa.String(length=20), nullable=False),
    sa.Column('end', sa.String(length=20), nullable=False),
    sa.CheckConstraint("kind IN ('allowed', 'preferred', 'undesired', 'prohibited')", name='kind_valid'),
    sa.CheckConstraint('"end" > start', name='window_ends_after_start'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sessionwindow', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessionwindow_session_id'), ['session_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('sessionwindow', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessionwindow_session_id'))

    op.drop_table('sessionwindow')
    with op.batch_alter_table('sessionresource', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessionresource_resource_id'))

    op.drop_table('sessionresource')
    with op.batch_alter_table('sessionperson', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessionperson_person_id'))

    op.drop_table('sessionperson')
    with op.batch_alter_table('relation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relation_second_id'))
        batch_op.drop_index(batch_op.f('ix_relation_first_id'))

    op.drop_table('relation')
    with op.batch_alter_table('placerule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placerule_venue_id'))
        batch_op.drop_index(batch_op.f('ix_placerule_session_id'))
        batch_op.drop_index(batch_op.f('ix_placerule_room_id'))
        batch_op.drop_index(batch_op.f('ix_placerule_person_id'))
        batch_op.drop_index(batch_op.f('ix_placerule_city_id'))
        batch_op.drop_index(batch_op.f('ix_placerule_channel_id'))

    op.drop_table('placerule')
    with op.batch_alter_table('groupsession', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groupsession_session_id'))

    op.drop_table('groupsession')
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignment_room_id'))
        batch_op.drop_index(batch_op.f('ix_assignment_channel_id'))

    op.drop_table('assignment')
    with op.batch_alter_table('time_window', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_time_window_room_id'))
        batch_op.drop_index(batch_op.f('ix_time_window_resource_id'))
        batch_op.drop_index(batch_op.f('ix_time_window_person_id'))
        batch_op.drop_index(batch_op.f('ix_time_window_group_id'))
        batch_op.drop_index(batch_op.f('ix_time_window_channel_id'))

    op.drop_table('time_window')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_pin_room_id'))
        batch_op.drop_index(batch_op.f('ix_session_pin_channel_id'))

    op.drop_table('session')
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_venue_id'))

    op.drop_table('room')
    op.drop_table('versionentry')
    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_venue_city_id'))

    op.drop_table('venue')
    op.drop_table('traveltime')
    op.drop_table('groupmember')
    op.drop_table('version')
    op.drop_table('resource')
    op.drop_table('person')
    op.drop_table('event')
    op.drop_table('city')
    op.drop_table('channel')
    op.drop_table('audience_group')

