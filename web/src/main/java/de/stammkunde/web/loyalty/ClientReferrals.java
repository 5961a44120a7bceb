package de.stammkunde.web.loyalty;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.referral.application.ReferralCodeService;
import de.stammkunde.referral.application.ReferralCodeView;
import de.stammkunde.referral.application.ReferralView;
import de.stammkunde.referral.application.Referrals;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.web.client.ClientProfile;
import de.stammkunde.web.client.ClientSuggestions;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The referrals part of the client profile's loyalty box: the client's referral code and booking
 * link, a new pseudonymous code on request, who referred the client, the friends they referred
 * with what came of each, and "add referred friend" — the same services and guards as the API.
 */
@Named
@ViewScoped
public class ClientReferrals implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "referral-form";
    static final String FRIEND_FORM = "friend-form";

    @Inject
    ReferralCodeService codes;

    @Inject
    Referrals referrals;

    @Inject
    ClientService clients;

    @Inject
    ClientProfile profile;

    private ReferralCodeView code;
    private List<ReferralView> all;
    private final ClientSuggestions suggestions = new ClientSuggestions();
    private String friend;

    /** The client's code and link, given now when the client has none yet. */
    public ReferralCodeView getCode() {
        if (code == null && profile.getId() != null) {
            code = codes.codeOf(profile.getId());
        }
        return code;
    }

    /** Who referred this client; null when nobody did. */
    public ReferralView getReferredBy() {
        return referrals().stream().filter(r -> r.referredId() == profile.getId()).findFirst().orElse(null);
    }

    /** The friends this client referred, newest first. */
    public List<ReferralView> getFriends() {
        return referrals().stream().filter(r -> r.referrerId() == profile.getId()).toList();
    }

    /** The other client of one of this client's referrals (the friend, or the referrer), for the ledger's links. */
    public Optional<Other> other(long referralId) {
        return referrals().stream().filter(r -> r.id() == referralId).findFirst()
                .map(r -> r.referrerId() == profile.getId() ? new Other(r.referredId(), r.referredName())
                        : new Other(r.referrerId(), r.referrerName()));
    }

    /** A client on the other side of a referral. */
    public record Other(long id, String name) {
    }

    private List<ReferralView> referrals() {
        if (all == null) {
            all = profile.getId() == null ? List.of() : referrals.of(profile.getId(), true);
        }
        return all;
    }

    /** Replaces the code by a pseudonymous one; the old code stops working. */
    public void renewPseudonym() {
        try {
            code = codes.renewPseudonymous(profile.getId());
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "referral.renewed", code.code());
        } catch (NotFound gone) {
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "referral.clientGone");
        }
    }

    /** Clients whose name, email, phone or tag matches (see {@link ClientSuggestions}). */
    public List<String> completeFriend(String text) {
        return suggestions.complete(clients, text);
    }

    /** Registers the chosen client as a friend this client referred; a guard's refusal stays in the dialog. */
    public void addFriend() {
        Long friendId = suggestions.idOf(friend);
        if (friendId == null) {
            ConsoleMessages.add(FRIEND_FORM + ":friend", FacesMessage.SEVERITY_ERROR, "referral.invalid.friend");
            refused();
            return;
        }
        try {
            ReferralView added = referrals.register(profile.getId(), friendId);
            all = null;
            friend = null;
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "referral.added", added.referredName());
            PrimeFaces.current().ajax().update(FORM);
            PrimeFaces.current().executeScript("PF('friendDialog').hide()");
        } catch (Conflict conflict) {
            String key = "referral.conflict." + conflict.code();
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, ConsoleMessages.has(key) ? key : "loyalty.conflict");
            refused();
        } catch (NotFound gone) {
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "referral.clientGone");
            refused();
        }
    }

    /** Opens the dialog afresh. */
    public void startAdding() {
        friend = null;
    }

    private void refused() {
        all = null;
        FacesContext.getCurrentInstance().validationFailed();
        PrimeFaces.current().ajax().update(FRIEND_FORM);
    }

    public String getFriend() { return friend; }
    public void setFriend(String friend) { this.friend = friend; }
}
