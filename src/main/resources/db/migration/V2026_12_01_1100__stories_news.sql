-- Exemplary-member profiles, nominations and consent (stories); articles and categories (news).
-- Text lives in editorial revisions; these rows hold what places and describes an item, and the
-- published text as search sees it (search_* columns, kept in step with the editorial workflow).

ALTER TABLE module ADD COLUMN search_tags VARCHAR(2000);

CREATE TABLE story_field (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    slug    VARCHAR(120) COLLATE utf8mb4_bin NOT NULL,
    name    VARCHAR(200) NOT NULL,
    CONSTRAINT story_field_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE exemplary_profile (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    slug              VARCHAR(160)  COLLATE utf8mb4_bin NOT NULL,
    editorial_item_id BIGINT        NOT NULL,
    person_name       VARCHAR(200)  NOT NULL,
    organization_name VARCHAR(300)  NOT NULL,
    field_slug        VARCHAR(120)  COLLATE utf8mb4_bin,
    achievements      TEXT          NOT NULL,
    tags              VARCHAR(2000) NOT NULL,
    photo_media_id    BIGINT,
    published_on      DATE,
    featured          BOOLEAN       NOT NULL DEFAULT FALSE,
    member_id         BIGINT,
    search_type       VARCHAR(20)   COLLATE utf8mb4_bin,
    search_slug       VARCHAR(160)  COLLATE utf8mb4_bin,
    search_url        VARCHAR(300)  COLLATE utf8mb4_bin,
    search_title      VARCHAR(500),
    search_body       MEDIUMTEXT,
    search_course     VARCHAR(120)  COLLATE utf8mb4_bin,
    search_category   VARCHAR(120)  COLLATE utf8mb4_bin,
    search_tags       VARCHAR(2000),
    search_live       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT exemplary_profile_slug UNIQUE (slug),
    CONSTRAINT exemplary_profile_item UNIQUE (editorial_item_id),
    CONSTRAINT exemplary_profile_item_fk FOREIGN KEY (editorial_item_id) REFERENCES editorial_item (id),
    CONSTRAINT exemplary_profile_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A member's consent to being presented publicly (Nghị định 13/2023/NĐ-CP); withdrawn, not deleted.
CREATE TABLE profile_consent (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    member_id    BIGINT       NOT NULL,
    given_on     DATE         NOT NULL,
    evidence     VARCHAR(500) NOT NULL,
    recorded_by  VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    withdrawn_at DATETIME(6),
    CONSTRAINT profile_consent_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE nomination (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    member_id       BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    member_name     VARCHAR(200) NOT NULL,
    organization_name VARCHAR(300) NOT NULL,
    reasons         TEXT         NOT NULL,
    status          VARCHAR(20)  COLLATE utf8mb4_bin NOT NULL,
    nominated_by    VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    nominated_at    DATETIME(6)  NOT NULL,
    decided_by      VARCHAR(100) COLLATE utf8mb4_bin,
    decided_at      DATETIME(6),
    decision_note   VARCHAR(2000),
    profile_id      BIGINT,
    CONSTRAINT nomination_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT nomination_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT nomination_profile FOREIGN KEY (profile_id) REFERENCES exemplary_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE news_category (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    slug    VARCHAR(120) COLLATE utf8mb4_bin NOT NULL,
    name    VARCHAR(200) NOT NULL,
    CONSTRAINT news_category_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE article (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    slug              VARCHAR(160)  COLLATE utf8mb4_bin NOT NULL,
    editorial_item_id BIGINT        NOT NULL,
    category_slug     VARCHAR(120)  COLLATE utf8mb4_bin,
    author            VARCHAR(200)  NOT NULL,
    tags              VARCHAR(2000) NOT NULL,
    cover_media_id    BIGINT,
    published_on      DATE,
    search_type       VARCHAR(20)   COLLATE utf8mb4_bin,
    search_slug       VARCHAR(160)  COLLATE utf8mb4_bin,
    search_url        VARCHAR(300)  COLLATE utf8mb4_bin,
    search_title      VARCHAR(500),
    search_body       MEDIUMTEXT,
    search_course     VARCHAR(120)  COLLATE utf8mb4_bin,
    search_category   VARCHAR(120)  COLLATE utf8mb4_bin,
    search_tags       VARCHAR(2000),
    search_live       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT article_slug UNIQUE (slug),
    CONSTRAINT article_item UNIQUE (editorial_item_id),
    CONSTRAINT article_item_fk FOREIGN KEY (editorial_item_id) REFERENCES editorial_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX article_published ON article (search_live, published_on);
CREATE INDEX exemplary_profile_published ON exemplary_profile (search_live, published_on);
