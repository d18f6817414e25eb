-- A lesson changed both in the portal and in content/: the file's text waits for a publisher.
CREATE TABLE content_conflict (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    path              VARCHAR(500)  COLLATE utf8mb4_bin NOT NULL,
    editorial_item_id BIGINT        NOT NULL,
    file_hash         VARCHAR(64)   COLLATE utf8mb4_bin NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    summary           VARCHAR(2000) NOT NULL,
    body              MEDIUMTEXT    NOT NULL,
    detected_at       DATETIME(6)   NOT NULL,
    resolved_at       DATETIME(6),
    resolution        VARCHAR(20)   COLLATE utf8mb4_bin,
    CONSTRAINT content_conflict_item FOREIGN KEY (editorial_item_id) REFERENCES editorial_item (id),
    KEY content_conflict_open (editorial_item_id, resolved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
