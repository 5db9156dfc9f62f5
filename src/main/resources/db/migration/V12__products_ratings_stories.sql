-- Products belong to product teams; customers rate them and tell stories about them.
CREATE TABLE product (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    slug       VARCHAR(60)  NOT NULL,
    name       VARCHAR(80)  NOT NULL,
    team_id    BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY product_slug (slug),
    CONSTRAINT product_team FOREIGN KEY (team_id) REFERENCES product_team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every rating ever given (for trends); the current one per member and product is the newest.
CREATE TABLE rating (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    product_id BIGINT        NOT NULL,
    member_id  BIGINT        NOT NULL,
    csat       TINYINT       NOT NULL,
    nps        TINYINT       NOT NULL,
    comment    VARCHAR(2000) NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY rating_product_time (product_id, created_at),
    KEY rating_member (member_id, product_id, id),
    CONSTRAINT rating_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT rating_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT rating_csat CHECK (csat BETWEEN 1 AND 5),
    CONSTRAINT rating_nps CHECK (nps BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rating_current (
    product_id BIGINT NOT NULL,
    member_id  BIGINT NOT NULL,
    rating_id  BIGINT NOT NULL,
    PRIMARY KEY (product_id, member_id),
    CONSTRAINT rating_current_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    CONSTRAINT rating_current_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE story (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    product_id  BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    title       VARCHAR(120)  NOT NULL,
    body        TEXT          NOT NULL,
    stars       TINYINT       NULL,
    me_too      INT           NOT NULL DEFAULT 0,
    answer      TEXT          NULL,
    answered_by BIGINT        NULL,
    answered_at TIMESTAMP(6)  NULL,
    hidden_at   TIMESTAMP(6)  NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    KEY story_product (product_id, created_at),
    CONSTRAINT story_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT story_author FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT story_kind CHECK (kind IN ('praise', 'problem', 'question')),
    CONSTRAINT story_stars CHECK (stars IS NULL OR stars BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE story_me_too (
    story_id   BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (story_id, member_id),
    CONSTRAINT story_me_too_story FOREIGN KEY (story_id) REFERENCES story (id),
    CONSTRAINT story_me_too_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- "This idea would fix it": when a linked idea is delivered, the story's people are told.
CREATE TABLE story_link (
    story_id    BIGINT       NOT NULL,
    idea_number BIGINT       NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (story_id, idea_number),
    KEY story_link_idea (idea_number),
    CONSTRAINT story_link_story FOREIGN KEY (story_id) REFERENCES story (id),
    CONSTRAINT story_link_idea FOREIGN KEY (idea_number) REFERENCES idea (number)
) ENGINE = InnoDB;
