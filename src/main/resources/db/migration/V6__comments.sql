-- Comments on ideas: Markdown, replies up to three levels deep, up-votes only.
CREATE TABLE comment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    idea_number BIGINT       NOT NULL,
    parent_id   BIGINT       NULL,
    depth       TINYINT      NOT NULL,
    author_id   BIGINT       NOT NULL,
    body        TEXT         NOT NULL,
    official    BOOLEAN      NOT NULL DEFAULT FALSE,
    up_votes    INT          NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL,
    edited_at   TIMESTAMP(6) NULL,
    version     BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    KEY comment_idea (idea_number, created_at, id),
    KEY comment_author (author_id, created_at),
    CONSTRAINT comment_idea FOREIGN KEY (idea_number) REFERENCES idea (number),
    CONSTRAINT comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id),
    CONSTRAINT comment_author FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT comment_depth CHECK (depth BETWEEN 0 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE comment_vote (
    comment_id BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (comment_id, member_id),
    CONSTRAINT comment_vote_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT comment_vote_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;

-- A locked idea takes no new comments or votes (moderators lock heated threads).
ALTER TABLE idea
    ADD COLUMN comment_count INT     NOT NULL DEFAULT 0 AFTER follower_count,
    ADD COLUMN locked        BOOLEAN NOT NULL DEFAULT FALSE AFTER status;
