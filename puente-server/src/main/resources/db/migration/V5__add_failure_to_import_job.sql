-- Why an import stopped before its first row (e.g. required columns missing), for the page.
alter table import_job add column failure varchar(500);
