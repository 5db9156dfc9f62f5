-- Others comment on customer stories (plain Markdown, sanitized like idea comments).
CREATE TABLE story_comment (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    story_id   BIGINT       NOT NULL,
    author_id  BIGINT       NOT NULL,
    body       TEXT         NOT NULL,
    official   BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden_at  TIMESTAMP(6) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY story_comment_story (story_id, created_at),
    CONSTRAINT story_comment_story FOREIGN KEY (story_id) REFERENCES story (id),
    CONSTRAINT story_comment_author FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Settings admins change at run time; a row here overrides the configured default.
CREATE TABLE app_setting (
    name       VARCHAR(80)  NOT NULL,
    value      VARCHAR(500) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;
