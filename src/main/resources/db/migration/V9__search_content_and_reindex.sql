-- Hidden content stays in the database for moderators but leaves the search index (and, with the
-- moderation issue, lists and pages). NULL: visible.
ALTER TABLE idea    ADD COLUMN hidden_at TIMESTAMP(6) NULL;
ALTER TABLE comment ADD COLUMN hidden_at TIMESTAMP(6) NULL;

-- One row per rebuild of the search index. While a rebuild runs, the indexer writes every change to
-- the new index too, so nothing posted meanwhile is missing when the alias switches.
CREATE TABLE search_reindex (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    target_index VARCHAR(100)  NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    total        BIGINT        NOT NULL DEFAULT 0,
    done         BIGINT        NOT NULL DEFAULT 0,
    started_at   TIMESTAMP(6)  NOT NULL,
    finished_at  TIMESTAMP(6)  NULL,
    started_by   BIGINT        NULL,
    error        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY search_reindex_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
