package de.stammkunde.web.client;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientStatistics;
import de.stammkunde.messaging.application.MessageCounts;
import de.stammkunde.messaging.application.MessageLog;
import de.stammkunde.web.console.ConsoleSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.ResourceBundle;

/**
 * The dashboard's figures, the chart of new clients per month (Chart.js JSON for p:chart) and the
 * messages of the last 30 days.
 */
@Named
@RequestScoped
public class DashboardView {

    private static final int MONTHS = 12;

    @Inject
    ClientService clients;

    @Inject
    ConsoleSession console;

    @Inject
    MessageLog messages;

    private ClientStatistics statistics;
    private MessageCounts messageCounts;

    @PostConstruct
    void load() {
        statistics = clients.statistics(console.getTimeZone(), MONTHS);
        messageCounts = messages.counts();
    }

    public ClientStatistics getStatistics() {
        return statistics;
    }

    public MessageCounts getMessageCounts() {
        return messageCounts;
    }

    public String getNewClientsChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        statistics.newPerMonth().forEach(month -> {
            labels.add(month.month());
            counts.add(month.count());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", texts.getString("dashboard.newPerMonth"))
                                .add("data", counts)
                                .add("backgroundColor", "#3b82f6"))))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
