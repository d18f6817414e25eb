-- Up to when the holder has seen the notices of changes to their credentials (ASVS 2.2.3). Existing
-- accounts start from now, so an upgrade does not announce changes they made long ago.
ALTER TABLE account ADD COLUMN security_notices_seen_at DATETIME(6) NULL;
UPDATE account SET security_notices_seen_at = UTC_TIMESTAMP(6);
