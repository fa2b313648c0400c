/**
 * Document verification: relying parties and their API keys, the verification API and the public
 * verification page, digital seals, and the holder's view of who verified their document. Answers
 * carry only what the relying party's purpose needs (outcome, validity, initials, rights) and every
 * verification is recorded in a group-committed, hash-chained log beside the audit log. Reads the
 * register through its facade only; knows nothing of cases or statistics.
 */
package org.puente.server.verification;
