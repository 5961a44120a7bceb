package de.stammkunde.messaging.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;

/**
 * When a client's birthday is: on the same month and day; a 29 February birthday is kept on
 * 28 February in years without that day. Greetings go out from 08:00 local time, not at night.
 */
public final class BirthdayRule {

    /** The local time from which birthday greetings go out. */
    public static final LocalTime SEND_FROM = LocalTime.of(8, 0);

    private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);

    private BirthdayRule() {
    }

    /** Whether someone born on {@code birthday} has their birthday on {@code today}. */
    public static boolean isBirthday(LocalDate birthday, LocalDate today) {
        MonthDay born = MonthDay.from(birthday);
        return born.equals(MonthDay.from(today)) || born.equals(LEAP_DAY) && keepsLeapDayBirthdays(today);
    }

    /** Whether 29 February birthdays are kept on {@code today}: 28 February of a year without 29 February. */
    public static boolean keepsLeapDayBirthdays(LocalDate today) {
        return today.getMonth() == Month.FEBRUARY && today.getDayOfMonth() == 28 && !today.isLeapYear();
    }

    /** Whether greetings may go out at this local time of the business. */
    public static boolean mayGreet(LocalTime now) {
        return !now.isBefore(SEND_FROM);
    }
}
