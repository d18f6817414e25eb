-- Yearly self-improvement plans (kế hoạch phấn đấu, rèn luyện) and quality ratings (đánh giá, xếp loại
-- chất lượng đảng viên): one of each per member and year.
CREATE TABLE self_improvement_plan (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    member_id        BIGINT       NOT NULL,
    plan_year        INT          NOT NULL,
    political_study  TEXT,
    work             TEXT,
    ethics           TEXT,
    cell_tasks       TEXT,
    status           VARCHAR(12)  COLLATE utf8mb4_bin NOT NULL,
    submitted_at     DATETIME(6),
    reviewed_by      VARCHAR(190) COLLATE utf8mb4_bin,
    reviewed_at      DATETIME(6),
    review_comment   VARCHAR(2000),
    self_review      TEXT,
    self_reviewed_at DATETIME(6),
    CONSTRAINT self_improvement_plan_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT self_improvement_plan_year UNIQUE (member_id, plan_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE quality_rating (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    member_id        BIGINT       NOT NULL,
    rating_year      INT          NOT NULL,
    organization_id  BIGINT       NOT NULL,
    self_general     INT,
    self_tasks       INT,
    self_note        VARCHAR(2000),
    proposed_general INT,
    proposed_tasks   INT,
    proposed_band    VARCHAR(16)  COLLATE utf8mb4_bin,
    forced_reasons   VARCHAR(200) COLLATE utf8mb4_bin,
    proposal_note    VARCHAR(2000),
    proposed_by      VARCHAR(190) COLLATE utf8mb4_bin,
    decided_band     VARCHAR(16)  COLLATE utf8mb4_bin,
    decision_number  VARCHAR(60)  COLLATE utf8mb4_bin,
    decided_by       VARCHAR(190) COLLATE utf8mb4_bin,
    decided_at       DATETIME(6),
    CONSTRAINT quality_rating_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT quality_rating_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT quality_rating_year UNIQUE (member_id, rating_year),
    INDEX quality_rating_group (organization_id, rating_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
