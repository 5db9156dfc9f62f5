package org.idealoop.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one place that builds the deployment: the very WAR the build produced, deployed once per suite. */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    @Deployment(testable = false)
    public static WebArchive idealoop() {
        File war = new File(System.getProperty("idealoop.war", "target/idealoop.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
