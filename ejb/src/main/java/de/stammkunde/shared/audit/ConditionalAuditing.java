package de.stammkunde.shared.audit;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.config.spi.StandardConverters;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversIntegrator;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.event.spi.EnversListenerDuplicationStrategy;
import org.hibernate.envers.event.spi.EnversPostCollectionRecreateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostDeleteEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostInsertEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionRemoveEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreUpdateEventListenerImpl;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Envers, with one condition: changes of entities marked {@link ClientHistory} are recorded only
 * while the tenant has the client change history switched on ({@code business_settings}).
 * Replaces Envers' own listener registration, which {@code hibernate.envers.autoRegisterListeners
 * = false} in persistence.xml turns off; everything else stays Envers' standard behaviour.
 */
public class ConditionalAuditing implements Integrator {

    private static final String SWITCH = "select client_history from business_settings where id = 1";

    /** Per session (one transaction), whether the tenant records client history; read once. */
    private static final Map<EventSource, Boolean> RECORDING = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        var services = sessionFactory.getServiceRegistry();
        EnversService envers = services.getService(EnversService.class);
        boolean standardRegistration = services.getService(ConfigurationService.class)
                .getSetting(EnversIntegrator.AUTO_REGISTER, StandardConverters.BOOLEAN, true);
        if (envers == null || !envers.isEnabled() || standardRegistration
                || !envers.getEntitiesConfigurations().hasAuditedEntities()) {
            return;
        }
        EventListenerRegistry listeners = services.getService(EventListenerRegistry.class);
        listeners.addDuplicationStrategy(EnversListenerDuplicationStrategy.INSTANCE);
        listeners.appendListeners(EventType.POST_INSERT, new EnversPostInsertEventListenerImpl(envers) {
            @Override
            public void onPostInsert(PostInsertEvent event) {
                if (records(event.getSession(), event.getPersister())) {
                    super.onPostInsert(event);
                }
            }
        });
        listeners.appendListeners(EventType.PRE_UPDATE, new EnversPreUpdateEventListenerImpl(envers) {
            @Override
            public boolean onPreUpdate(PreUpdateEvent event) {
                return records(event.getSession(), event.getPersister()) && super.onPreUpdate(event);
            }
        });
        listeners.appendListeners(EventType.POST_UPDATE, new EnversPostUpdateEventListenerImpl(envers) {
            @Override
            public void onPostUpdate(PostUpdateEvent event) {
                if (records(event.getSession(), event.getPersister())) {
                    super.onPostUpdate(event);
                }
            }
        });
        listeners.appendListeners(EventType.POST_DELETE, new EnversPostDeleteEventListenerImpl(envers) {
            @Override
            public void onPostDelete(PostDeleteEvent event) {
                if (records(event.getSession(), event.getPersister())) {
                    super.onPostDelete(event);
                }
            }
        });
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE,
                new EnversPostCollectionRecreateEventListenerImpl(envers) {
                    @Override
                    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
                        if (records(event)) {
                            super.onPostRecreateCollection(event);
                        }
                    }
                });
        listeners.appendListeners(EventType.PRE_COLLECTION_REMOVE,
                new EnversPreCollectionRemoveEventListenerImpl(envers) {
                    @Override
                    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
                        if (records(event)) {
                            super.onPreRemoveCollection(event);
                        }
                    }
                });
        listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE,
                new EnversPreCollectionUpdateEventListenerImpl(envers) {
                    @Override
                    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
                        if (records(event)) {
                            super.onPreUpdateCollection(event);
                        }
                    }
                });
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing held
    }

    private static boolean records(AbstractCollectionEvent event) {
        EntityPersister owner = event.getSession().getFactory().getMappingMetamodel()
                .getEntityDescriptor(event.getAffectedOwnerEntityName());
        return records(event.getSession(), owner);
    }

    private static boolean records(EventSource session, EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        if (type == null || !type.isAnnotationPresent(ClientHistory.class)) {
            return true;
        }
        return RECORDING.computeIfAbsent(session, ConditionalAuditing::historyOn);
    }

    private static boolean historyOn(EventSource session) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SWITCH);
                 ResultSet row = statement.executeQuery()) {
                return !row.next() || row.getBoolean(1);
            }
        });
    }
}
