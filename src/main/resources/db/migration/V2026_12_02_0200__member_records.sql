-- The member record's fields (issue #7). Sensitive personal data (Nghị định 13/2023/NĐ-CP): citizen ID,
-- phone, ethnicity, religion, health notes; the service shows them only to the member and the secretary
-- chain, masks them for ADMIN and audits every view.
ALTER TABLE member
    ADD COLUMN sex               VARCHAR(10)  COLLATE utf8mb4_bin,
    ADD COLUMN hometown          VARCHAR(255),
    ADD COLUMN education         VARCHAR(255),
    ADD COLUMN occupation        VARCHAR(255),
    ADD COLUMN party_card_number VARCHAR(20)  COLLATE utf8mb4_bin,
    ADD COLUMN admission_date    DATE,
    ADD COLUMN ceremony_date     DATE,
    ADD COLUMN official_date     DATE,
    ADD COLUMN citizen_id        VARCHAR(12)  COLLATE utf8mb4_bin,
    ADD COLUMN phone             VARCHAR(20)  COLLATE utf8mb4_bin,
    ADD COLUMN ethnicity         VARCHAR(60),
    ADD COLUMN religion          VARCHAR(60),
    ADD COLUMN health_notes      VARCHAR(1000),
    ADD CONSTRAINT member_party_card UNIQUE (party_card_number);

-- What kind of step each status change was (admission, recognition, exemption…), so the history reads
-- as the secretary recorded it and a reversible step knows what it reverses.
ALTER TABLE member_status_change
    ADD COLUMN kind VARCHAR(30) COLLATE utf8mb4_bin NOT NULL DEFAULT 'RECORDED';

-- Transfers of party activity (chuyển sinh hoạt đảng): official or temporary, with their deadlines.
CREATE TABLE member_transfer (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    member_id            BIGINT       NOT NULL,
    kind                 VARCHAR(12)  COLLATE utf8mb4_bin NOT NULL,
    from_organization_id BIGINT       NOT NULL,
    to_organization_id   BIGINT,
    destination          VARCHAR(255),
    letter_number        VARCHAR(60)  COLLATE utf8mb4_bin,
    issued_on            DATE         NOT NULL,
    present_by           DATE         NOT NULL,
    start_by             DATE,
    ends_on              DATE,
    received_on          DATE,
    status               VARCHAR(12)  COLLATE utf8mb4_bin NOT NULL,
    note                 VARCHAR(1000),
    recorded_at          DATETIME(6)  NOT NULL,
    recorded_by          VARCHAR(190) COLLATE utf8mb4_bin NOT NULL,
    CONSTRAINT member_transfer_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT member_transfer_from FOREIGN KEY (from_organization_id) REFERENCES organization (id),
    CONSTRAINT member_transfer_to FOREIGN KEY (to_organization_id) REFERENCES organization (id),
    INDEX member_transfer_open (status, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
