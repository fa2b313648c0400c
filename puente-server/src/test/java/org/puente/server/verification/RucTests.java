package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.puente.server.common.InvalidInput;

class RucTests {

    @Test
    void acceptsRucsWithTheirModulo11CheckDigit() {
        // Published RUCs of Peruvian public bodies.
        assertThat(Ruc.isValid("20131312955")).isTrue(); // SUNAT
        assertThat(Ruc.isValid("20100047218")).isTrue(); // Banco de Crédito del Perú
        assertThat(new Ruc(Ruc.complete("1046789012")).value()).startsWith("1046789012");
    }

    @Test
    void refusesAWrongCheckDigitAWrongPrefixOrLength() {
        assertThat(Ruc.isValid("20131312956")).isFalse();
        assertThat(Ruc.isValid("30131312955")).isFalse();
        assertThat(Ruc.isValid("2013131295")).isFalse();
        assertThat(Ruc.isValid("2013131295a")).isFalse();
        assertThatThrownBy(() -> new Ruc("20131312956")).isInstanceOf(InvalidInput.class);
    }
}
