-- Relying parties (employers, banks, clinics, schools, public offices) and their API keys. A key
-- is stored only as its SHA-256 hash; the key itself is shown once, when it is issued.
create table relying_party (
    id              uuid         primary key,
    name            varchar(200) not null,
    ruc             varchar(11)  not null unique,
    sector          varchar(80)  not null,
    purpose         varchar(16)  not null,
    rate_per_second integer      not null,
    flagged_at      timestamp with time zone,
    flag_reason     varchar(200),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null
);

create table relying_party_key (
    id               uuid        primary key,
    relying_party_id uuid        not null references relying_party (id),
    key_hash         varchar(64) not null unique,
    key_prefix       varchar(12) not null,
    expires_on       date        not null,
    revoked_at       timestamp with time zone,
    created_by       varchar(64) not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint      not null
);
create index relying_party_key_party on relying_party_key (relying_party_id);

-- Every verification, whoever asked (API, public page, seal), beside the audit log and chained
-- the same way: each record's hash covers its content and the previous record's hash, and
-- verification_head (locked by each batch) holds the tip. Written in group-committed batches.
create table verification_record (
    seq              bigint      primary key,
    reference        varchar(24) not null unique,
    at               timestamp with time zone not null,
    channel          varchar(8)  not null,
    relying_party_id uuid,
    purpose          varchar(16),
    document_type    varchar(24) not null,
    document_id      uuid,
    outcome          varchar(10) not null,
    prev_hash        varchar(64) not null,
    hash             varchar(64) not null
);
create index verification_record_document on verification_record (document_id, seq);
create index verification_record_party on verification_record (relying_party_id, seq);

create table verification_head (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into verification_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
