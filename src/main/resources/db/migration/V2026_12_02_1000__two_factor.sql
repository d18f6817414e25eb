-- Two-factor sign-in (TOTP, RFC 6238) and single-use recovery codes. The TOTP secret is stored
-- encrypted (AES-GCM, key outside the database); recovery codes only as password hashes.
CREATE TABLE account_two_factor (
    account_id       BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    secret_encrypted VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    enabled_at       DATETIME(6)  NOT NULL,
    last_used_step   BIGINT,
    CONSTRAINT account_two_factor_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE account_recovery_code (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    code_hash  VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT account_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX account_recovery_code_by_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
