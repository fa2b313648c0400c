/**
 * Employers and the foreign-worker hiring limit of DL 689: the public check of a payroll (typed in
 * or uploaded as CSV), and the small-firm simulator with which policy analysts compare the current
 * 20 % / 30 % rule with alternatives. Both evaluate through the rules adapter
 * ({@link org.puente.server.rights.RuleDecisions}); nothing here stores a payroll.
 * Knows nothing about the register.
 */
package org.puente.server.employment;
