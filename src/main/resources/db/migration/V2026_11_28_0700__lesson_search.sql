-- The published text of each lesson as search sees it (kept in step with the editorial workflow).
ALTER TABLE module
    ADD COLUMN search_type     VARCHAR(20)   COLLATE utf8mb4_bin,
    ADD COLUMN search_slug     VARCHAR(120)  COLLATE utf8mb4_bin,
    ADD COLUMN search_url      VARCHAR(300)  COLLATE utf8mb4_bin,
    ADD COLUMN search_title    VARCHAR(500),
    ADD COLUMN search_body     MEDIUMTEXT,
    ADD COLUMN search_course   VARCHAR(120)  COLLATE utf8mb4_bin,
    ADD COLUMN search_category VARCHAR(120)  COLLATE utf8mb4_bin,
    ADD COLUMN search_live     BOOLEAN       NOT NULL DEFAULT FALSE;
