-- The holders' index is written as one row per bucket of a block instead of one row per record
-- (decision 0019): each block of 50,000 verification records becomes 1,024 rows of
-- verification_holder_bucket, a document's records listed in the row of its bucket (a hash of the
-- document) as a fingerprint of the document and the record's place in the block, six bytes each.
create table verification_holder_bucket (
    bucket  bigint primary key,
    entries bytea  not null
);

drop table verification_holder;

-- Existing records are indexed again, block by block, by the running server (the history finds
-- them by a scan until then).
update verification_holder_mark set indexed_to = 0 where id = 1;
