-- The Register of Migrants: people, their identity documents and migration statuses.
-- Nothing here is deleted by the application: corrections, extensions and revocations are
-- kept as history rows beside the current values.
create table person (
    id               uuid         primary key,
    person_key       varchar(16)  not null unique,
    given_names      varchar(120) not null,
    first_surname    varchar(80)  not null,
    second_surname   varchar(80),
    sex              varchar(1)   not null,
    birth_date       date         not null,
    nationality      varchar(3)   not null,
    phone            varchar(32),
    email            varchar(254),
    ubigeo           varchar(6),
    address_line     varchar(200),
    search_name      varchar(300) not null,
    source_record_id varchar(64)  unique,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint       not null
);

-- One row per normalised name token (accents, case and particles removed) and person: the
-- postings of name search, read in person-id (registration) order. Derived from person and
-- written in the same transaction, so it carries no foreign key (a per-row check that halves
-- bulk-import speed).
create table person_name_token (
    token     varchar(80) not null,
    person_id uuid        not null,
    primary key (token, person_id)
);

-- Every distinct name token once. A query word is first resolved here to the tokens that exist
-- (equal, starting with it, or one typo away); only their postings are then read.
create table name_token (
    token varchar(80) primary key
);

create table person_correction (
    id         uuid         primary key,
    person_id  uuid         not null references person (id),
    field      varchar(40)  not null,
    old_value  varchar(300),
    new_value  varchar(300),
    reason     varchar(500) not null,
    actor      varchar(64)  not null,
    at         timestamp with time zone not null
);
create index person_correction_person on person_correction (person_id, at);
create index person_correction_at on person_correction (at);

create table identity_document (
    id              uuid         primary key,
    person_id       uuid         not null references person (id),
    doc_type        varchar(24)  not null,
    number          varchar(32)  not null,
    issuing_country varchar(3)   not null,
    issued_on       date,
    expires_on      date,
    status          varchar(12)  not null,
    status_reason   varchar(500),
    work_authorised boolean      not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null,
    -- Number first: the same index enforces "one document, one person" and serves look-ups by number.
    constraint identity_document_unique unique (number, doc_type, issuing_country)
);
create index identity_document_person on identity_document (person_id);

-- Append-only history, written in the same transaction as the document it describes (no
-- foreign key, for the same reason as person_name_token).
create table document_event (
    id              uuid         primary key,
    document_id     uuid         not null,
    kind            varchar(16)  not null,
    previous_status varchar(12),
    new_status      varchar(12)  not null,
    previous_expiry date,
    new_expiry      date,
    reason          varchar(500),
    actor           varchar(64)  not null,
    at              timestamp with time zone not null
);
create index document_event_document on document_event (document_id, at);

create table migration_status (
    id          uuid         primary key,
    person_id   uuid         not null references person (id),
    category    varchar(40)  not null,
    valid_from  date         not null,
    valid_to    date,
    legal_basis varchar(300) not null,
    actor       varchar(64)  not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null
);
create index migration_status_person on migration_status (person_id, valid_from);

-- A create retried with the same Idempotency-Key returns the first result.
create table idempotency_record (
    owner        varchar(64)  not null,
    idem_key     varchar(200) not null,
    request_hash varchar(64)  not null,
    resource_id  uuid         not null,
    created_at   timestamp with time zone not null,
    primary key (owner, idem_key)
);
