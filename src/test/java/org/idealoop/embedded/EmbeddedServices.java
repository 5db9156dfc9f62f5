package org.idealoop.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.nio.file.Paths;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts MariaDB, Elasticsearch, an SMTP catcher (GreenMail) and an OpenID Connect provider once for the integration-test run (failsafe sets
 * {@code idealoop.it.services=start} and the ports), before Arquillian boots Payara Micro,
 * and stops them when the run ends. Unit-test runs leave it idle.
 */
public class EmbeddedServices implements TestExecutionListener {

    private static EmbeddedMariaDb mariaDb;
    private static EmbeddedElasticsearch elasticsearch;
    private static GreenMail mail;
    private static MockOAuth2Server oidc;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (!"start".equals(System.getProperty("idealoop.it.services"))) {
            return;
        }
        Path itDir = Paths.get(System.getProperty("idealoop.it.dir", "target/it")).toAbsolutePath();
        Path tools = Paths.get(System.getProperty("idealoop.tools.dir", "target/tools")).toAbsolutePath();
        try {
            mariaDb = new EmbeddedMariaDb(Integer.getInteger("idealoop.it.db.port"),
                    tools.resolve("mariadb"), itDir.resolve("mariadb-" + System.nanoTime())).start();
            elasticsearch = new EmbeddedElasticsearch(tools.resolve("elasticsearch.zip"), tools,
                    itDir.resolve("elasticsearch-" + System.nanoTime()), itDir.resolve("logs"),
                    Integer.getInteger("idealoop.it.es.port"), "512m").start();
            mail = new GreenMail(new ServerSetup(Integer.getInteger("idealoop.it.mail.port"), "127.0.0.1", "smtp"));
            mail.start();
            oidc = new MockOAuth2Server();
            oidc.start(Integer.getInteger("idealoop.it.oidc.port"));
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("Could not start the services for the integration tests", e);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        stop();
    }

    private static void stop() {
        if (oidc != null) {
            oidc.shutdown();
        }
        if (mail != null) {
            mail.stop();
        }
        if (elasticsearch != null) {
            try {
                elasticsearch.stopAndDeleteData();
            } catch (Exception e) {
                System.err.println("Elasticsearch data not deleted: " + e.getMessage());
            }
        }
        if (mariaDb != null) {
            try {
                mariaDb.close();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }

    public static EmbeddedMariaDb mariaDb() {
        if (mariaDb == null) {
            throw new IllegalStateException("The embedded MariaDB runs only in integration tests (mvn verify)");
        }
        return mariaDb;
    }

    /** The SMTP server the application under test sends its mail to. */
    public static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("The mail catcher runs only in integration tests (mvn verify)");
        }
        return mail;
    }

    /** The OpenID Connect provider the application under test is configured with (issuer id "idealoop"). */
    public static MockOAuth2Server oidc() {
        if (oidc == null) {
            throw new IllegalStateException("The OIDC provider runs only in integration tests (mvn verify)");
        }
        return oidc;
    }

    public static EmbeddedElasticsearch elasticsearch() {
        if (elasticsearch == null) {
            throw new IllegalStateException("The embedded Elasticsearch runs only in integration tests (mvn verify)");
        }
        return elasticsearch;
    }
}
