-- Where an idea is filed and who owns it. A category belongs to a product team and routes its ideas
-- there; an idea without a category waits in the community triage queue (team NULL).
CREATE TABLE category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(60)  NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    team_id     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY category_slug (slug),
    CONSTRAINT category_team FOREIGN KEY (team_id) REFERENCES product_team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tag (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    slug       VARCHAR(40)  NOT NULL,
    name       VARCHAR(40)  NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY tag_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idea_tag (
    idea_number BIGINT NOT NULL,
    tag_id      BIGINT NOT NULL,
    PRIMARY KEY (idea_number, tag_id),
    KEY idea_tag_tag (tag_id, idea_number),
    CONSTRAINT idea_tag_idea FOREIGN KEY (idea_number) REFERENCES idea (number),
    CONSTRAINT idea_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id)
) ENGINE = InnoDB;

ALTER TABLE idea
    ADD COLUMN team_id     BIGINT NULL AFTER author_id,
    ADD COLUMN category_id BIGINT NULL AFTER team_id,
    ADD CONSTRAINT idea_team FOREIGN KEY (team_id) REFERENCES product_team (id),
    ADD CONSTRAINT idea_category FOREIGN KEY (category_id) REFERENCES category (id);
