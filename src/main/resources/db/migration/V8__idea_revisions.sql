-- Every edit of an idea keeps the text it replaced, with who edited and when.
CREATE TABLE idea_revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    idea_number BIGINT       NOT NULL,
    title       VARCHAR(120) NOT NULL,
    body        TEXT         NOT NULL,
    edited_by   BIGINT       NOT NULL,
    edited_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idea_revision_idea (idea_number, id),
    CONSTRAINT idea_revision_idea FOREIGN KEY (idea_number) REFERENCES idea (number),
    CONSTRAINT idea_revision_member FOREIGN KEY (edited_by) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE idea ADD COLUMN edited_at TIMESTAMP(6) NULL AFTER created_at;
