package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvFieldsTests {

    private static List<String> byTheParser(String line) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords().getFirst().toList();
    }

    @Test
    void splitsUnquotedLinesExactlyAsTheCsvParserDoes() throws Exception {
        for (String line : new String[] {"a,b,c\n", "a,,c\r\n", ",\n", "José,Ñaupari, de la Cruz ,\n", "solo",
                "x,y\r", "1992-03-14,VEN,CPP,100000001\n"}) {
            assertThat(CsvImport.fields(line)).as(line).isEqualTo(byTheParser(line));
        }
    }

    @Test
    void leavesQuotedLinesAndStrayCarriageReturnsToTheParser() throws Exception {
        for (String line : new String[] {"\"García, María\",b\n", "a,\"dijo \"\"hola\"\"\",c\r\n"}) {
            assertThat(CsvImport.fields(line)).as(line).isEqualTo(byTheParser(line));
        }
        assertThatThrownBy(() -> CsvImport.fields("a\rb,c\n")).isInstanceOf(IllegalStateException.class);
    }
}
