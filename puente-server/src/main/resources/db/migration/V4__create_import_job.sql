-- Bulk imports: progress and rejected rows, shared by the command line and the upload page.
create table import_job (
    id              uuid         primary key,
    source_name     varchar(200) not null,
    actor           varchar(64)  not null,
    state           varchar(12)  not null,
    total_bytes     bigint       not null,
    processed_bytes bigint       not null,
    rows_read       bigint       not null,
    rows_imported   bigint       not null,
    rows_skipped    bigint       not null,
    rows_rejected   bigint       not null,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null
);

create table import_rejection (
    job_id      uuid         not null references import_job (id),
    line_number bigint       not null,
    record_id   varchar(64),
    reason      varchar(500) not null,
    primary key (job_id, line_number)
);
