package de.stammkunde.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * Base of the black-box integration tests: Arquillian deploys the EAR the build just packaged,
 * exactly as it ships, into the one managed WildFly of the test run; the tests talk HTTP to it
 * with real Keycloak tokens.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPlatform {

    static {
        SmtpRelay.ensureStarted();    // WildFly's mail goes through it to GreenMail
    }

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(TestPlatform.earPath()));
    }
}
