-- Dissolution (giải thể) of party organizations (issue #7). The row stays and is only marked: contests,
-- nominations, grants, member history and the audit log may name its id. A dissolved organization is
-- hidden from lists and choices and can no longer be changed.
ALTER TABLE organization
    ADD COLUMN dissolved_on       DATE,
    ADD COLUMN dissolution_reason VARCHAR(1000) COLLATE utf8mb4_vietnamese_ci;
