-- No query reads verification records by relying party, and each index costs every insert
-- (decision 0013). The document index stays: the holder's history reads by document.
drop index verification_record_party;
