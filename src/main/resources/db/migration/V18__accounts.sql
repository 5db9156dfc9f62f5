-- Customer accounts (issue #20): the company a member belongs to, with its segment and a value (annual
-- revenue, seats ...) that weighs its members' demand. Members and product managers never see the value.
-- domain maps members by the domain of their e-mail address (or a subdomain of it); NULL for an account
-- mapped only by hand or by the OpenID Connect claim.
CREATE TABLE account (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(120)  NOT NULL,
    domain     VARCHAR(253)  NULL UNIQUE,
    segment    VARCHAR(32)   NOT NULL,
    value      DECIMAL(15,2) NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    updated_at TIMESTAMP(6)  NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 1,
    KEY account_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A deleted account leaves its members without one (they keep their membership of the community).
ALTER TABLE member ADD COLUMN account_id BIGINT NULL,
    ADD KEY member_account (account_id),
    ADD CONSTRAINT member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL;
