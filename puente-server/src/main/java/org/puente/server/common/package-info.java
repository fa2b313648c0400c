/**
 * Small types every module shares: identifiers, and the errors that reach a user
 * ({@link org.puente.server.common.InvalidInput}, {@link org.puente.server.common.NotFound},
 * {@link org.puente.server.common.Conflict}). Knows no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.puente.server.common;
