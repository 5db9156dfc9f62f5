package org.idealoop.embedded;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts MariaDB and Elasticsearch once for the integration-test run (failsafe sets
 * {@code idealoop.it.services=start} and the ports), before Arquillian boots Payara Micro,
 * and stops them when the run ends. Unit-test runs leave it idle.
 */
public class EmbeddedServices implements TestExecutionListener {

    private static EmbeddedMariaDb mariaDb;
    private static EmbeddedElasticsearch elasticsearch;

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
        if (elasticsearch != null) {
            elasticsearch.stop();
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

    public static EmbeddedElasticsearch elasticsearch() {
        if (elasticsearch == null) {
            throw new IllegalStateException("The embedded Elasticsearch runs only in integration tests (mvn verify)");
        }
        return elasticsearch;
    }
}
