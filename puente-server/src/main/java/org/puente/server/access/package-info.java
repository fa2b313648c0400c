/**
 * Staff accounts, agencies, roles and sign-in: who may do what, and on behalf of which agency.
 * Publishes {@link org.puente.server.access.Staff} (the signed-in actor) and
 * {@link org.puente.server.access.Permissions}, and {@link org.puente.server.access.SignedIn} for
 * the layout. Owns the sign-in page and the administrators' account pages. Knows nothing about
 * people or documents.
 */
package org.puente.server.access;
