package de.stammkunde.tenancy.application;

import de.stammkunde.shared.error.Invalid;
import de.stammkunde.tenancy.domain.StaffRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewStaffMemberTest {

    @Test
    void takesTheRoleInAnyCase() {
        NewStaffMember member = NewStaffMember.of(" Anna@Salon.DE ", "manager");

        assertThat(member.email().value()).isEqualTo("Anna@salon.de");
        assertThat(member.role()).isEqualTo(StaffRole.MANAGER);
    }

    @Test
    void namesEveryBadField() {
        assertThatThrownBy(() -> NewStaffMember.of("kein-at-zeichen", "boss"))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Invalid.Violation::field).containsExactly("email", "role"));
        assertThatThrownBy(() -> NewStaffMember.of(null, null))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.violations()).hasSize(2));
    }
}
