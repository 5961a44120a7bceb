package de.stammkunde.tenancy.domain;

import de.stammkunde.shared.error.Conflict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LastOwnerRuleTest {

    @Test
    void theLastOwnerCanBeNeitherDemotedNorRemoved() {
        assertThatThrownBy(() -> LastOwnerRule.check(StaffRole.OWNER, StaffRole.MANAGER, 1))
                .isInstanceOf(Conflict.class).extracting("code").isEqualTo("last-owner");
        assertThatThrownBy(() -> LastOwnerRule.check(StaffRole.OWNER, null, 1))
                .isInstanceOf(Conflict.class).extracting("code").isEqualTo("last-owner");
    }

    @Test
    void oneOfTwoOwnersMayStepDown() {
        assertThatCode(() -> LastOwnerRule.check(StaffRole.OWNER, StaffRole.STAFF, 2)).doesNotThrowAnyException();
        assertThatCode(() -> LastOwnerRule.check(StaffRole.OWNER, null, 2)).doesNotThrowAnyException();
    }

    @Test
    void othersComeAndGoFreely() {
        assertThatCode(() -> LastOwnerRule.check(StaffRole.STAFF, null, 1)).doesNotThrowAnyException();
        assertThatCode(() -> LastOwnerRule.check(StaffRole.MANAGER, StaffRole.OWNER, 1)).doesNotThrowAnyException();
        assertThatCode(() -> LastOwnerRule.check(StaffRole.OWNER, StaffRole.OWNER, 1)).doesNotThrowAnyException();
    }
}
