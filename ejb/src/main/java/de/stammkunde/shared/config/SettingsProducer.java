package de.stammkunde.shared.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;

import java.util.logging.Logger;

/** Resolves the settings once at start-up, logs them with secrets masked and serves them to CDI. */
@Startup
@Singleton
public class SettingsProducer {

    private static final Logger LOG = Logger.getLogger(SettingsProducer.class.getName());

    private Settings settings;

    @PostConstruct
    void resolve() {
        settings = Settings.fromEnvironment();
        LOG.info(() -> "Stammkunde settings:" + System.lineSeparator() + settings.describe());
    }

    @Produces
    public Settings settings() {
        return settings;
    }
}
