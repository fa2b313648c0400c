package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.puente.server.common.InvalidInput;
import org.puente.server.common.Unavailable;

class PeopleSearchTests {

    private final PeopleSearch search = new PeopleSearch(null, new NameIndex(null, Clock.systemUTC()));

    @Test
    void answersThatNameSearchIsGettingReadyUntilTheIndexHasLoaded() {
        assertThatThrownBy(() -> search.byName(new NameQuery("maria quispe", null, null, 0, 20)))
                .isInstanceOfSatisfying(Unavailable.class, e -> {
                    assertThat(e.code()).isEqualTo("search.index.loading");
                    assertThat(e.retryAfterSeconds()).isPositive();
                });
    }

    @Test
    void checksTheQueryBeforeSayingItIsNotReady() {
        assertThatThrownBy(() -> search.byName(new NameQuery("  ", null, null, 0, 20)))
                .isInstanceOf(InvalidInput.class);
    }
}
