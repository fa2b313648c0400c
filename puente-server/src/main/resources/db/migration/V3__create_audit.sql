-- Append-only, hash-chained record of who saw or changed which person's record, and why.
-- Each entry's hash covers its content and the previous entry's hash; audit_head holds the
-- chain's tip and is locked by every append, so entries are chained in commit order.
create table audit_entry (
    seq        bigint       primary key,
    at         timestamp with time zone not null,
    actor      varchar(64)  not null,
    actor_role varchar(32)  not null,
    agency     varchar(32)  not null,
    action     varchar(32)  not null,
    person_id  uuid,
    purpose    varchar(200) not null,
    detail     varchar(500),
    prev_hash  varchar(64)  not null,
    hash       varchar(64)  not null
);
create index audit_entry_person on audit_entry (person_id, seq);
create index audit_entry_actor on audit_entry (actor, seq);
create index audit_entry_at on audit_entry (at);

create table audit_head (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
