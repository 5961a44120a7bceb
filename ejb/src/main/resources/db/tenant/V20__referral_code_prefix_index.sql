-- The next free number of a name's code ("MARIE-DUPONT-3") is looked up with LIKE 'MARIE-DUPONT-%':
-- a prefix search the primary key cannot serve under the database's collation (C.UTF-8 is not
-- "C" to PostgreSQL 15), so each new code scanned every code — 10 ms at 40,000 codes, quadratic
-- for a tenant whose existing clients all get theirs.
create index referral_code_pattern_idx on referral_code (code varchar_pattern_ops);
