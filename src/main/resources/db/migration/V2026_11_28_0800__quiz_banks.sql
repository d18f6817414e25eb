-- One question bank per lesson; its YAML text is kept in editorial revisions (edited and published like lessons).
CREATE TABLE quiz_bank (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT NOT NULL DEFAULT 0,
    module_id         BIGINT NOT NULL,
    editorial_item_id BIGINT NOT NULL,
    CONSTRAINT quiz_bank_module FOREIGN KEY (module_id) REFERENCES module (id),
    CONSTRAINT quiz_bank_item FOREIGN KEY (editorial_item_id) REFERENCES editorial_item (id),
    CONSTRAINT quiz_bank_module_unique UNIQUE (module_id),
    CONSTRAINT quiz_bank_item_unique UNIQUE (editorial_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
