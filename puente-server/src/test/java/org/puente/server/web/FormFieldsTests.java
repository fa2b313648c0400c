package org.puente.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.server.common.InvalidInput;

class FormFieldsTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "1500        | 1500",
            "1500.50     | 1500.50",
            "1500,50     | 1500.50",
            "1,500.50    | 1500.50",
            "1.500,50    | 1500.50",
            "1,500       | 1500",
            "1 500       | 1500",
            "S/ 2000     | 2000"})
    void readsAmountsAsPeopleTypeThem(String typed, String expected) {
        var problems = new InvalidInput.Collector();

        assertThat(FormFields.amount(typed, "pay", problems)).isEqualByComparingTo(expected);
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"a lot", "12..5", "--3"})
    void namesTheFieldOfAnAmountItCannotRead(String typed) {
        var problems = new InvalidInput.Collector();

        assertThat(FormFields.amount(typed, "workers[1].monthlyPay", problems)).isNull();
        assertThat(problems.has("workers[1].monthlyPay")).isTrue();
    }
}
