/**
 * What every page and API answer shares: the language (Spanish by default, English on request),
 * the layout, error pages and RFC 9457 problem+json answers. Knows no business module beyond the
 * shared errors in {@code common}.
 */
package org.puente.server.web;
