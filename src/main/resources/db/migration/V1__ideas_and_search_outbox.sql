-- Ideas: the first slice. The number is the stable public identifier (/ideas/{number}-{slug}).
CREATE TABLE idea (
    number      BIGINT       NOT NULL AUTO_INCREMENT,
    title       VARCHAR(120) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (number),
    KEY idea_created (created_at, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Transactional outbox for the search index: written in the same transaction as the change,
-- drained by the indexer with retries, so an Elasticsearch outage never loses or blocks a write.
CREATE TABLE search_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    document_type   VARCHAR(32)  NOT NULL,
    document_id     BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6) NOT NULL,
    last_error      VARCHAR(1000),
    PRIMARY KEY (id),
    KEY search_outbox_due (next_attempt_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
