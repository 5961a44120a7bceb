package de.stammkunde.web.staff;

import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.error.Unavailable;
import de.stammkunde.tenancy.application.NewStaffMember;
import de.stammkunde.tenancy.application.StaffDirectory;
import de.stammkunde.tenancy.application.StaffMemberView;
import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.web.console.ConsoleSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The staff page: the members of the business, an invitation form, a role per row and removal.
 * Only coordinates: who may do what, and the last-owner rule, live in {@link StaffDirectory}.
 */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "invite-form";

    @Inject
    StaffDirectory staff;

    @Inject
    ConsoleSession console;

    private List<StaffMemberView> members;
    private final Map<String, String> roles = new HashMap<>();
    private String email;
    private String role = StaffRole.STAFF.name();

    public List<StaffMemberView> getMembers() {
        if (members == null) {
            refresh();
        }
        return members;
    }

    private void refresh() {
        members = staff.list();
        roles.clear();
        members.forEach(member -> roles.put(member.subject(), member.role().name()));
    }

    public void invite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            StaffMemberView invited = staff.invite(NewStaffMember.of(email, role));
            message(null, FacesMessage.SEVERITY_INFO, "staff.invited", invited.email());
            email = null;
            role = StaffRole.STAFF.name();
            refresh();
        } catch (Invalid invalid) {
            for (Invalid.Violation violation : invalid.violations()) {
                message(FORM + ":" + violation.field(), FacesMessage.SEVERITY_ERROR, "staff.invalid." + violation.field());
            }
            faces.validationFailed();
        } catch (Conflict exists) {
            message(FORM + ":email", FacesMessage.SEVERITY_ERROR, "staff.exists");
            faces.validationFailed();
        } catch (Unavailable unavailable) {
            message(null, FacesMessage.SEVERITY_ERROR, "staff.unavailable");
            faces.validationFailed();
        }
    }

    public void changeRole(StaffMemberView member) throws IOException {
        StaffRole newRole = StaffRole.valueOf(roles.get(member.subject()));
        try {
            staff.changeRole(member.subject(), newRole);
            if (isSelf(member) && newRole != StaffRole.OWNER) {
                leave("staff.selfDemoted", console.link("clients"));
                return;
            }
            message(null, FacesMessage.SEVERITY_INFO, "staff.roleChanged", member.email(), roleLabel(newRole));
        } catch (Conflict lastOwner) {
            message(null, FacesMessage.SEVERITY_WARN, "staff.lastOwner");
        } catch (NotFound gone) {
            message(null, FacesMessage.SEVERITY_WARN, "staff.gone");
        }
        refresh();
    }

    public void remove(StaffMemberView member) throws IOException {
        try {
            staff.remove(member.subject());
            if (isSelf(member)) {
                leave("staff.selfRemoved", FacesContext.getCurrentInstance().getExternalContext()
                        .getRequestContextPath() + "/app/");
                return;
            }
            message(null, FacesMessage.SEVERITY_INFO, "staff.removed", member.email());
        } catch (Conflict lastOwner) {
            message(null, FacesMessage.SEVERITY_WARN, "staff.lastOwner");
        } catch (NotFound gone) {
            message(null, FacesMessage.SEVERITY_WARN, "staff.gone");
        } catch (Unavailable unavailable) {
            message(null, FacesMessage.SEVERITY_ERROR, "staff.unavailable");
        }
        refresh();
    }

    private boolean isSelf(StaffMemberView member) {
        return member.subject().equals(console.getUser().subject());
    }

    /** After giving up their own ownership, the user may no longer see this page. */
    private void leave(String key, String target) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        message(null, FacesMessage.SEVERITY_INFO, key);
        faces.getExternalContext().redirect(target);
    }

    private static String roleLabel(StaffRole role) {
        return texts().getString("role." + role.name());
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = MessageFormat.format(texts().getString(key), arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public List<String> getRoleNames() {
        return Arrays.stream(StaffRole.values()).map(Enum::name).toList();
    }

    public Map<String, String> getRoles() {
        return roles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
