-- Courses, their lessons (text in editorial revisions) and each learner's reading progress.

CREATE TABLE course (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    slug             VARCHAR(120)  COLLATE utf8mb4_bin NOT NULL,
    title            VARCHAR(500)  COLLATE utf8mb4_vietnamese_ci NOT NULL,
    audience         VARCHAR(20)   COLLATE utf8mb4_bin NOT NULL,
    display_order    INT           NOT NULL,
    periods          INT,
    summary          VARCHAR(2000) NOT NULL,
    reflection_paper BOOLEAN       NOT NULL,
    introduction     MEDIUMTEXT    NOT NULL,
    content_hash     VARCHAR(64)   COLLATE utf8mb4_bin NOT NULL,
    CONSTRAINT course_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE module (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    course_id         BIGINT       NOT NULL,
    slug              VARCHAR(120) COLLATE utf8mb4_bin NOT NULL,
    display_order     INT          NOT NULL,
    periods           INT,
    sources           TEXT         NOT NULL,
    editorial_item_id BIGINT       NOT NULL,
    CONSTRAINT module_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT module_item FOREIGN KEY (editorial_item_id) REFERENCES editorial_item (id),
    CONSTRAINT module_slug UNIQUE (course_id, slug),
    CONSTRAINT module_item_unique UNIQUE (editorial_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE reading_progress (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    account_id     BIGINT      NOT NULL,
    module_id      BIGINT      NOT NULL,
    last_opened_at DATETIME(6) NOT NULL,
    read_at        DATETIME(6),
    revision_read  INT,
    CONSTRAINT reading_progress_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT reading_progress_module FOREIGN KEY (module_id) REFERENCES module (id),
    CONSTRAINT reading_progress_unique UNIQUE (account_id, module_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

