-- Hibernate Search outbox-polling coordination (as Hibernate Search 8.2 maps them for MariaDB):
-- committed changes wait here until an agent indexes them, so a crash loses no index update.

CREATE TABLE hsearch_agent (
    id                   UUID         NOT NULL PRIMARY KEY,
    type                 ENUM ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') NOT NULL,
    name                 VARCHAR(255) NOT NULL,
    tenant_id            VARCHAR(255),
    expiration           DATETIME(6)  NOT NULL,
    state                ENUM ('RUNNING','SUSPENDED','WAITING') NOT NULL,
    total_shard_count    INTEGER,
    assigned_shard_index INTEGER,
    payload              LONGBLOB
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE hsearch_outbox_event (
    id             UUID         NOT NULL PRIMARY KEY,
    entity_name    VARCHAR(256) NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_id_hash INTEGER      NOT NULL,
    tenant_id      VARCHAR(255),
    payload        LONGBLOB     NOT NULL,
    retries        INTEGER      NOT NULL,
    process_after  DATETIME(6)  NOT NULL,
    status         ENUM ('ABORTED','PENDING') NOT NULL,
    KEY processAfter (process_after)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
