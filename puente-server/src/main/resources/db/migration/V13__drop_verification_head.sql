-- The verification journal keeps its chain's head in memory and reads it from the log itself
-- (the record with the highest sequence number); a concurrent writer collides on the sequence
-- number's primary key instead of waiting on a shared head row.
drop table verification_head;
