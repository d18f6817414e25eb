-- Foundation: audit log, organizations, member records, accounts and grants, login throttling.
-- Names and titles compare the Vietnamese way; identifiers and codes compare byte for byte.

CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    action       VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    record_type  VARCHAR(50)  COLLATE utf8mb4_bin NOT NULL,
    record_id    VARCHAR(64)  COLLATE utf8mb4_bin,
    before_state TEXT,
    after_state  TEXT,
    KEY audit_entry_record (record_type, record_id),
    KEY audit_entry_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE organization (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT       NOT NULL DEFAULT 0,
    name      VARCHAR(255) COLLATE utf8mb4_vietnamese_ci NOT NULL,
    type      VARCHAR(40)  COLLATE utf8mb4_bin NOT NULL,
    parent_id BIGINT,
    path      VARCHAR(700) COLLATE utf8mb4_bin NOT NULL,
    CONSTRAINT organization_parent FOREIGN KEY (parent_id) REFERENCES organization (id),
    KEY organization_path (path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE member (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    family_middle_name VARCHAR(150) COLLATE utf8mb4_vietnamese_ci NOT NULL,
    given_name         VARCHAR(60)  COLLATE utf8mb4_vietnamese_ci NOT NULL,
    birth_date         DATE         NOT NULL,
    organization_id    BIGINT       NOT NULL,
    status             VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    CONSTRAINT member_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    KEY member_name (given_name, family_middle_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE member_status_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    member_id       BIGINT       NOT NULL,
    status          VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    effective_on    DATE         NOT NULL,
    decision_number VARCHAR(60)  COLLATE utf8mb4_bin,
    reason          VARCHAR(1000) NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    recorded_by     VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    CONSTRAINT member_status_change_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE account (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    username            VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    password_hash       VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    display_name        VARCHAR(255) COLLATE utf8mb4_vietnamese_ci NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    member_id           BIGINT,
    created_at          DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    CONSTRAINT account_username UNIQUE (username),
    CONSTRAINT account_member UNIQUE (member_id),
    CONSTRAINT account_member_fk FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE account_grant (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    account_id      BIGINT      NOT NULL,
    role            VARCHAR(20) COLLATE utf8mb4_bin NOT NULL,
    organization_id BIGINT,
    CONSTRAINT account_grant_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT account_grant_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT account_grant_unique UNIQUE (account_id, role, organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE login_failure (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    username  VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    failed_at DATETIME(6)  NOT NULL,
    KEY login_failure_name (username, failed_at),
    KEY login_failure_at (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
