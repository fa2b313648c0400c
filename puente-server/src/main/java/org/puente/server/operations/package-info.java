/**
 * Operating Puente: backups of the embedded database and their restore. PostgreSQL is backed up
 * with its own tools (see docs/operations.md). Knows no business module.
 */
package org.puente.server.operations;
