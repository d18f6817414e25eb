-- Online contests ("cuộc thi trực tuyến tìm hiểu …"). Attempts live in quiz_attempt with the subject
-- "round:<contest_round.id>"; contest_entry holds what an entrant says on entering a round (the prediction).

CREATE TABLE contest (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    slug                  VARCHAR(120) COLLATE utf8mb4_bin NOT NULL,
    title                 VARCHAR(255) NOT NULL,
    rules                 MEDIUMTEXT   NOT NULL,
    opens_at              DATETIME(6)  NOT NULL,
    closes_at             DATETIME(6)  NOT NULL,
    weekly_rounds         BOOLEAN      NOT NULL,
    questions_per_attempt INT          NOT NULL,
    time_limit_minutes    INT          NOT NULL,
    attempts_per_round    INT          NOT NULL,
    partial_credit        BOOLEAN      NOT NULL,
    prediction            BOOLEAN      NOT NULL,
    CONSTRAINT contest_slug UNIQUE (slug),
    INDEX contest_window (closes_at, opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Empty: everyone may enter; otherwise members of these organizations and everything below them.
CREATE TABLE contest_organization (
    contest_id      BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    PRIMARY KEY (contest_id, organization_id),
    CONSTRAINT contest_organization_contest FOREIGN KEY (contest_id) REFERENCES contest (id) ON DELETE CASCADE,
    CONSTRAINT contest_organization_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB;

-- The lessons whose published question banks form the contest's pool.
CREATE TABLE contest_source (
    contest_id BIGINT NOT NULL,
    module_id  BIGINT NOT NULL,
    PRIMARY KEY (contest_id, module_id),
    CONSTRAINT contest_source_contest FOREIGN KEY (contest_id) REFERENCES contest (id) ON DELETE CASCADE,
    CONSTRAINT contest_source_module FOREIGN KEY (module_id) REFERENCES module (id)
) ENGINE = InnoDB;

CREATE TABLE contest_round (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    contest_id BIGINT      NOT NULL,
    number     INT         NOT NULL,
    opens_at   DATETIME(6) NOT NULL,
    closes_at  DATETIME(6) NOT NULL,
    CONSTRAINT contest_round_contest FOREIGN KEY (contest_id) REFERENCES contest (id) ON DELETE CASCADE,
    CONSTRAINT contest_round_number UNIQUE (contest_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- One row per entrant and round, written with INSERT … ON DUPLICATE KEY so concurrent entries cannot clash.
CREATE TABLE contest_entry (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id   BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    prediction INT,
    entered_at DATETIME(6) NOT NULL,
    CONSTRAINT contest_entry_round FOREIGN KEY (round_id) REFERENCES contest_round (id) ON DELETE CASCADE,
    CONSTRAINT contest_entry_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT contest_entry_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT contest_entry_unique UNIQUE (round_id, account_id)
) ENGINE = InnoDB;
