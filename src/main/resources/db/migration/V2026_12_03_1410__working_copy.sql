-- The newest revision of each lesson, story and article as staff search sees it (issue #4: staff also find
-- drafts, items in review, scheduled, returned and archived ones). One row per editorial item, written by
-- EditorialService in the transaction that saves or moves the item, so the index follows through the outbox.
-- Rows of items that existed before this table are filled in at start-up (publishing.WorkingCopies).
CREATE TABLE working_copy (
    item_id            BIGINT       NOT NULL PRIMARY KEY,
    kind               VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    state              VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    returned           BOOLEAN      NOT NULL DEFAULT FALSE,
    revision           INT          NOT NULL,
    published_revision INT,
    title              VARCHAR(500) NOT NULL,
    body               MEDIUMTEXT   NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    CONSTRAINT working_copy_item FOREIGN KEY (item_id) REFERENCES editorial_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
