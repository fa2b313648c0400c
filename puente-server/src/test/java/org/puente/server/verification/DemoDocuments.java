package org.puente.server.verification;

/** The fixed demo documents every demo register holds (README), as verification requests. */
final class DemoDocuments {

    static final String ACTIVE_CPP = request("CPP", "100000001", "1992-03-14");
    static final String ACTIVE_CE = request("CE", "200000002", "1985-11-02");
    static final String EXPIRED_CPP = request("CPP", "100000003", "1990-07-21");
    static final String REVOKED_CE = request("CE", "200000004", "1979-01-30");
    static final String ASYLUM_SEEKER_CARD = request("ASYLUM_SEEKER_CARD", "300000005", "1996-09-09");
    static final String EXPIRED_PTP = request("PTP", "400000006", "1988-12-12");

    private DemoDocuments() {
    }

    static String request(String type, String number, String birthDate) {
        return """
                {"documentType": "%s", "documentNumber": "%s", "birthDate": "%s"}""".formatted(type, number, birthDate);
    }
}
