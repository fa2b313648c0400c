package org.puente.server.register;

import java.time.LocalDate;

/** A person to register, with a first document. {@code sourceRecordId} identifies an imported row. */
public record NewPerson(String givenNames, String firstSurname, String secondSurname, Sex sex, LocalDate birthDate,
                        String nationality, Contact contact, NewDocument document, String sourceRecordId) {
}
