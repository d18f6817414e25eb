-- Sensitive personal data is stored encrypted (AES-256-GCM, "v1:" + Base64, key outside the database):
-- room for the cipher text. Rows written before stay readable and are encrypted at the next start.
ALTER TABLE member
    MODIFY citizen_id   VARCHAR(255)  COLLATE utf8mb4_bin,
    MODIFY phone        VARCHAR(255)  COLLATE utf8mb4_bin,
    MODIFY ethnicity    VARCHAR(512)  COLLATE utf8mb4_bin,
    MODIFY religion     VARCHAR(512)  COLLATE utf8mb4_bin,
    MODIFY health_notes VARCHAR(4200) COLLATE utf8mb4_bin;
