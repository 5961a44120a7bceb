package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class StaffInvitationTextTest {

    @Test
    void theInvitationTellsANewUserAboutTheSecondEmailAndAnExistingOneToSignIn() {
        String fresh = StaffInvitationText.body("Salon Schnitt", StaffRole.STAFF, "Olga Owner", Locale.GERMAN,
                "http://localhost:8080/app/schnitt/", true);
        String known = StaffInvitationText.body("Salon Schnitt", StaffRole.MANAGER, "Olga Owner", Locale.ENGLISH,
                "http://localhost:8080/app/schnitt/", false);

        assertThat(fresh).contains("Olga Owner", "Salon Schnitt", "Mitarbeiter:in", "Passwort festlegen",
                "/app/schnitt/");
        assertThat(known).contains("manager", "existing Stammkunde login").doesNotContain("password");
        assertThat(StaffInvitationText.subject("Salon Schnitt", Locale.GERMAN)).isEqualTo("Einladung zu Stammkunde: Salon Schnitt");
    }
}
