package de.stammkunde.api.sms;

/** The page and size query parameters of the SMS lists, with their defaults. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;

    static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }
}
