package org.puente.server.register;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a search result. */
public record PersonSummary(UUID id, PersonKey key, String givenNames, String firstSurname, String secondSurname,
                            Sex sex, LocalDate birthDate, String nationality) {

    public String fullName() {
        return givenNames + " " + firstSurname + (secondSurname == null ? "" : " " + secondSurname);
    }
}
