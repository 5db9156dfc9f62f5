package org.idealoop.infrastructure.config;

/**
 * Every configuration key the application reads (environment: upper case, dots and dashes as
 * underscores). Keys with a default are in microprofile-config.properties; the others are optional.
 */
public final class IdealoopConfig {

    public static final String DB_URL = "idealoop.db.url";
    public static final String DB_USER = "idealoop.db.user";
    public static final String DB_PASSWORD = "idealoop.db.password";
    public static final String DB_REPLICA_URL = "idealoop.db.replica-url";
    public static final String ES_URL = "idealoop.es.url";
    public static final String ES_INDEX = "idealoop.es.index";
    public static final String DEMO_ENABLED = "idealoop.demo.enabled";
    public static final String BASE_URL = "idealoop.base-url";
    public static final String MAIL_HOST = "idealoop.mail.host";
    public static final String MAIL_PORT = "idealoop.mail.port";
    public static final String MAIL_FROM = "idealoop.mail.from";
    public static final String MAIL_STARTTLS = "idealoop.mail.starttls";
    public static final String MAIL_USERNAME = "idealoop.mail.username";
    public static final String MAIL_PASSWORD = "idealoop.mail.password";
    public static final String MAIL_SHOW_TO_ADMIN = "idealoop.mail.show-to-admin";
    public static final String VERIFICATION_REQUIRED = "idealoop.members.verification-required";
    public static final String ADMIN_EMAIL = "idealoop.admin.email";
    public static final String ADMIN_PASSWORD = "idealoop.admin.password";
    public static final String VOTES_DOWN_ENABLED = "idealoop.votes.down-enabled";
    public static final String EDIT_WINDOW_MINUTES = "idealoop.edit-window-minutes";
    public static final String TAGS_FREE = "idealoop.tags.free";
    public static final String AUTO_HIDE_FLAGS = "idealoop.moderation.auto-hide-flags";
    public static final String HOLD_FIRST_POSTS = "idealoop.moderation.hold-first-posts";
    public static final String NEW_MEMBER_DAYS = "idealoop.moderation.new-member-days";
    public static final String NEW_MEMBER_MAX_LINKS = "idealoop.moderation.new-member-max-links";
    public static final String RATE_WINDOW_SECONDS = "idealoop.rate.window-seconds";
    public static final String RATE_IDEAS = "idealoop.rate.ideas";
    public static final String RATE_COMMENTS = "idealoop.rate.comments";
    public static final String RATE_VOTES = "idealoop.rate.votes";
    public static final String RATE_FLAGS = "idealoop.rate.flags";
    public static final String RATE_ADDRESS_FACTOR = "idealoop.rate.address-factor";
    public static final String OIDC_ISSUER = "idealoop.oidc.issuer";
    public static final String OIDC_CLIENT_ID = "idealoop.oidc.client-id";
    public static final String OIDC_CLIENT_SECRET = "idealoop.oidc.client-secret";
    public static final String OIDC_ROLES_CLAIM = "idealoop.oidc.roles-claim";
    public static final String OIDC_ROLE_MAPPING = "idealoop.oidc.role-mapping";
    /** The OpenID Connect claim whose value (an account's domain or name) puts the member in that account. */
    public static final String OIDC_ACCOUNT_CLAIM = "idealoop.oidc.account-claim";
    public static final String TRUSTED_PROXIES = "idealoop.trusted-proxies";
    public static final String RATE_EXEMPT_ADDRESSES = "idealoop.rate.exempt-addresses";
    public static final String RATE_SIGN_UPS = "idealoop.rate.sign-ups";
    public static final String RATE_PASSWORD_RESETS = "idealoop.rate.password-resets";
    public static final String RATE_EMAIL_CHANGES = "idealoop.rate.email-changes";
    public static final String RATE_TOKENS = "idealoop.rate.tokens";
    /** Comma-separated host names webhooks may post to although they resolve to local or private addresses. */
    public static final String WEBHOOKS_ALLOWED_HOSTS = "idealoop.webhooks.allowed-hosts";
    /** Counts each marked request's JDBC statements for the statement-budget tests; never on in production. */
    public static final String DEBUG_STATEMENT_COUNTS = "idealoop.debug.statement-counts";

    private IdealoopConfig() {
    }
}
