/**
 * Peru's rules as code at the edge: {@link org.puente.server.rights.RuleDecisions} is the server's
 * one adapter over {@code puente-rules}; this module serves it as the public decisions API
 * ({@code /api/v1/decisions/…}) and the public pages that tell migrants what their document
 * entitles them to and whether a returning Peruvian qualifies for Ley 30001. Needs no sign-in and
 * stores nothing: an answer is a pure function of the facts sent. Knows nothing about the register.
 */
package org.puente.server.rights;
