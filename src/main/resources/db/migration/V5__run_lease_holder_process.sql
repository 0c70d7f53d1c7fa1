-- Which machine and process hold a lease (docs/crash-safety.md, "Leases after a crash"): a run on the
-- same machine takes over at once when that process is gone, instead of waiting for the lease to lapse.
-- machine: host name, boot id and PID namespace; process_start: the holder's start, as that machine
-- tells it. NULL for leases taken before this version: those are only taken over once they lapse.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE run_lease ADD COLUMN machine VARCHAR(300);
ALTER TABLE run_lease ADD COLUMN process_start VARCHAR(64);
