-- Trending and digests at scale (docs/ranking.md, docs/performance-trending.md).
--
-- vote_recent: an idea's votes of the last 7 days are an index range, so recomputing trending reads
-- only the recent votes (the earlier ones are the idea's vote counters minus the recent ones).
-- Built online by InnoDB (no lock on vote while it is added).
ALTER TABLE vote ADD KEY vote_recent (idea_number, created_at), ALGORITHM = INPLACE, LOCK = NONE;

-- Ideas whose trending must be recomputed at the next refresh although their stored value is 0:
-- votes written by bulk SQL (a data load, a repair) rather than through a vote, which recomputes its
-- idea at once. The refresh drains this table in batches.
CREATE TABLE trending_dirty (
    idea_number BIGINT       NOT NULL,
    marked_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (idea_number)
) ENGINE = InnoDB;

-- The daily digest walks the waiting notifications member by member in this index's order, in batches,
-- so a member's lines stay in one mail and no batch scans or sorts the whole table.
ALTER TABLE notification ADD KEY notification_digest (mail_state, member_id, id), ALGORITHM = INPLACE, LOCK = NONE;
