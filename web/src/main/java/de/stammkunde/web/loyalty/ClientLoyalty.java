package de.stammkunde.web.loyalty;

import de.stammkunde.appointment.application.AppointmentService;
import de.stammkunde.loyalty.application.LedgerEntryView;
import de.stammkunde.loyalty.application.LedgerPage;
import de.stammkunde.loyalty.application.LoyaltyAccount;
import de.stammkunde.loyalty.application.LoyaltyAccounts;
import de.stammkunde.loyalty.application.LoyaltyService;
import de.stammkunde.reward.application.CodeView;
import de.stammkunde.reward.application.GrantView;
import de.stammkunde.reward.application.NextReward;
import de.stammkunde.reward.application.RewardTiers;
import de.stammkunde.reward.application.TierView;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.web.client.ClientProfile;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The loyalty box of the client profile: balance, the next reward, points per source, the ledger
 * paged on the server, the rewards received with their codes, and for owners and managers the
 * manual actions (add or deduct points with a reason, give a reward before its threshold).
 */
@Named
@ViewScoped
public class ClientLoyalty implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "loyalty-form";

    @Inject
    LoyaltyAccounts accounts;

    @Inject
    LoyaltyService loyalty;

    @Inject
    RewardTiers tiers;

    @Inject
    AppointmentService appointments;

    @Inject
    ClientProfile profile;

    @Inject
    ClientReferrals referrals;

    @Inject
    ConsoleSession console;

    private LoyaltyAccount account;
    private List<TierView> assignable;
    private final Map<Long, LocalDate> appointmentDays = new HashMap<>();
    private Integer points;
    private String reason;
    private boolean confirmBelowZero;
    private String belowZeroWarning;
    private Long tierId;
    private String assignReason;

    private final LazyDataModel<LedgerEntryView> ledger = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.ledger(profile.getId(), 0, 1).total();
        }

        @Override
        public List<LedgerEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, LoyaltyAccounts.MAX_PAGE_SIZE));
            LedgerPage page = accounts.ledger(profile.getId(), first / size, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(LedgerEntryView entry) {
            return String.valueOf(entry.id());
        }
    };

    public LoyaltyAccount getAccount() {
        if (account == null && profile.getId() != null) {
            account = accounts.account(profile.getId());
        }
        return account;
    }

    /** "noch 20 Punkte bis Gutschein 25 €"; null when no reward is within reach. */
    public String getNextText() {
        NextReward next = getAccount() == null ? null : getAccount().next();
        return next == null ? null
                : LoyaltyTexts.text("loyalty.next", next.missing(), next.rewardName());
    }

    public LazyDataModel<LedgerEntryView> getLedger() {
        return ledger;
    }

    /**
     * The page the entry's cause is on: the invoice, the calendar on the appointment's day, or the
     * other client of the referral; null without one.
     */
    public String link(LedgerEntryView entry) {
        if (entry.linkedId() == null || entry.linkedType() == null) {
            return null;
        }
        return switch (entry.linkedType()) {
            case "invoice" -> console.link("invoice") + "/" + entry.linkedId();
            case "appointment" -> {
                LocalDate day = appointmentDay(entry.linkedId());
                yield day == null ? null : console.link("calendar") + "?day=" + day;
            }
            case "referral" -> referrals.other(entry.linkedId())
                    .map(other -> console.link("client") + "/" + other.id()).orElse(null);
            default -> null;
        };
    }

    public String linkLabel(LedgerEntryView entry) {
        if ("referral".equals(entry.linkedType())) {
            return ConsoleMessages.text("loyalty.link.referral",
                    referrals.other(entry.linkedId()).map(ClientReferrals.Other::name).orElse(""));
        }
        return ConsoleMessages.text("loyalty.link." + entry.linkedType(), String.valueOf(entry.linkedId()));
    }

    private LocalDate appointmentDay(long appointmentId) {
        return appointmentDays.computeIfAbsent(appointmentId, id -> {
            try {
                return appointments.find(id, console.getTimeZone()).day();
            } catch (NotFound gone) {
                return null;
            }
        });
    }

    /** "+75" or "−50". */
    public String signed(long value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + -value : "0";
    }

    public void add() {
        if (!console.isManagesSettings()) {
            return;
        }
        try {
            LedgerEntryView entry = loyalty.add(profile.getId(), points == null ? 0 : points, reason);
            done("loyalty.added", entry.points());
        } catch (Invalid invalid) {
            violations(invalid, "manual-");
        } catch (Conflict conflict) {
            refused(conflict);
        }
    }

    public void deduct() {
        deduct(false);
    }

    /** Deducts after the user confirmed that the balance goes below zero. */
    public void deductBelowZero() {
        deduct(true);
    }

    public void keepBalance() {
        confirmBelowZero = false;
    }

    private void deduct(boolean belowZero) {
        if (!console.isManagesSettings()) {
            return;
        }
        try {
            LedgerEntryView entry = loyalty.deduct(profile.getId(), points == null ? 0 : points, reason, belowZero);
            done("loyalty.deducted", -entry.points());
        } catch (Invalid invalid) {
            violations(invalid, "manual-");
        } catch (Conflict conflict) {
            if (!"balance-below-zero".equals(conflict.code())) {
                refused(conflict);
                return;
            }
            long balance = accounts.balance(profile.getId());
            confirmBelowZero = true;
            belowZeroWarning = LoyaltyTexts.text("loyalty.belowZero", balance, points, signed(balance - points));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Gives the chosen tier's reward now, before the client reaches its threshold. */
    public void assign() {
        if (!console.isManagesSettings()) {
            return;
        }
        try {
            GrantView grant = tiers.assign(profile.getId(), tierId == null ? 0 : tierId, assignReason);
            done("loyalty.assigned", grant.rewardName());
        } catch (Invalid invalid) {
            violations(invalid, "assign-");
        } catch (NotFound gone) {
            ConsoleMessages.add(FORM + ":assign-tier", FacesMessage.SEVERITY_ERROR, "loyalty.invalid.tier");
            assignable = null;
            FacesContext.getCurrentInstance().validationFailed();
        } catch (Conflict conflict) {
            refused(conflict);
        }
    }

    /** Redeems a code of the client's rewards (any member of the business may, at the counter). */
    public void redeem(String code) {
        try {
            CodeView redeemed = tiers.redeem(code);
            refresh();
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "loyalty.redeemed", redeemed.code(),
                    redeemed.rewardName());
        } catch (NotFound | Conflict refused) {
            refresh();
            CodeRefusals.show(null, code, refused, tiers, console);
        }
    }

    private void done(String key, Object argument) {
        refresh();
        points = null;
        reason = null;
        tierId = null;
        assignReason = null;
        String text = LoyaltyTexts.text(key, argument, getAccount().balance());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private void refresh() {
        account = null;
        assignable = null;
        confirmBelowZero = false;
        // the newest entry is on the first page of the ledger
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + FORM + ":ledger")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    private void refused(Conflict conflict) {
        refresh();
        String key = "loyalty.conflict." + conflict.code();
        ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, ConsoleMessages.has(key) ? key : "loyalty.conflict");
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void violations(Invalid invalid, String prefix) {
        for (Invalid.Violation violation : invalid.violations()) {
            String key = "loyalty.invalid." + violation.field();
            ConsoleMessages.add(FORM + ":" + prefix + violation.field(), FacesMessage.SEVERITY_ERROR,
                    ConsoleMessages.has(key) ? key : "loyalty.invalid");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The active tiers the client has not received: what may be given by hand. */
    public List<TierView> getAssignable() {
        if (assignable == null) {
            Set<Long> received = getAccount().rewards().stream().map(GrantView::tierId).collect(Collectors.toSet());
            assignable = tiers.list().stream().filter(tier -> tier.active() && !received.contains(tier.id())).toList();
        }
        return assignable;
    }

    public boolean isConfirmBelowZero() { return confirmBelowZero; }
    public String getBelowZeroWarning() { return belowZeroWarning; }
    public Integer getPoints() { return points; }
    public void setPoints(Integer points) { this.points = points; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getTierId() { return tierId; }
    public void setTierId(Long tierId) { this.tierId = tierId; }
    public String getAssignReason() { return assignReason; }
    public void setAssignReason(String assignReason) { this.assignReason = assignReason; }
}
