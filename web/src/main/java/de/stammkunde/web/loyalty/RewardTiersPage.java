package de.stammkunde.web.loyalty;

import de.stammkunde.reward.application.CodeView;
import de.stammkunde.reward.application.RewardTiers;
import de.stammkunde.reward.application.TierView;
import de.stammkunde.reward.domain.RewardTierData;
import de.stammkunde.reward.domain.RewardType;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The reward tiers: the list with how many clients received each; creating and changing one in a
 * dialog with a live count of the clients it would be granted to at once, confirmed before such a
 * save; and looking up and redeeming a code. Everyone reads and redeems; owners and managers edit.
 */
@Named
@ViewScoped
public class RewardTiersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "tier-form";
    static final String CODE_FORM = "code-form";

    @Inject
    RewardTiers tiers;

    @Inject
    ConsoleSession console;

    private List<TierView> list;

    private Long id;
    private long version;
    private int shownThreshold;
    private boolean shownActive;
    private String name;
    private String type;
    private Long valueCents;
    private String threshold;
    private String description;
    private boolean email;
    private boolean active;
    private Long preview;
    private Long confirmCount;

    private String code;
    private CodeView found;

    public List<TierView> getTiers() {
        if (list == null) {
            list = tiers.list();
        }
        return list;
    }

    public void startNew() {
        id = null;
        version = 0;
        name = null;
        type = RewardType.PROMO_CODE.name();
        valueCents = null;
        threshold = null;
        description = null;
        email = true;
        active = true;
        preview = null;
        confirmCount = null;
    }

    public void edit(long tierId) {
        try {
            TierView tier = tiers.find(tierId);
            id = tier.id();
            version = tier.version();
            shownThreshold = tier.threshold();
            shownActive = tier.active();
            name = tier.name();
            type = tier.type();
            valueCents = tier.valueCents();
            threshold = String.valueOf(tier.threshold());
            description = tier.description();
            email = tier.email();
            active = tier.active();
            confirmCount = null;
            updatePreview();
        } catch (NotFound gone) {
            list = null;
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "rewards.gone");
        }
    }

    /** How many clients have the threshold's points and not this tier; on every change of the threshold. */
    public void updatePreview() {
        confirmCount = null;
        Integer points = points();
        try {
            preview = points == null ? null : tiers.preview(points, id);
        } catch (Invalid outOfRange) {
            preview = null;
        }
    }

    public void save() {
        save(false);
    }

    /** Saves after the user confirmed that the tier is granted to {@link #getConfirmCount()} clients at once. */
    public void confirmGrant() {
        save(true);
    }

    public void cancelGrant() {
        confirmCount = null;
    }

    private void save(boolean confirmed) {
        if (!console.isManagesSettings()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            RewardTierData data = RewardTierData.of(name, type, valueCents, points(), description, email, active);
            if (!confirmed && isGrantsOnSave()) {
                long qualifying = tiers.preview(data.threshold(), id);
                if (qualifying > 0) {
                    confirmCount = qualifying;
                    preview = qualifying;
                    faces.validationFailed();
                    return;
                }
            }
            TierView saved = id == null ? tiers.create(data) : tiers.change(id, version, data);
            confirmCount = null;
            list = null;
            String done = LoyaltyTexts.text(saved.granting() ? "rewards.savedGranting" : "rewards.saved", saved.name(),
                    saved.granted());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            PrimeFaces.current().ajax().update(":messages", ":tiers-form");
        } catch (Invalid invalid) {
            confirmCount = null;
            for (Invalid.Violation violation : invalid.violations()) {
                String key = "rewards.invalid." + violation.field();
                ConsoleMessages.add(FORM + ":" + violation.field(), FacesMessage.SEVERITY_ERROR,
                        ConsoleMessages.has(key) ? key : "loyalty.invalid");
            }
            faces.validationFailed();
        } catch (Conflict | NotFound stale) {
            confirmCount = null;
            list = null;
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "rewards.changedMeanwhile");
            PrimeFaces.current().ajax().update(":tiers-form");
            faces.validationFailed();
        }
    }

    /** Whether saving grants the tier at once to clients above it: new and active, a lower threshold, activation. */
    public boolean isGrantsOnSave() {
        Integer points = points();
        return active && (id == null || !shownActive || (points != null && points < shownThreshold));
    }

    private Integer points() {
        try {
            return threshold == null || threshold.isBlank() ? null : Integer.valueOf(threshold.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void checkCode() {
        found = null;
        try {
            found = tiers.code(code);
        } catch (NotFound unknown) {
            ConsoleMessages.add(CODE_FORM + ":code", FacesMessage.SEVERITY_ERROR, "rewards.code.notFound",
                    code == null ? "" : code.strip());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void redeemCode() {
        if (found == null) {
            return;
        }
        try {
            found = tiers.redeem(found.code());
            list = null;
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "loyalty.redeemed", found.code(), found.rewardName());
        } catch (NotFound | Conflict refused) {
            CodeRefusals.show(null, found.code(), refused, tiers, console);
            found = tiers.code(found.code());
        }
    }

    public List<String> getTypes() {
        return Arrays.stream(RewardType.values()).map(Enum::name).toList();
    }

    /** "Wird beim Speichern sofort an 3 Kunden vergeben." and the like; null before a threshold is typed. */
    public String getPreviewText() {
        if (preview == null) {
            return null;
        }
        return LoyaltyTexts.text(!active ? "rewards.preview.inactive" : isGrantsOnSave() ? "rewards.preview.grants"
                : "rewards.preview.reach", preview);
    }

    public String getConfirmText() {
        return confirmCount == null ? null
                : LoyaltyTexts.text(email ? "rewards.confirmEmail" : "rewards.confirm", confirmCount);
    }

    public boolean isEditing() { return id != null; }
    public Long getPreview() { return preview; }
    public Long getConfirmCount() { return confirmCount; }
    public CodeView getFound() { return found; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Long getValueCents() { return valueCents; }
    public void setValueCents(Long valueCents) { this.valueCents = valueCents; }
    public String getThreshold() { return threshold; }
    public void setThreshold(String threshold) { this.threshold = threshold; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isEmail() { return email; }
    public void setEmail(boolean email) { this.email = email; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
