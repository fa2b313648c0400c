package org.puente.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkIndexTests {

    static LinkIndex index;
    static List<PersonRecord> register;

    @BeforeAll
    static void buildRegister() {
        register = new ArrayList<>(TestPeople.register(400, 7));
        register.add(TestPeople.person("ana").givenNames("Ana Lucía").surnames("Ñaupari", "Colmenares")
                .birthDate("1991-03-14").document("FOREIGN_ID_CARD", "VEN", "V-14.555.321").build());
        register.add(TestPeople.person("twin-a").givenNames("Milagros").surnames("Urdaneta", "Briceño")
                .birthDate("1995-07-02").document("CPP", "PER", "554433221").build());
        register.add(TestPeople.person("twin-b").givenNames("Yessenia").surnames("Urdaneta", "Briceño")
                .birthDate("1995-07-02").document("CPP", "PER", "554433298").build());
        index = LinkIndex.build(register, LinkageConfig.defaults());
    }

    private static Optional<Candidate> best(PersonRecord query) {
        return index.candidates(query).stream().findFirst();
    }

    @Test
    void matchesSurnamesWrittenWithoutAccents() {
        var query = TestPeople.person("q1").givenNames("ANA LUCIA").surnames("NAUPARI", "COLMENARES")
                .birthDate("14/03/1991").build();
        assertThat(best(query)).hasValueSatisfying(c -> {
            assertThat(c.recordId()).isEqualTo("ana");
            assertThat(c.match()).isTrue();
        });
    }

    @Test
    void matchesAVenezuelanCedulaWithOrWithoutItsPrefix() {
        var query = TestPeople.person("q2").givenNames("Ana").surnames("Ñaupari", null).birthDate("1991-03-14")
                .document("CEDULA", "VEN", "14555321").build();
        Candidate c = best(query).orElseThrow();
        assertThat(c.recordId()).isEqualTo("ana");
        assertThat(c.explanation().fields()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("documents");
            assertThat(f.level()).isEqualTo("same number");
        });
    }

    @Test
    void matchesGivenNamesAndSurnamesEnteredTheWrongWayRound() {
        var query = TestPeople.person("q3").givenNames("Ñaupari Colmenares").surnames("Ana Lucía", null)
                .birthDate("1991-03-14").build();
        Candidate c = best(query).orElseThrow();
        assertThat(c.recordId()).isEqualTo("ana");
        assertThat(c.explanation().namesSwapped()).as(c.explanation().describe()).isTrue();
        assertThat(c.match()).as(c.explanation().describe()).isTrue();
    }

    @Test
    void readsALoneNameTypedAsAGivenNameAsTheSurnameItIs() {
        // Only "Ñaupari" was taken down, in the given-name field.
        var query = TestPeople.person("q7").givenNames("Ñaupari").birthDate("1991-03-14")
                .document("FOREIGN_ID_CARD", "VEN", "V-14.555.321").build();
        Candidate c = best(query).orElseThrow();
        assertThat(c.recordId()).isEqualTo("ana");
        assertThat(c.explanation().namesSwapped()).isTrue();
        assertThat(c.explanation().fields()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("surnames");
            assertThat(f.level()).isEqualTo("one surname missing or married form");
            assertThat(f.weight()).isPositive();
        });
        assertThat(c.explanation().fields().get(0).level()).isEqualTo("missing");
    }

    @Test
    void matchesADateWithDayAndMonthSwapped() {
        var query = TestPeople.person("q4").givenNames("Ana Lucia").surnames("Naupari", "Colmenares")
                .birthDate("1991-14-03").build();
        Candidate c = best(query).orElseThrow();
        assertThat(c.recordId()).isEqualTo("ana");
        assertThat(c.explanation().fields()).anySatisfy(f -> assertThat(f.level()).isEqualTo("day and month swapped"));
    }

    @Test
    void matchesANicknameToTheNameOnTheDocument() {
        PersonRecord jose = register.stream().filter(r -> "José".equals(r.givenNames())).findFirst().orElseThrow();
        var query = PersonRecord.builder("q5").givenNames("Pepe").surnames(jose.firstSurname(), jose.secondSurname())
                .birthDate(jose.birthDate()).sex(jose.sex()).nationality("VEN").build();
        Candidate c = best(query).orElseThrow();
        assertThat(c.recordId()).startsWith(jose.id()); // the person, or their second registration
        assertThat(c.explanation().fields().get(0).level()).startsWith("nickname");
    }

    @Test
    void doesNotMatchTwinsWithDifferentGivenNames() {
        PersonRecord twinA = register.stream().filter(r -> r.id().equals("twin-a")).findFirst().orElseThrow();
        assertThat(index.candidates(twinA)).noneSatisfy(c -> {
            assertThat(c.recordId()).isEqualTo("twin-b");
            assertThat(c.match()).isTrue();
        });
    }

    @Test
    void explainsEveryFieldOfACandidateAndAddsUpToTheTotal() {
        var query = TestPeople.person("q6").givenNames("Ana Lucía").surnames("Ñaupari", "Colmenares")
                .birthDate("1991-03-14").build();
        Explanation e = best(query).orElseThrow().explanation();
        assertThat(e.fields()).extracting(FieldEvidence::field)
                .containsExactly("given names", "surnames", "birth date", "documents", "sex", "nationality");
        double sum = e.prior() + e.fields().stream().mapToDouble(FieldEvidence::weight).sum();
        assertThat(e.total()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.1));
        assertThat(e.describe()).contains("surnames exact").doesNotContain("Ñaupari");
    }

    @Test
    void givesTheSameAnswersIncrementallyAsInBatch() {
        LinkageResult batch = Linkage.deduplicate(register, LinkageConfig.defaults());
        Map<String, String> cluster = batch.assignments().stream()
                .collect(Collectors.toMap(LinkageResult.Assignment::recordId, LinkageResult.Assignment::clusterId));
        for (PersonRecord r : register.subList(0, 60)) {
            for (Candidate c : index.candidates(r)) {
                if (c.match()) {
                    assertThat(cluster.get(c.recordId())).as(r.id() + " and " + c.recordId())
                            .isEqualTo(cluster.get(r.id()));
                }
            }
        }
        long linked = batch.matches().size();
        long incremental = register.stream().mapToLong(r -> index.candidates(r).stream().filter(Candidate::match).count())
                .sum() / 2;
        assertThat(incremental).isEqualTo(linked);
    }

    @Test
    void listsForReviewThePairsEachRecordGetsAsCandidates() {
        LinkIndex fresh = LinkIndex.build(register, LinkageConfig.defaults());
        List<Match> pairs = fresh.pairs(0.5, Progress.none());
        assertThat(pairs).isNotEmpty().allSatisfy(m -> assertThat(m.probability()).isGreaterThanOrEqualTo(0.5));
        assertThat(pairs).extracting(Match::weight).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Map<String, Double> fromPairs = new java.util.HashMap<>();
        pairs.forEach(m -> fromPairs.put(m.leftId() + "|" + m.rightId(), m.weight()));
        // Scores are taken in input order (name similarity is not symmetric): from the earlier record's side.
        List<String> ids = register.stream().map(PersonRecord::id).toList();
        Map<String, Double> fromCandidates = new java.util.HashMap<>();
        for (PersonRecord r : register) {
            for (Candidate c : fresh.candidates(r)) {
                if (c.probability() >= 0.5 && ids.indexOf(r.id()) < ids.indexOf(c.recordId())) {
                    fromCandidates.put(r.id() + "|" + c.recordId(), c.weight());
                }
            }
        }
        assertThat(fromPairs).isEqualTo(fromCandidates);
        assertThat(fresh.contains("ana")).isTrue();
        assertThat(fresh.contains("nobody")).isFalse();
    }

    @Test
    void findsANewRecordAfterItIsAdded() {
        LinkIndex small = LinkIndex.build(TestPeople.register(200, 3), LinkageConfig.defaults());
        var newcomer = TestPeople.person("new").givenNames("Gladys").surnames("Ocampo", "Herrera")
                .birthDate("1988-10-09").document("PASSPORT", "VEN", "C1234567").build();
        var again = TestPeople.person("new-again").givenNames("Gladis").surnames("Ocampo", null)
                .birthDate("09/10/1988").document("PASSPORT", "VEN", "C1234567").build();
        assertThat(small.candidates(again)).noneMatch(c -> c.recordId().equals("new"));
        small.add(newcomer);
        assertThat(small.candidates(again)).first().satisfies(c -> {
            assertThat(c.recordId()).isEqualTo("new");
            assertThat(c.match()).isTrue();
        });
    }

    @Test
    void learnsFromARegistrarsDecisions() {
        LinkIndex small = LinkIndex.build(TestPeople.register(200, 5), LinkageConfig.defaults());
        double before = small.model().weights[0][Comparisons.G_SUBSET];
        List<LabelledPair> labels = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            labels.add(new LabelledPair(TestPeople.person("a" + i).givenNames("Yessenia").surnames("Rojas", null).build(),
                    TestPeople.person("b" + i).givenNames("Yesenia Karina").surnames("Rojas", null).build(), true));
        }
        assertThat(small.learn(labels)).isEqualTo(30);
        // "Yessenia" / "Yesenia Karina": one given name missing; thirty such matches make that level stronger.
        assertThat(small.model().weights[0][Comparisons.G_SUBSET]).isGreaterThan(before + 0.5);
    }
}
