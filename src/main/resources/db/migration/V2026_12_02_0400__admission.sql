-- Admission pipeline (phát triển đảng viên, issue #7): yearly plans, candidate files with their stages,
-- helpers, the official certificates the portal records (never issues), eligibility overrides and the
-- recognition of probationary members. Dates of legal acts are DATE; who recorded what is kept on each row.

CREATE TABLE admission_plan (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    organization_id BIGINT       NOT NULL,
    plan_year       INT          NOT NULL,
    target          INT          NOT NULL,
    note            VARCHAR(1000),
    recorded_by     VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT admission_plan_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT admission_plan_year UNIQUE (organization_id, plan_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE candidate_file (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    member_id        BIGINT       NOT NULL,
    opened_on        DATE         NOT NULL,
    planned_vote_on  DATE,
    state            VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    opened_by        VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    opened_at        DATETIME(6)  NOT NULL,
    CONSTRAINT candidate_file_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT candidate_file_one_per_member UNIQUE (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Đảng viên giúp đỡ: an official member, assigned by the cell's resolution.
CREATE TABLE candidate_helper (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    file_id           BIGINT       NOT NULL,
    helper_id         BIGINT       NOT NULL,
    resolution_number VARCHAR(60)  COLLATE utf8mb4_bin NOT NULL,
    resolution_date   DATE         NOT NULL,
    recorded_by       VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    CONSTRAINT candidate_helper_file FOREIGN KEY (file_id) REFERENCES candidate_file (id),
    CONSTRAINT candidate_helper_member FOREIGN KEY (helper_id) REFERENCES member (id),
    CONSTRAINT candidate_helper_once UNIQUE (file_id, helper_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE admission_stage (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    file_id         BIGINT       NOT NULL,
    stage           VARCHAR(40)  COLLATE utf8mb4_bin NOT NULL,
    done_on         DATE         NOT NULL,
    document_number VARCHAR(60)  COLLATE utf8mb4_bin,
    note            VARCHAR(2000),
    recorded_by     VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT admission_stage_file FOREIGN KEY (file_id) REFERENCES candidate_file (id),
    CONSTRAINT admission_stage_once UNIQUE (file_id, stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE admission_stage_document (
    stage_id BIGINT NOT NULL,
    media_id BIGINT NOT NULL,
    PRIMARY KEY (stage_id, media_id),
    CONSTRAINT admission_stage_document_stage FOREIGN KEY (stage_id) REFERENCES admission_stage (id),
    CONSTRAINT admission_stage_document_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Giấy chứng nhận: issued by the political centre that ran the class; the portal records it.
CREATE TABLE admission_certificate (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    member_id     BIGINT       NOT NULL,
    kind          VARCHAR(30)  COLLATE utf8mb4_bin NOT NULL,
    number        VARCHAR(60)  COLLATE utf8mb4_bin NOT NULL,
    issuer        VARCHAR(255) NOT NULL,
    issued_on     DATE         NOT NULL,
    scan_media_id BIGINT,
    recorded_by   VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT admission_certificate_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT admission_certificate_scan FOREIGN KEY (scan_media_id) REFERENCES media (id),
    CONSTRAINT admission_certificate_one_per_kind UNIQUE (member_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE admission_override (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    file_id       BIGINT       NOT NULL,
    rule          VARCHAR(40)  COLLATE utf8mb4_bin NOT NULL,
    justification VARCHAR(2000) NOT NULL,
    recorded_by   VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT admission_override_file FOREIGN KEY (file_id) REFERENCES candidate_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Công nhận đảng viên chính thức: the cell's resolution and the committee's decision.
CREATE TABLE probation_recognition (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT       NOT NULL DEFAULT 0,
    member_id              BIGINT       NOT NULL,
    cell_resolution_number VARCHAR(60)  COLLATE utf8mb4_bin NOT NULL,
    cell_resolution_date   DATE         NOT NULL,
    decision_number        VARCHAR(60)  COLLATE utf8mb4_bin NOT NULL,
    official_on            DATE         NOT NULL,
    note                   VARCHAR(2000),
    recorded_by            VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    recorded_at            DATETIME(6)  NOT NULL,
    CONSTRAINT probation_recognition_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT probation_recognition_once UNIQUE (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
