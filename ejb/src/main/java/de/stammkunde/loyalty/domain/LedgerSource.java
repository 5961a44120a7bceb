package de.stammkunde.loyalty.domain;

/** Where a change of points comes from. */
public enum LedgerSource {
    PAYMENT, SESSION, REFERRAL, WELCOME, MANUAL, RECALCULATION, REVERSAL;

    /** Whether the program's rules award it by themselves (payments and sessions, also when recalculated). */
    public boolean automatic() {
        return this == PAYMENT || this == SESSION || this == RECALCULATION;
    }
}
