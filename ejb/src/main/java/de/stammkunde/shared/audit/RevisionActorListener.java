package de.stammkunde.shared.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps every new revision with the actor and request id of the current {@link AuditContext}. */
public class RevisionActorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).recordActor(AuditContext.current());
    }
}
