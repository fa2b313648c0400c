/**
 * Staff accounts, agencies, roles and sign-in: who may do what, and on behalf of which agency.
 * Publishes {@link org.puente.server.access.Staff} (the signed-in actor) and
 * {@link org.puente.server.access.Permissions}. Knows nothing about people or documents.
 */
package org.puente.server.access;
