package org.puente.server.register;

/** How to reach a person, and where in Peru they live (UBIGEO district code and street address). */
public record Contact(String phone, String email, String ubigeo, String addressLine) {

    public static final Contact NONE = new Contact(null, null, null, null);
}
