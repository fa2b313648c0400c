/**
 * Append-only, hash-chained record of who saw or changed which person's record, and why.
 * Other modules call {@link org.puente.server.audit.AuditLog#record} inside their own
 * transaction, so an entry commits with the change it describes. Knows nothing of the register's
 * tables: it stores person ids only. Owns the auditors' page, whose searches are audited too.
 */
package org.puente.server.audit;
