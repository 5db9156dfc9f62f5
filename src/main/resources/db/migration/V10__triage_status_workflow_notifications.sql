-- Product teams: the target time to a first official response (the SLA clock of the triage inbox).
ALTER TABLE product_team ADD COLUMN sla_hours INT NOT NULL DEFAULT 72;

-- Routing beyond categories: an idea without a category goes to the team of its first tag rule,
-- else of the first keyword rule its title or body contains; else it waits in community triage.
CREATE TABLE routing_rule (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    team_id    BIGINT       NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    value      VARCHAR(80)  NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY routing_rule_value (kind, value),
    CONSTRAINT routing_rule_team FOREIGN KEY (team_id) REFERENCES product_team (id) ON DELETE CASCADE,
    CONSTRAINT routing_rule_kind CHECK (kind IN ('tag', 'keyword'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE idea
    ADD COLUMN first_response_at TIMESTAMP(6) NULL,
    ADD COLUMN status_changed_at TIMESTAMP(6) NULL,
    ADD COLUMN last_activity_at  TIMESTAMP(6) NULL,
    ADD COLUMN merged_into       BIGINT       NULL,
    ADD COLUMN outcome_yes       INT          NOT NULL DEFAULT 0,
    ADD COLUMN outcome_no        INT          NOT NULL DEFAULT 0,
    ADD KEY idea_inbox (team_id, first_response_at, created_at),
    ADD KEY idea_status_changed (status, status_changed_at),
    ADD CONSTRAINT idea_merged_into FOREIGN KEY (merged_into) REFERENCES idea (number);

-- The status workflow: which moves are allowed. Admins change the rows; these are the defaults.
CREATE TABLE status_transition (
    from_status VARCHAR(32) NOT NULL,
    to_status   VARCHAR(32) NOT NULL,
    PRIMARY KEY (from_status, to_status)
) ENGINE = InnoDB;

INSERT INTO status_transition (from_status, to_status) VALUES
    ('new', 'under_review'), ('new', 'planned'), ('new', 'declined'), ('new', 'duplicate'), ('new', 'archived'),
    ('under_review', 'planned'), ('under_review', 'in_progress'), ('under_review', 'declined'),
    ('under_review', 'duplicate'), ('under_review', 'archived'), ('under_review', 'new'),
    ('planned', 'in_progress'), ('planned', 'delivered'), ('planned', 'declined'), ('planned', 'under_review'),
    ('in_progress', 'delivered'), ('in_progress', 'planned'), ('in_progress', 'declined'),
    ('delivered', 'archived'), ('delivered', 'in_progress'),
    ('declined', 'under_review'), ('declined', 'new'), ('declined', 'archived'),
    ('duplicate', 'new'), ('archived', 'new');

-- The idea's timeline beyond posting and editing: status changes, reassignments, merges.
CREATE TABLE idea_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    idea_number BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    actor_id    BIGINT       NULL,
    from_value  VARCHAR(80)  NULL,
    to_value    VARCHAR(80)  NULL,
    team_id     BIGINT       NULL,
    message     TEXT         NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idea_event_idea (idea_number, created_at),
    KEY idea_event_kind (kind, created_at),
    KEY idea_event_team (team_id, kind, created_at),
    CONSTRAINT idea_event_idea FOREIGN KEY (idea_number) REFERENCES idea (number),
    CONSTRAINT idea_event_actor FOREIGN KEY (actor_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- In-app notifications, one per member per event (the key makes "exactly one" hold under retries).
-- mail_state: pending (to be mailed), sent (put in the mail outbox), digest (waits for the daily
-- digest), skipped (the member mails never).
CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    member_id   BIGINT       NOT NULL,
    event_id    BIGINT       NOT NULL,
    idea_number BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    read_at     TIMESTAMP(6) NULL,
    mail_state  VARCHAR(8)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY notification_once (member_id, event_id),
    KEY notification_unread (member_id, read_at, id),
    KEY notification_mail (mail_state, id),
    CONSTRAINT notification_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT notification_event FOREIGN KEY (event_id) REFERENCES idea_event (id)
) ENGINE = InnoDB;

ALTER TABLE member ADD COLUMN email_notifications VARCHAR(8) NOT NULL DEFAULT 'instant';

CREATE TABLE team_follow (
    team_id    BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (team_id, member_id),
    KEY team_follow_member (member_id),
    CONSTRAINT team_follow_team FOREIGN KEY (team_id) REFERENCES product_team (id) ON DELETE CASCADE,
    CONSTRAINT team_follow_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Votes a merge copied into the target idea: unmerging removes exactly these.
CREATE TABLE merged_vote (
    merged_idea BIGINT NOT NULL,
    member_id   BIGINT NOT NULL,
    into_idea   BIGINT NOT NULL,
    PRIMARY KEY (merged_idea, member_id)
) ENGINE = InnoDB;

-- "Did this solve it for you?" asked of the voters of a delivered idea.
CREATE TABLE outcome_answer (
    idea_number BIGINT        NOT NULL,
    member_id   BIGINT        NOT NULL,
    solved      BOOLEAN       NOT NULL,
    comment     VARCHAR(1000) NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (idea_number, member_id),
    CONSTRAINT outcome_idea FOREIGN KEY (idea_number) REFERENCES idea (number),
    CONSTRAINT outcome_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outgoing webhooks, per team or for the whole install (team NULL), with a durable delivery queue.
CREATE TABLE webhook (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    team_id    BIGINT       NULL,
    url        VARCHAR(500) NOT NULL,
    secret     VARCHAR(100) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT webhook_team FOREIGN KEY (team_id) REFERENCES product_team (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    webhook_id      BIGINT       NOT NULL,
    event_id        BIGINT       NOT NULL,
    payload         TEXT         NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6) NOT NULL,
    delivered_at    TIMESTAMP(6) NULL,
    last_status     INT          NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY webhook_delivery_due (delivered_at, next_attempt_at),
    KEY webhook_delivery_hook (webhook_id, id),
    CONSTRAINT webhook_delivery_hook FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE,
    CONSTRAINT webhook_delivery_event FOREIGN KEY (event_id) REFERENCES idea_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_attempt (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    delivery_id BIGINT        NOT NULL,
    status      INT           NULL,
    error       VARCHAR(1000) NULL,
    at          TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY webhook_attempt_delivery (delivery_id, id),
    CONSTRAINT webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Secrets the install makes for itself on first use (the key that signs unsubscribe links).
CREATE TABLE app_secret (
    name  VARCHAR(40)  NOT NULL,
    value VARCHAR(100) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;
