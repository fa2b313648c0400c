package org.puente.server.register;

/** A name search, with optional filters, one page at a time. */
public record NameQuery(String name, String nationality, Integer birthYear, int page, int pageSize) {
}
