package de.stammkunde.web.loyalty;

import de.stammkunde.reward.application.CodeView;
import de.stammkunde.reward.application.RewardTiers;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Why a code cannot be redeemed, in words: unknown, redeemed already (when, by whom), or no longer valid. */
final class CodeRefusals {

    private CodeRefusals() {
    }

    static void show(String clientId, String code, RuntimeException refusal, RewardTiers tiers,
                     ConsoleSession console) {
        if (refusal instanceof NotFound) {
            ConsoleMessages.add(clientId, FacesMessage.SEVERITY_ERROR, "rewards.code.notFound", code);
        } else if (refusal instanceof Conflict conflict && "reward-code-redeemed".equals(conflict.code())) {
            CodeView now = tiers.code(code);
            ConsoleMessages.add(clientId, FacesMessage.SEVERITY_WARN, "rewards.code.redeemedAlready", now.code(),
                    console.dateTime(now.redeemedAt()), now.redeemedBy() == null ? "–" : now.redeemedBy());
        } else {
            ConsoleMessages.add(clientId, FacesMessage.SEVERITY_WARN, "rewards.code.inactive", code);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }
}
