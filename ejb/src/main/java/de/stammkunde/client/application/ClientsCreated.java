package de.stammkunde.client.application;

import java.util.List;

/**
 * Clients were created (one by hand or online booking, many by an import), announced to CDI
 * observers inside the creating transaction, so that what every client needs (a referral code)
 * exists when the client does.
 */
public record ClientsCreated(List<Long> clientIds) {

    public ClientsCreated {
        clientIds = List.copyOf(clientIds);
    }
}
