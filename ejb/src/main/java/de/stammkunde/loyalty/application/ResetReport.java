package de.stammkunde.loyalty.application;

/** What resetting the automatic points did: the reversing entries written, their points, the clients. */
public record ResetReport(int entries, long points, int clients) {
}
