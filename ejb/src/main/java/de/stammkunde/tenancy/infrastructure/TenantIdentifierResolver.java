package de.stammkunde.tenancy.infrastructure;

import de.stammkunde.tenancy.domain.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a session belongs to: the one in {@link TenantContext}. Without a
 * tenant in context no tenant session can be opened at all.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.require().value();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
