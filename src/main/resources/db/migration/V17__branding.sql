-- White-label branding admins change at run time (issue #16). One row at most: none means the
-- built-in defaults (the bundle's name and tagline, the teal colour, English, the system theme).
CREATE TABLE branding (
    id               TINYINT      NOT NULL,
    community_name   VARCHAR(60)  NOT NULL,
    tagline          VARCHAR(120) NOT NULL,
    primary_colour   CHAR(7)      NOT NULL,
    footer_links     TEXT         NOT NULL, -- JSON array of {"label", "url"}
    default_language VARCHAR(8)   NOT NULL,
    default_theme    VARCHAR(16)  NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT branding_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The uploaded logo and favicon; the hash is the ETag and the version in their URLs.
CREATE TABLE branding_image (
    kind         VARCHAR(16)  NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    bytes        MEDIUMBLOB   NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (kind)
) ENGINE = InnoDB;
