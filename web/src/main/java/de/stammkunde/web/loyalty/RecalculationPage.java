package de.stammkunde.web.loyalty;

import de.stammkunde.loyalty.application.LoyaltyService;
import de.stammkunde.loyalty.application.RecalculationPreview;
import de.stammkunde.loyalty.application.RecalculationView;
import de.stammkunde.loyalty.application.Recalculations;
import de.stammkunde.loyalty.application.ResetReport;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Retroactive recalculation of payment and session points: a preview for a period, then a run in
 * the background whose progress the page follows, the earlier runs, and the reset of every
 * automatic point behind a typed confirmation word. Owners and managers only, as in the API; the
 * rules live in {@link Recalculations} and {@link LoyaltyService}.
 */
@Named
@ViewScoped
public class RecalculationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ALL_TIME = "all";

    @Inject
    Recalculations recalculations;

    @Inject
    LoyaltyService loyalty;

    @Inject
    ConsoleSession console;

    private String period = "12";
    private RecalculationPreview preview;
    private RecalculationView run;
    private List<RecalculationView> runs = List.of();
    private String confirmWord;
    private ResetReport reset;

    public void load() throws IOException {
        if (!console.admitsManagers()) {
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            runs = recalculations.list();
            run = runs.stream().filter(RecalculationPage::open).findFirst().orElse(null);
        }
    }

    /** What a run for the chosen period would award now; writes nothing. */
    public void showPreview() {
        if (!console.isManagesSettings()) {
            return;
        }
        try {
            preview = recalculations.preview(months());
        } catch (Invalid invalid) {
            preview = null;
            message(FacesMessage.SEVERITY_ERROR, "recalculation.invalidPeriod");
        }
    }

    /** Queues a run for the chosen period and hands it to the background; one at a time. */
    public void start() {
        if (!console.isManagesSettings()) {
            return;
        }
        try {
            run = recalculations.start(months());
            recalculations.run(run.id());
            message(FacesMessage.SEVERITY_INFO, "recalculation.startedMessage");
        } catch (Conflict conflict) {
            message(FacesMessage.SEVERITY_WARN, "recalculation.alreadyRunning");
        } catch (Invalid invalid) {
            message(FacesMessage.SEVERITY_ERROR, "recalculation.invalidPeriod");
        }
        runs = recalculations.list();
        if (run == null) {
            run = runs.stream().filter(RecalculationPage::open).findFirst().orElse(null);
        }
    }

    /** Reads the run's progress again; when it has ended, says so and forgets the outdated preview. */
    public void refresh() {
        if (run == null) {
            return;
        }
        run = recalculations.find(run.id());
        if (!open(run)) {
            runs = recalculations.list();
            preview = null;
            if ("DONE".equals(run.state())) {
                message(FacesMessage.SEVERITY_INFO, "recalculation.done", run.points(),
                        run.clients(), run.rewards());
            } else {
                message(FacesMessage.SEVERITY_ERROR, "recalculation.failed");
            }
        }
    }

    /** Removes every payment and session point, once the confirmation word is typed. */
    public void resetAutomatic() {
        if (!console.isManagesSettings()) {
            return;
        }
        if (!isWordConfirmed()) {
            message(FacesMessage.SEVERITY_ERROR, "recalculation.reset.wordMissing",
                    getConfirmationWord());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            reset = loyalty.resetAutomatic(true);
        } catch (Conflict running) {
            message(FacesMessage.SEVERITY_WARN, "recalculation.reset.whileRunning");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        confirmWord = null;
        preview = null;
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = LoyaltyTexts.text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    private Integer months() {
        return period == null || ALL_TIME.equals(period) ? null : Integer.valueOf(period);
    }

    private static boolean open(RecalculationView view) {
        return "QUEUED".equals(view.state()) || "RUNNING".equals(view.state());
    }

    /** The word to type before the reset works, in the page's language. */
    public String getConfirmationWord() {
        return ConsoleMessages.text("recalculation.reset.word");
    }

    public boolean isWordConfirmed() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return confirmWord != null && confirmWord.strip().toUpperCase(locale)
                .equals(getConfirmationWord().toUpperCase(locale));
    }

    public boolean isRunning() {
        return run != null && open(run);
    }

    /** How far the run is, by its phase: the phases take about the same time. */
    public int getPercent() {
        if (run == null) {
            return 0;
        }
        return switch (run.state()) {
            case "DONE", "FAILED" -> 100;
            case "RUNNING" -> switch (run.phase() == null ? "" : run.phase()) {
                case "rewards" -> 50;
                case "email" -> 90;
                default -> 10;
            };
            default -> 0;
        };
    }

    /** "12 Monate" or, without months, "gesamter Zeitraum" (an Object: EL would turn a null Integer into 0). */
    public String periodText(Object months) {
        return months == null ? LoyaltyTexts.text("recalculation.period.all")
                : LoyaltyTexts.text("recalculation.period.months", months);
    }

    /** The rewards a client would unlock, or a dash. */
    public String rewardsText(List<String> rewards) {
        return rewards == null || rewards.isEmpty() ? "–" : String.join(", ", rewards);
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public RecalculationPreview getPreview() { return preview; }
    public RecalculationView getRun() { return run; }
    public List<RecalculationView> getRuns() { return runs; }
    public String getConfirmWord() { return confirmWord; }
    public void setConfirmWord(String confirmWord) { this.confirmWord = confirmWord; }
    public ResetReport getReset() { return reset; }
}
