-- Members and what hangs on them: roles, one-time and API tokens, avatars, follows.
CREATE TABLE member (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    email             VARCHAR(254),                 -- NULL once the account is deleted
    display_name      VARCHAR(60)  NOT NULL,
    password_hash     VARCHAR(400),                 -- NULL for single sign-on only, or deleted
    oidc_subject      VARCHAR(255),
    email_verified_at TIMESTAMP(6) NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    deleted_at        TIMESTAMP(6) NULL,
    disabled          BOOLEAN      NOT NULL DEFAULT FALSE,
    version           BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    UNIQUE KEY member_email (email),
    UNIQUE KEY member_oidc_subject (oidc_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_role (
    member_id BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_id, role),
    CONSTRAINT member_role_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Secrets are stored as SHA-256 hashes only: verification and reset links, remember-me cookies,
-- access tokens and named personal API tokens.
CREATE TABLE member_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_id    BIGINT       NOT NULL,
    purpose      VARCHAR(32)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    name         VARCHAR(80),
    new_email    VARCHAR(254),
    created_at   TIMESTAMP(6) NOT NULL,
    expires_at   TIMESTAMP(6) NULL,
    used_at      TIMESTAMP(6) NULL,
    last_used_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY member_token_hash (token_hash),
    KEY member_token_member (member_id, purpose),
    CONSTRAINT member_token_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_avatar (
    member_id    BIGINT       NOT NULL,
    content_type VARCHAR(32)  NOT NULL,
    image        MEDIUMBLOB   NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (member_id),
    CONSTRAINT member_avatar_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE member_follow (
    follower_id BIGINT       NOT NULL,
    followed_id BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (follower_id, followed_id),
    KEY member_follow_followed (followed_id),
    CONSTRAINT member_follow_follower FOREIGN KEY (follower_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT member_follow_followed FOREIGN KEY (followed_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Product teams: the first cut (name, slug, what they own); routing and triage grow it later.
CREATE TABLE product_team (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(60)  NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(500) NOT NULL DEFAULT '',
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY product_team_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A staff member's place in a team; a product manager's scope is the teams listed here.
CREATE TABLE team_membership (
    team_id   BIGINT       NOT NULL,
    member_id BIGINT       NOT NULL,
    owns      VARCHAR(200) NOT NULL DEFAULT '',
    PRIMARY KEY (team_id, member_id),
    KEY team_membership_member (member_id),
    CONSTRAINT team_membership_team FOREIGN KEY (team_id) REFERENCES product_team (id) ON DELETE CASCADE,
    CONSTRAINT team_membership_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Durable mail queue: a mail is written in the transaction that causes it and sent by the mailer,
-- with retries, so an SMTP outage delays mail but never loses it.
CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6) NOT NULL,
    sent_at         TIMESTAMP(6) NULL,
    last_error      VARCHAR(1000),
    PRIMARY KEY (id),
    KEY mail_outbox_due (sent_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins per account and per address, for throttling.
CREATE TABLE sign_in_throttle (
    throttle_key      VARCHAR(300) NOT NULL,
    failures          INT          NOT NULL,
    window_started_at TIMESTAMP(6) NOT NULL,
    blocked_until     TIMESTAMP(6) NULL,
    PRIMARY KEY (throttle_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE idea
    ADD COLUMN author_id BIGINT NULL AFTER body,
    ADD CONSTRAINT idea_author FOREIGN KEY (author_id) REFERENCES member (id),
    ADD KEY idea_author_newest (author_id, created_at, number);
