-- Duplicates review: pairs of registered people who may be the same person, the registrars'
-- decisions on them, and merges that can be undone. Nothing is deleted: a merged person stays as
-- a pointer to the person who kept the documents and statuses, and each merge remembers exactly
-- what it moved so that undoing it restores both people as they were.
alter table person add column merged_into uuid;

create table person_merge (
    id           uuid         primary key,
    survivor_id  uuid         not null,
    merged_id    uuid         not null,
    reason       varchar(500) not null,
    actor        varchar(64)  not null,
    at           timestamp with time zone not null,
    undone_by    varchar(64),
    undone_at    timestamp with time zone,
    undo_reason  varchar(500),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint       not null
);
create index person_merge_survivor on person_merge (survivor_id, at);
create index person_merge_merged on person_merge (merged_id, at);

-- What one merge moved from the merged person to the survivor: documents and statuses.
create table person_merge_move (
    merge_id  uuid        not null references person_merge (id),
    item_kind varchar(16) not null,
    item_id   uuid        not null,
    primary key (merge_id, item_kind, item_id)
);

-- A pair is stored once, with person_a < person_b; a decided pair is never proposed again.
create table duplicate_pair (
    id          uuid             primary key,
    person_a    uuid             not null,
    person_b    uuid             not null,
    score       double precision not null,
    evidence    varchar(4000)    not null,
    found_by    varchar(16)      not null,
    state       varchar(16)      not null,
    decided_by  varchar(64),
    decided_at  timestamp with time zone,
    merge_id    uuid,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint           not null,
    constraint duplicate_pair_unique unique (person_a, person_b)
);
create index duplicate_pair_queue on duplicate_pair (state, score);
