-- A competent level may allow a group the raised "xuất sắc" quota (25 % instead of 20 % of "tốt") for a year.
CREATE TABLE rating_quota_allowance (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    organization_id BIGINT       NOT NULL,
    rating_year     INT          NOT NULL,
    quota_percent   INT          NOT NULL,
    decision_number VARCHAR(60)  COLLATE utf8mb4_bin NOT NULL,
    allowed_by      VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    allowed_at      DATETIME(6)  NOT NULL,
    CONSTRAINT rating_quota_allowance_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT rating_quota_allowance_year UNIQUE (organization_id, rating_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
