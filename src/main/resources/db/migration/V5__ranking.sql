-- Ranking columns, each with the index that makes its sort a range scan for keyset pagination.
-- Formulas: docs/ranking.md. hot and wilson are written with every vote (and comment, later);
-- trending is refreshed with every vote on the idea and every few minutes for all ideas.
ALTER TABLE idea
    ADD COLUMN distinct_commenters INT    NOT NULL DEFAULT 0 AFTER follower_count,
    ADD COLUMN wilson              DOUBLE NOT NULL DEFAULT 0 AFTER distinct_commenters,
    ADD COLUMN hot                 DOUBLE NOT NULL DEFAULT 0 AFTER wilson,
    ADD COLUMN trending            DOUBLE NOT NULL DEFAULT 0 AFTER hot,
    DROP KEY idea_top,
    ADD KEY idea_top (score, wilson, number),
    ADD KEY idea_hot (hot, number),
    ADD KEY idea_trending (trending, number),
    ADD KEY idea_discussed (distinct_commenters, number);

-- Ideas from before: no votes were possible without a score, so hot is the age term alone.
UPDATE idea SET hot = (UNIX_TIMESTAMP(created_at) - 1767225600) / 45000;
