package org.puente.server.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A registered person, names as written. */
public record Person(UUID id, PersonKey key, String givenNames, String firstSurname, String secondSurname, Sex sex,
                     LocalDate birthDate, String nationality, Contact contact, Instant createdAt, Instant updatedAt,
                     long version) {

    public String fullName() {
        return givenNames + " " + firstSurname + (secondSurname == null ? "" : " " + secondSurname);
    }
}
