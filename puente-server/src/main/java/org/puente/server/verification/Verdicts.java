package org.puente.server.verification;

/**
 * The one-line verdict a page shows above the rights: "Documento válido, puede trabajar", and the
 * like. A message key; the pages render it with the validity date.
 */
final class Verdicts {

    private Verdicts() {
    }

    static String of(Verification v) {
        return switch (v.outcome()) {
            case NO_MATCH -> "pages.verdict.noMatch";
            case EXPIRED -> "pages.verdict.expired";
            case REVOKED -> "pages.verdict.revoked";
            case VALID -> v.rights().stream().filter(r -> r.right() == Right.WORK_EMPLOYEE).findFirst()
                    .map(r -> switch (r.status()) {
                        case ALLOWED -> "pages.verdict.validWork";
                        case DEPENDS -> "pages.verdict.validWorkDepends";
                        case NOT_ALLOWED -> "pages.verdict.validNoWork";
                    }).orElse("pages.verdict.valid");
        };
    }
}
