package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.common.Ids;

class NameIndexTests {

    final NameIndex index = new NameIndex(null, Clock.systemUTC());

    UUID put(String names, String nationality, int birthYear) {
        UUID id = Ids.next();
        index.putAll(List.of(new NameIndex.Entry(id, Names.tokens(names), nationality, LocalDate.of(birthYear, 5, 1))));
        return id;
    }

    @Test
    void findsPeopleWhoseNamesMatchEveryWordNewestFirst() {
        UUID older = put("María José González Pérez", "VEN", 1990);
        UUID newer = put("María Fernanda González Rojas", "VEN", 1991);
        put("José Pérez Quispe", "PER", 1990);

        assertThat(index.search(List.of(Set.of("maria"), Set.of("gonzalez")), null, null, 0, 10))
                .containsExactly(newer, older);
    }

    @Test
    void filtersByNationalityAndBirthYearAndPages() {
        UUID first = put("Ana Díaz", "VEN", 1990);
        UUID second = put("Ana Díaz", "COL", 1990);
        UUID third = put("Ana Díaz", "VEN", 1985);

        assertThat(index.search(List.of(Set.of("ana")), "VEN", null, 0, 10)).containsExactly(third, first);
        assertThat(index.search(List.of(Set.of("ana")), null, 1990, 0, 10)).containsExactly(second, first);
        assertThat(index.search(List.of(Set.of("ana")), null, null, 1, 1)).containsExactly(second);
    }

    @Test
    void aCorrectionReplacesThePersonsOldTokens() {
        UUID id = put("Rosa Quispe", "BOL", 1994);

        index.putAll(List.of(new NameIndex.Entry(id, Names.tokens("Rosa Mamani"), "BOL", LocalDate.of(1994, 1, 1))));

        assertThat(index.search(List.of(Set.of("quispe")), null, null, 0, 10)).isEmpty();
        assertThat(index.search(List.of(Set.of("mamani")), null, null, 0, 10)).containsExactly(id);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void knowsRegisteredSpellingsAndTokensByPrefix() {
        put("Mariana Marquez", "VEN", 1990);
        put("Mario Martínez", "VEN", 1990);

        assertThat(index.known(Set.of("mario", "marioo"), null, 10)).containsExactly("mario");
        assertThat(index.known(Set.of(), "mar", 10)).containsExactlyInAnyOrder("mariana", "mario", "marquez", "martinez");
        assertThat(index.known(Set.of(), "mar", 2)).hasSize(2);
    }
}
