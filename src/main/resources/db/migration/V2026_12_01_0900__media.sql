-- Uploaded images and PDF documents (the one upload service in base). The bytes live on disk under
-- portal.data.dir/uploads, named by id and variant; this row says what they are and who owns them.
-- original_name is what the uploader's file was called, for display and download names only.

CREATE TABLE media (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    kind          VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    source_type   VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    content_type  VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    original_name VARCHAR(255) COLLATE utf8mb4_vietnamese_ci NOT NULL,
    byte_size     BIGINT       NOT NULL,
    width         INT,
    height        INT,
    sha256        VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    owner_type    VARCHAR(40)  COLLATE utf8mb4_bin NOT NULL,
    owner_id      BIGINT,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    KEY media_owner (owner_type, owner_id),
    KEY media_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
