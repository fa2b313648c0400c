package org.puente.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BlockingTests {

    private static Set<Long> keys(Corpus corpus, PersonRecord r, Keys.Family family) {
        Set<Long> keys = new HashSet<>();
        Keys.of(corpus.profile(r, 0), corpus, (f, coarse, refined) -> {
            if (f == family) {
                keys.add(coarse);
            }
        });
        return keys;
    }

    private static Set<Long> refinedKeys(Corpus corpus, PersonRecord r, Keys.Family family) {
        Set<Long> keys = new HashSet<>();
        Keys.of(corpus.profile(r, 0), corpus, (f, coarse, refined) -> {
            if (f == family) {
                keys.add(refined);
            }
        });
        return keys;
    }

    @Test
    void narrowsACrowdedPlaceByTheGivenNameSoALoneGivenNameMeetsTheFullRecord() {
        Corpus corpus = new Corpus(List.of("birth_place"), List.of(PersonRecord.Attribute.Kind.TEXT));
        var lone = TestPeople.person("lone").givenNames("Walter").text("birth_place", "Lima").build();
        var full = TestPeople.person("full").givenNames("Walter").surnames("Attenborough", null)
                .birthDate("1950-11-27").text("birth_place", "Lima").build();
        assertThat(refinedKeys(corpus, lone, Keys.Family.ATTRIBUTE))
                .containsAnyElementsOf(refinedKeys(corpus, full, Keys.Family.ATTRIBUTE));
    }

    private static final PersonRecord ANA = TestPeople.person("ana").givenNames("Ana Lucía")
            .surnames("Ñaupari", "Colmenares").birthDate("1991-03-14").build();

    @Test
    void keysALoneNameInTheGivenNameFieldAsASurnameToo() {
        Corpus corpus = new Corpus(List.of(), List.of());
        var lone = TestPeople.person("lone").givenNames("Ñaupari").birthDate("1991-03-14").build();
        assertThat(keys(corpus, lone, Keys.Family.SURNAME_DATE))
                .containsAnyElementsOf(keys(corpus, ANA, Keys.Family.SURNAME_DATE));
    }

    @Test
    void meetsAMistypedGivenNameWithAnotherYearThroughSurnameAndInitial() {
        Corpus corpus = new Corpus(List.of(), List.of());
        var typo = TestPeople.person("typo").givenNames("Ama Lucia").surnames("Ñaupari", "Colmenares")
                .birthDate("1981-03-14").build();
        assertThat(keys(corpus, typo, Keys.Family.SURNAME_INITIAL))
                .containsAnyElementsOf(keys(corpus, ANA, Keys.Family.SURNAME_INITIAL));
    }

    @Test
    void meetsAChangedSurnameWithAnotherDayThroughGivenNameAndYear() {
        Corpus corpus = new Corpus(List.of(), List.of());
        var married = TestPeople.person("married").givenNames("Ana Lucía").surnames("Urdaneta", null)
                .birthDate("1991-03-04").build();
        assertThat(keys(corpus, married, Keys.Family.GIVEN_YEAR))
                .containsAnyElementsOf(keys(corpus, ANA, Keys.Family.GIVEN_YEAR));
    }
}
