-- The editorial workflow shared by lessons, stories and news: items and their revisions.

CREATE TABLE editorial_item (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    kind               VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    state              VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    title              VARCHAR(500) COLLATE utf8mb4_vietnamese_ci NOT NULL,
    latest_revision    INT          NOT NULL,
    published_revision INT,
    approved_revision  INT,
    scheduled_for      DATETIME(6),
    review_comment     VARCHAR(2000),
    imported_hash      VARCHAR(64)  COLLATE utf8mb4_bin,
    imported_revision  INT,
    updated_at         DATETIME(6)  NOT NULL,
    KEY editorial_item_state (state, scheduled_for),
    KEY editorial_item_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    item_id    BIGINT        NOT NULL,
    number     INT           NOT NULL,
    title      VARCHAR(500)  NOT NULL,
    summary    VARCHAR(2000) NOT NULL,
    body       MEDIUMTEXT    NOT NULL,
    source     VARCHAR(20)   COLLATE utf8mb4_bin NOT NULL,
    author     VARCHAR(190)  COLLATE utf8mb4_bin NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    note       VARCHAR(500),
    CONSTRAINT revision_item FOREIGN KEY (item_id) REFERENCES editorial_item (id),
    CONSTRAINT revision_number UNIQUE (item_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
