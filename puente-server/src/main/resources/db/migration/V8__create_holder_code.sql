-- One-time codes a document's holder receives (phone or e-mail) to see who verified the document.
-- Only a hash of the code is kept; a code works once, for ten minutes, with at most five tries.
create table holder_code (
    id          uuid        primary key,
    document_id uuid        not null,
    code_hash   varchar(64) not null,
    expires_at  timestamp with time zone not null,
    attempts    integer     not null,
    used_at     timestamp with time zone,
    created_at  timestamp with time zone not null
);
create index holder_code_document on holder_code (document_id, created_at);
