package org.puente.server.access;

/** Who is acting: a signed-in staff member, or a named system task (import, demo data). */
public record Staff(String username, Role role, String agency) {

    public static Staff system(String task) {
        return new Staff("system:" + task, Role.ADMINISTRATOR, "PUENTE");
    }
}
