package org.puente.rules;

/**
 * The parameter set a decision used: its published version and the SHA-256 of its files. Store
 * both with a decision; {@link RuleBook#load(String)} brings the same set back to replay it.
 */
public record RuleSetVersion(String version, String contentHash) {
}
