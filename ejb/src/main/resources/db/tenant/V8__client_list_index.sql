-- The client list sorted by creation (newest first) reads the first rows of this index instead of
-- sorting every client; the list's count of undeleted clients becomes an index-only scan of it
-- instead of a scan of the whole table. Measured with 100,000 clients (bench/clients/run): first page
-- by createdAt desc 80 ms -> 0.05 ms in PostgreSQL, count 19 ms -> 7.5 ms.
create index client_created_idx on client (created_at, id) where deleted_at is null;
