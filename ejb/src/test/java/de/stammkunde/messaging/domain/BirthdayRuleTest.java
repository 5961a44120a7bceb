package de.stammkunde.messaging.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class BirthdayRuleTest {

    @Test
    void theBirthdayIsTheSameMonthAndDayInAnyYear() {
        LocalDate born = LocalDate.of(1985, 6, 14);
        assertThat(BirthdayRule.isBirthday(born, LocalDate.of(2026, 6, 14))).isTrue();
        assertThat(BirthdayRule.isBirthday(born, LocalDate.of(2026, 6, 13))).isFalse();
        assertThat(BirthdayRule.isBirthday(born, LocalDate.of(2026, 7, 14))).isFalse();
    }

    @Test
    void leapDayBirthdaysAreKeptOnThe28thInYearsWithoutA29th() {
        LocalDate born = LocalDate.of(1996, 2, 29);
        assertThat(BirthdayRule.isBirthday(born, LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(BirthdayRule.isBirthday(born, LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(BirthdayRule.isBirthday(born, LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(BirthdayRule.isBirthday(born, LocalDate.of(2028, 2, 28)))
                .as("in a leap year the 29th itself is the day").isFalse();
        assertThat(BirthdayRule.isBirthday(LocalDate.of(1990, 2, 28), LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(BirthdayRule.keepsLeapDayBirthdays(LocalDate.of(2100, 2, 28))).as("2100 is no leap year").isTrue();
        assertThat(BirthdayRule.keepsLeapDayBirthdays(LocalDate.of(2000, 2, 28))).as("2000 is a leap year").isFalse();
    }

    @Test
    void greetingsGoOutFromEightOClock() {
        assertThat(BirthdayRule.mayGreet(LocalTime.of(7, 59, 59))).isFalse();
        assertThat(BirthdayRule.mayGreet(LocalTime.of(8, 0))).isTrue();
        assertThat(BirthdayRule.mayGreet(LocalTime.of(23, 30))).isTrue();
    }
}
