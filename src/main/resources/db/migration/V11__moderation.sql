-- Moderation: flags, holds for first posts, pins, sanctions on members, rate limits, blocked words
-- and the audit log.
ALTER TABLE idea
    ADD COLUMN held_at   TIMESTAMP(6) NULL,
    ADD COLUMN pinned_at TIMESTAMP(6) NULL,
    ADD KEY idea_pinned (pinned_at);
ALTER TABLE comment ADD COLUMN held_at TIMESTAMP(6) NULL;

ALTER TABLE member
    ADD COLUMN suspended_until TIMESTAMP(6) NULL,
    ADD COLUMN banned_at       TIMESTAMP(6) NULL;

-- One flag per member per item; the moderation queue groups them by item.
CREATE TABLE flag (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    content_type VARCHAR(16)   NOT NULL,
    content_id   BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    reason       VARCHAR(16)   NOT NULL,
    text         VARCHAR(500)  NULL,
    duplicate_of BIGINT        NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    resolved_at  TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY flag_once (content_type, content_id, member_id),
    KEY flag_open (resolved_at, content_type, content_id),
    CONSTRAINT flag_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Warnings, suspensions and bans, with their reasons; the member row holds the state in force.
CREATE TABLE member_sanction (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    member_id  BIGINT        NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    until      TIMESTAMP(6)  NULL,
    created_by BIGINT        NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY member_sanction_member (member_id, created_at),
    CONSTRAINT member_sanction_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Fixed-window counters for rate limits, per member and per address.
CREATE TABLE rate_counter (
    bucket       VARCHAR(190) NOT NULL,
    window_start TIMESTAMP(6) NOT NULL,
    hits         INT          NOT NULL,
    PRIMARY KEY (bucket, window_start)
) ENGINE = InnoDB;

CREATE TABLE blocked_word (
    word       VARCHAR(80)  NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (word)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every moderator and admin action, append-only: the application only ever inserts and reads here.
-- (Production installs can make that a guarantee: grant the application's user INSERT and SELECT
-- only on this table.)
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    actor_id     BIGINT       NULL,
    action       VARCHAR(32)  NOT NULL,
    content_type VARCHAR(16)  NOT NULL,
    content_id   BIGINT       NOT NULL,
    reason       TEXT         NULL,
    before_value TEXT         NULL,
    after_value  TEXT         NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY audit_entry_time (created_at, id),
    KEY audit_entry_content (content_type, content_id, id),
    KEY audit_entry_actor (actor_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
