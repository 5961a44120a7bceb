package de.stammkunde.shared.context;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value bound to the current thread for the duration of one piece of work, and only that way:
 * {@link #runAs} always restores what was bound before, so nothing leaks to the next request a
 * pooled thread serves. The tenant and the audit actor are held in such scopes.
 */
public final class ThreadScope<T> {

    private final ThreadLocal<T> current = new ThreadLocal<>();

    public <R> R runAs(T value, Supplier<R> work) {
        T previous = current.get();
        current.set(value);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }

    public Optional<T> current() {
        return Optional.ofNullable(current.get());
    }
}
