-- Members following ideas: posting and voting follow automatically. The idea keeps a running count.
CREATE TABLE idea_follow (
    idea_number BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (idea_number, member_id),
    KEY idea_follow_member (member_id, created_at),
    CONSTRAINT idea_follow_idea FOREIGN KEY (idea_number) REFERENCES idea (number),
    CONSTRAINT idea_follow_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

ALTER TABLE idea ADD COLUMN follower_count INT NOT NULL DEFAULT 0 AFTER score;
