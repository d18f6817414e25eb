-- Quiz attempts (lesson quizzes and contest rounds) and the completions they lead to.
-- Exactly once: start_key is the client's idempotency key (a retried start returns the same attempt);
-- open_slot is set only while an attempt is open, so one learner has at most one open attempt per quiz;
-- (account, subject, attempt_number) keeps max_attempts true under concurrent starts.

CREATE TABLE quiz_attempt (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    account_id      BIGINT       NOT NULL,
    member_id       BIGINT,
    subject         VARCHAR(60)  COLLATE utf8mb4_bin NOT NULL,
    attempt_number  INT          NOT NULL,
    start_key       VARCHAR(80)  COLLATE utf8mb4_bin NOT NULL,
    open_slot       VARCHAR(100) COLLATE utf8mb4_bin,
    content_version VARCHAR(60)  NOT NULL,
    started_at      DATETIME(6)  NOT NULL,
    deadline        DATETIME(6)  NOT NULL,
    answers_saved_at DATETIME(6),
    submitted_at    DATETIME(6),
    status          VARCHAR(12)  COLLATE utf8mb4_bin NOT NULL,
    late            BOOLEAN      NOT NULL DEFAULT FALSE,
    paper           MEDIUMTEXT   NOT NULL,
    answers         TEXT         NOT NULL,
    points          DOUBLE,
    max_points      INT          NOT NULL,
    pass_percent    INT          NOT NULL,
    partial_credit  BOOLEAN      NOT NULL,
    percent         DOUBLE,
    passed          BOOLEAN,
    time_taken_ms   BIGINT,
    CONSTRAINT quiz_attempt_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT quiz_attempt_start_key UNIQUE (start_key),
    CONSTRAINT quiz_attempt_open_slot UNIQUE (open_slot),
    CONSTRAINT quiz_attempt_number UNIQUE (account_id, subject, attempt_number),
    INDEX quiz_attempt_subject (subject, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A lesson is completed when it is read and its quiz (if any) passed; written in the transaction that
-- completes it, so there is never a lag or a batch job.
CREATE TABLE lesson_completion (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    account_id      BIGINT      NOT NULL,
    member_id       BIGINT,
    module_id       BIGINT      NOT NULL,
    completed_at    DATETIME(6) NOT NULL,
    content_version VARCHAR(60) NOT NULL,
    attempt_id      BIGINT,
    CONSTRAINT lesson_completion_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT lesson_completion_module FOREIGN KEY (module_id) REFERENCES module (id),
    CONSTRAINT lesson_completion_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT lesson_completion_unique UNIQUE (account_id, module_id),
    INDEX lesson_completion_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE course_completion (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    account_id      BIGINT       NOT NULL,
    member_id       BIGINT,
    course_id       BIGINT       NOT NULL,
    completed_at    DATETIME(6)  NOT NULL,
    content_version VARCHAR(200) NOT NULL,
    CONSTRAINT course_completion_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT course_completion_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT course_completion_unique UNIQUE (account_id, course_id),
    INDEX course_completion_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The reflection paper (bài thu hoạch) a course may require; the secretary accepts or returns it.
CREATE TABLE reflection_paper (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    account_id     BIGINT       NOT NULL,
    member_id      BIGINT,
    course_id      BIGINT       NOT NULL,
    text           MEDIUMTEXT,
    media_id       BIGINT,
    status         VARCHAR(12)  COLLATE utf8mb4_bin NOT NULL,
    submitted_at   DATETIME(6)  NOT NULL,
    reviewed_at    DATETIME(6),
    reviewed_by    VARCHAR(100),
    review_comment VARCHAR(2000),
    CONSTRAINT reflection_paper_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT reflection_paper_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT reflection_paper_media FOREIGN KEY (media_id) REFERENCES media (id),
    CONSTRAINT reflection_paper_unique UNIQUE (account_id, course_id),
    INDEX reflection_paper_member (member_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Xác nhận hoàn thành học trực tuyến: what the portal issues on course completion (never the official
-- certificate). The holder, course and issuer are copied so a later rename does not change an issued paper.
CREATE TABLE completion_confirmation (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    code                 VARCHAR(40)  COLLATE utf8mb4_bin NOT NULL,
    course_completion_id BIGINT       NOT NULL,
    account_id           BIGINT       NOT NULL,
    member_id            BIGINT,
    holder_name          VARCHAR(200) NOT NULL,
    course_title         VARCHAR(500) NOT NULL,
    completed_on         DATE         NOT NULL,
    content_version      VARCHAR(200) NOT NULL,
    issued_by            VARCHAR(500) NOT NULL,
    issued_at            DATETIME(6)  NOT NULL,
    revoked_at           DATETIME(6),
    revoked_by           VARCHAR(100),
    revoke_reason        VARCHAR(2000),
    CONSTRAINT completion_confirmation_code UNIQUE (code),
    CONSTRAINT completion_confirmation_completion UNIQUE (course_completion_id),
    CONSTRAINT completion_confirmation_course_completion FOREIGN KEY (course_completion_id) REFERENCES course_completion (id),
    INDEX completion_confirmation_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
