-- The rate limiter forgets windows older than a day (RateCounters.deleteBefore, at most every 10 minutes):
-- DELETE FROM rate_counter WHERE window_start < ?. Without an index on window_start that DELETE scans the whole
-- table and, under REPEATABLE READ, locks every row it scans, so each vote's or comment's counter upsert waits for
-- it. With 300,000 counters (a day of a busy community) it locked 300,899 rows; with this index 14,574, the
-- expired ones (docs/performance.md, "At 1,000,000 ideas"). Built online by InnoDB.
ALTER TABLE rate_counter ADD KEY rate_counter_window (window_start), ALGORITHM = INPLACE, LOCK = NONE;
