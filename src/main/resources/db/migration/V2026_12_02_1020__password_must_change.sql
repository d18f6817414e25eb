-- A temporary password (handed out by a secretary or an administrator) must be replaced at the first sign-in.
ALTER TABLE account ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;
