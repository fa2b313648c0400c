-- The holder's history reads verification records by document. An index on
-- verification_record (document_id, seq) took every stored record to a random page of it; the
-- records are now indexed by document in blocks of 50,000 once a block is stored, each block's
-- entries sorted by document and appended under the block's number (decision 0017).
-- verification_holder_mark says where the indexed blocks end; existing records are indexed
-- block by block by the running server, and found by a scan until then.
create table verification_holder (
    block       bigint not null,
    document_id uuid   not null,
    seq         bigint not null,
    primary key (block, document_id, seq)
);

create table verification_holder_mark (
    id         integer primary key,
    indexed_to bigint  not null
);
insert into verification_holder_mark (id, indexed_to) values (1, 0);

drop index verification_record_document;
