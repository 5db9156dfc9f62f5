package org.idealoop.infrastructure.config;

/** The configuration keys the application reads (environment: upper case, dots as underscores). */
public final class IdealoopConfig {

    public static final String DB_URL = "idealoop.db.url";
    public static final String DB_USER = "idealoop.db.user";
    public static final String DB_PASSWORD = "idealoop.db.password";
    public static final String ES_URL = "idealoop.es.url";
    public static final String DEMO_ENABLED = "idealoop.demo.enabled";

    private IdealoopConfig() {
    }
}
