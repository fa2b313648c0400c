/**
 * The Register of Migrants: people, their identity documents and migration statuses (calidades
 * migratorias); registration, correction, search, bulk import and demo data. Every look at or
 * change of a person's record is written to the audit log in the same transaction.
 * Knows nothing about cases, verification or statistics.
 */
package org.puente.server.register;
