package de.stammkunde.web.client;

import de.stammkunde.client.application.ClientQuery;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client picker behind a console autocomplete: the clients whose name, email, phone or tag
 * matches, labelled "Marie Dupont <marie@…> (#12)", and which client a chosen label stands for.
 * Lives as long as the page's bean.
 */
public final class ClientSuggestions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    private final Map<String, Long> suggested = new HashMap<>();

    public List<String> complete(ClientService clients, String text) {
        List<String> labels = new ArrayList<>();
        for (ClientView client : clients.list(ClientQuery.of(text, 0, SUGGESTIONS, null)).items()) {
            String label = client.firstName() + " " + client.lastName()
                    + (client.email() == null ? "" : " <" + client.email() + ">") + " (#" + client.id() + ")";
            suggested.put(label, client.id());
            labels.add(label);
        }
        return labels;
    }

    /** The client a suggested label stands for; null for anything typed that was never suggested. */
    public Long idOf(String label) {
        return label == null ? null : suggested.get(label);
    }
}
