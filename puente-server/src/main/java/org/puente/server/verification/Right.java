package org.puente.server.verification;

/** The rights a document may give its holder, as the rules' rights summary names them. */
enum Right {
    WORK_EMPLOYEE, WORK_SELF_EMPLOYED, HEALTH_SIS, BANK_ACCOUNT, EDUCATION, PUBLIC_PROCEDURES;

    public String messageKey() {
        return "verification.right." + name();
    }
}
