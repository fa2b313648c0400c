package org.puente.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NormalisationTests {

    @Test
    void dropsAccentsAndCaseButKeepsEnye() {
        assertThat(Text.words("NÚÑEZ Vásquez")).containsExactly("nuñez", "vasquez");
    }

    @Test
    void attachesParticlesToTheWordThatFollows() {
        assertThat(Text.surnames("de la Cruz", "del Castillo").own()).containsExactly("delacruz", "delcastillo");
        assertThat(Text.givenNames("María del Carmen")).containsExactly("maria", "delcarmen");
    }

    @Test
    void setsAsideTheHusbandsSurnameOfAMarriedForm() {
        Text.Surnames married = Text.surnames("García", "de López");
        assertThat(married.own()).containsExactly("garcia");
        assertThat(married.married()).containsExactly("lopez");
        assertThat(Text.surnames("Pérez vda. de Ruiz", null).married()).containsExactly("ruiz");
        assertThat(Text.surnames("García", "de la Cruz").married()).isEmpty();
    }

    @Test
    void dropsTitlesAndOrdinalsFromNamesButKeepsALoneTitle() {
        assertThat(Text.givenNames("Sr. Juan Carlos")).containsExactly("juan", "carlos");
        assertThat(Text.givenNames("Dña. María")).containsExactly("maria");
        assertThat(Text.givenNames("Sir")).containsExactly("sir");
        assertThat(Text.surnames("Quispe 2do", null).own()).containsExactly("quispe");
        assertThat(Text.givenNames("Thomas 1st")).containsExactly("thomas");
    }

    @Test
    void readsAGivenNameInAnotherLanguageOrADiminutiveAsTheSameName() {
        Corpus corpus = new Corpus(List.of(), List.of());
        Comparisons comparisons = new Comparisons(corpus, false);
        for (List<String> same : List.of(List.of("John", "Juan"), List.of("Ian", "John"), List.of("Guillaume", "William"),
                List.of("Artie", "Arthur"), List.of("Elizabeth", "Isabel"))) {
            Profile a = corpus.profile(TestPeople.person("a").givenNames(same.get(0)).surnames("Pérez", null).build(), 0);
            Profile b = corpus.profile(TestPeople.person("b").givenNames(same.get(1)).surnames("Pérez", null).build(), 0);
            assertThat(comparisons.givenLevel(a.given, b.given)).as(same.toString()).isEqualTo(Comparisons.G_ALIAS);
        }
        Profile james = corpus.profile(TestPeople.person("j").givenNames("James").build(), 0);
        Profile jacob = corpus.profile(TestPeople.person("k").givenNames("Jacob").build(), 0);
        assertThat(comparisons.givenLevel(james.given, jacob.given)).isNotEqualTo(Comparisons.G_ALIAS);
    }

    @Test
    void seesCodesOfOneAreaAndPlacesWithAWordInCommon() {
        assertThat(Comparisons.sameLeadingHalf("tq138df", "tq138jr")).isTrue();
        assertThat(Comparisons.sameLeadingHalf("150101", "150132")).isTrue();
        assertThat(Comparisons.sameLeadingHalf("150101", "230101")).isFalse();
        assertThat(Comparisons.shareAWord("chew magna", "chew stoke")).isTrue();
        assertThat(Comparisons.shareAWord("av arequipa 1250", "arequipa 1250 dpto 3")).isTrue();
        assertThat(Comparisons.shareAWord("isle of wight", "city of york")).isFalse();
        assertThat(Comparisons.shareAWord("lima", "limatambo")).isFalse();
    }

    @Test
    void splitsBothSurnamesTypedInOneField() {
        assertThat(Text.surnames("Quispe Mamani", null).own()).containsExactly("quispe", "mamani");
    }

    @Test
    void givesTheSameSpanishPhoneticKeyToNamesThatSoundAlike() {
        for (List<String> same : List.of(List.of("vasquez", "basquez", "vazquez", "bazques"),
                List.of("jhonatan", "jonatan", "yonatan".replace('y', 'j')), List.of("yolanda", "llolanda"),
                List.of("geraldine", "jeraldine"), List.of("quispe", "kispe"), List.of("herrera", "errera"),
                List.of("cesar", "sesar", "zesar"))) {
            assertThat(same.stream().map(SpanishPhonetic::key).distinct()).as(same.toString()).hasSize(1);
        }
        assertThat(SpanishPhonetic.key("rosa")).isNotEqualTo(SpanishPhonetic.key("rosi"));
    }

    @Test
    void readsDocumentNumbersWithPrefixesSeparatorsAndLeadingZeros() {
        String cedula = DocumentNumbers.kind("FOREIGN_ID_CARD", null, "VEN");
        assertThat(DocumentNumbers.normalise(cedula, "V-14.652.378")).isEqualTo("14652378");
        assertThat(DocumentNumbers.normalise(cedula, "v 14652378")).isEqualTo("14652378");
        assertThat(DocumentNumbers.normalise(DocumentNumbers.kind("CPP", null, "VEN"), "000723 456")).isEqualTo("723456");
        assertThat(DocumentNumbers.normalise(cedula, "00000000")).isNull();
        assertThat(DocumentNumbers.normalise(cedula, "123456789")).isNull();
        assertThat(DocumentNumbers.kind("cédula", null, "COL")).isEqualTo("FOREIGN_ID_CARD/COL");
    }

    @Test
    void readsBirthDatesInTheFormsClerksType() {
        assertThat(BirthDates.parse("1990-05-31")).isEqualTo(19900531);
        assertThat(BirthDates.parse("31/05/1990")).isEqualTo(19900531);
        assertThat(BirthDates.parse("05/31/1990")).isEqualTo(19900531);
        assertThat(BirthDates.parse("19900531")).isEqualTo(19900531);
        assertThat(BirthDates.parse("31-5-90")).isEqualTo(19900531);
        assertThat(BirthDates.parse("no sabe")).isEqualTo(BirthDates.MISSING);
    }

    @Test
    void computesJaroWinklerAsCommonsTextDoes() {
        var reference = new org.apache.commons.text.similarity.JaroWinklerSimilarity();
        for (String[] p : new String[][] {{"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"},
                {"quispe", "quispe"}, {"gonzalez", "gonzales"}, {"a", "b"}, {"jhonatan", "jonathan"}}) {
            assertThat(Similarity.jaroWinkler(p[0], p[1])).as(p[0] + "/" + p[1])
                    .isCloseTo(reference.apply(p[0], p[1]), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void tellsNumbersOneKeystrokeApart() {
        assertThat(Similarity.withinOneEdit("12345678", "12345687")).isTrue();
        assertThat(Similarity.withinOneEdit("12345678", "12845678")).isTrue();
        assertThat(Similarity.withinOneEdit("12345678", "1234578")).isTrue();
        assertThat(Similarity.withinOneEdit("12345678", "12354687")).isFalse();
    }
}
