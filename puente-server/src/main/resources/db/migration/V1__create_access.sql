-- Agencies and staff accounts. Every staff member belongs to one agency; the agency decides
-- which registers its staff may change (register_authority: only the migration authority
-- records people and documents).
create table agency (
    code               varchar(32)  primary key,
    name               varchar(200) not null,
    register_authority boolean      not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint       not null
);

create table staff_user (
    id              uuid         primary key,
    username        varchar(64)  not null unique,
    display_name    varchar(120) not null,
    password_hash   varchar(200) not null,
    role            varchar(32)  not null,
    agency_code     varchar(32)  not null references agency (code),
    enabled         boolean      not null,
    failed_attempts integer      not null,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null
);

insert into agency (code, name, register_authority, created_at, updated_at, version) values
    ('MIGRACIONES', 'Superintendencia Nacional de Migraciones', true,  current_timestamp, current_timestamp, 0),
    ('CEPR',        'Comisión Especial para los Refugiados (RREE)', false, current_timestamp, current_timestamp, 0),
    ('MTPE',        'Ministerio de Trabajo y Promoción del Empleo', false, current_timestamp, current_timestamp, 0),
    ('SUNAFIL',     'Superintendencia Nacional de Fiscalización Laboral', false, current_timestamp, current_timestamp, 0),
    ('MINJUSDH',    'Ministerio de Justicia y Derechos Humanos', false, current_timestamp, current_timestamp, 0),
    ('DEFENSORIA',  'Defensoría del Pueblo', false, current_timestamp, current_timestamp, 0),
    ('PUENTE',      'Administración de Puente', false, current_timestamp, current_timestamp, 0);
