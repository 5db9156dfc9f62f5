-- RICE estimates set by an idea's product managers (docs/ranking.md, "Priority"). One row per idea: the
-- latest estimate with who set it and when; earlier values live in the audit log. The priority score is
-- not stored: it is computed at read time from the grouped demand query over vote, member and account,
-- so changing an account's value never writes to (or locks) ideas or votes.
CREATE TABLE idea_rice (
    idea_number BIGINT        NOT NULL PRIMARY KEY,
    reach       BIGINT        NOT NULL,
    impact      DECIMAL(4,2)  NOT NULL,
    confidence  DECIMAL(5,2)  NOT NULL,
    effort      DECIMAL(9,2)  NOT NULL,
    set_by      BIGINT        NOT NULL,
    set_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT idea_rice_idea FOREIGN KEY (idea_number) REFERENCES idea (number) ON DELETE CASCADE,
    CONSTRAINT idea_rice_member FOREIGN KEY (set_by) REFERENCES member (id),
    CONSTRAINT idea_rice_reach CHECK (reach >= 0),
    CONSTRAINT idea_rice_impact CHECK (impact BETWEEN 0.25 AND 3),
    CONSTRAINT idea_rice_confidence CHECK (confidence BETWEEN 0 AND 100),
    CONSTRAINT idea_rice_effort CHECK (effort > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
