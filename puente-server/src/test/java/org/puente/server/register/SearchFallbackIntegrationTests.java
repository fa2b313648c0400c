package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Until the in-memory index has loaded, name search reads the database and finds the same people. */
@IntegrationTest
class SearchFallbackIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    PeopleSearch loaded;

    @Test
    void searchesTheDatabaseUntilTheIndexIsLoaded() {
        String surname = TestPeople.uniqueSurname("Ccorimanya");
        for (int i = 0; i < 3; i++) {
            Api.as(port, "registrar").post("/api/v1/people",
                    TestPeople.aColombianWithCe("José de la Cruz", surname, TestPeople.uniqueNumber()));
        }
        PeopleSearch fromDatabase = new PeopleSearch(people, new NameIndex(null, Clock.systemUTC()));
        String folded = Names.fold(surname);
        String typo = folded.substring(0, 3) + folded.charAt(4) + folded.charAt(3) + folded.substring(5);

        for (String name : new String[] {"jose cruz " + folded, typo, "jos " + folded.substring(0, folded.length() - 2)}) {
            var query = new NameQuery(name, null, null, 0, 2);
            var viaDatabase = fromDatabase.byName(query);
            var viaIndex = loaded.byName(query);
            assertThat(viaDatabase.people()).as(name).hasSize(2).isEqualTo(viaIndex.people());
            assertThat(viaDatabase.hasNext()).as(name).isTrue();
        }
    }
}
