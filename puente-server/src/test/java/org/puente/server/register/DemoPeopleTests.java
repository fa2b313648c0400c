package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.puente.server.common.InvalidInput;

class DemoPeopleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(new DemoPeople(7, TODAY).person(123)).isEqualTo(new DemoPeople(7, TODAY).person(123));
        assertThat(new DemoPeople(7, TODAY).person(123)).isNotEqualTo(new DemoPeople(8, TODAY).person(123));
    }

    @Test
    void everyGeneratedPersonPassesTheRegisterRulesWithAUniqueDocumentNumber() {
        DemoPeople people = new DemoPeople(42, TODAY);
        Set<String> numbers = new HashSet<>();
        int venezuelans = 0;
        int lima = 0;
        for (int n = 0; n < 20_000; n++) {
            BulkDraft d = people.person(n);
            var problems = new InvalidInput.Collector();
            RegisterRules.checkPerson(d.person(), TODAY, problems);
            assertThat(problems.problems()).as("person %d", n).isEmpty();
            assertThat(numbers.add(d.person().document().number())).isTrue();
            venezuelans += d.person().nationality().equals("VEN") ? 1 : 0;
            lima += d.person().contact().ubigeo().startsWith("15") ? 1 : 0;
        }
        assertThat(venezuelans / 20_000.0).isBetween(0.93, 0.955);
        assertThat(lima / 20_000.0).isBetween(0.67, 0.695);
        assertThat(numbers).doesNotContain("100000001", "200000002", "100000003", "200000004", "300000005", "400000006");
    }

    @Test
    void theFixedSetPassesTheRegisterRules() {
        for (BulkDraft d : DemoPeople.fixedSet(TODAY)) {
            var problems = new InvalidInput.Collector();
            RegisterRules.checkPerson(d.person(), TODAY, problems);
            assertThat(problems.problems()).isEmpty();
        }
    }
}
