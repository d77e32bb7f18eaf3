-- How far a running import of the screen has read its file, so that the page can show it while
-- the import runs (the page's polls may reach any node). A row lives while its import runs.
create table import_progress (
  token uuid primary key,
  started_by varchar(64) not null,
  file_bytes bigint not null,
  bytes_read bigint not null,
  rows_read integer not null,
  updated_at timestamp with time zone not null
);
