-- Promote/demote voting. One vote per member per idea, enforced by the primary key, so double
-- clicks, retries or two app instances can never count twice. The idea keeps running totals,
-- changed in the same transaction as the vote row.
CREATE TABLE vote (
    idea_number BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    direction   VARCHAR(4)   NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (idea_number, member_id),
    KEY vote_member (member_id, idea_number),
    CONSTRAINT vote_idea FOREIGN KEY (idea_number) REFERENCES idea (number),
    CONSTRAINT vote_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT vote_direction CHECK (direction IN ('up', 'down'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE idea
    ADD COLUMN status     VARCHAR(32) NOT NULL DEFAULT 'new' AFTER author_id,
    ADD COLUMN up_votes   INT         NOT NULL DEFAULT 0 AFTER status,
    ADD COLUMN down_votes INT         NOT NULL DEFAULT 0 AFTER up_votes,
    ADD COLUMN score      INT         NOT NULL DEFAULT 0 AFTER down_votes,
    ADD KEY idea_top (score, number);
