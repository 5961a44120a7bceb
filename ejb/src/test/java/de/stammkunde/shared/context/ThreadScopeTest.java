package de.stammkunde.shared.context;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreadScopeTest {

    private final ThreadScope<String> scope = new ThreadScope<>();

    @Test
    void restoresTheOuterValueAfterNestedWork() {
        String seen = scope.runAs("a", () -> {
            String inner = scope.runAs("b", () -> scope.current().orElseThrow());
            return inner + scope.current().orElseThrow();
        });

        assertThat(seen).isEqualTo("ba");
        assertThat(scope.current()).isEmpty();
    }

    @Test
    void leavesNothingBehindWhenTheWorkFails() {
        assertThatThrownBy(() -> scope.runAs("a", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(scope.current()).isEmpty();
    }

    @Test
    void isInvisibleToOtherThreads() throws InterruptedException {
        String[] seenElsewhere = new String[1];
        scope.runAs("mine", () -> {
            Thread other = new Thread(() -> seenElsewhere[0] = scope.current().orElse("nothing"));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });

        assertThat(seenElsewhere[0]).isEqualTo("nothing");
    }
}
