package org.puente.server.register;

import java.time.LocalDate;

/** New values for a person's data; a null field stays as it is. */
public record PersonChanges(String givenNames, String firstSurname, String secondSurname, Sex sex,
                            LocalDate birthDate, String nationality, String phone, String email, String ubigeo,
                            String addressLine) {
}
