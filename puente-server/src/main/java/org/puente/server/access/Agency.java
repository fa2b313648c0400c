package org.puente.server.access;

/** A public body whose staff use Puente. */
public record Agency(String code, String name, boolean registerAuthority) {
}
