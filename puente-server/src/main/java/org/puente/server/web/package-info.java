/**
 * What every page and API answer shares: the language (Spanish by default, English on request),
 * the layout, error pages and RFC 9457 problem+json answers. Page controllers live in the module
 * that owns their capability and carry {@link org.puente.server.web.StaffPage}, so their errors
 * become pages; forms show problems through {@link org.puente.server.web.FormErrors}. Knows no
 * business module beyond the shared errors in {@code common}.
 */
package org.puente.server.web;
