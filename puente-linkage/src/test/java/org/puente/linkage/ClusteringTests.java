package org.puente.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ClusteringTests {

    private static Map<String, String> clusters(LinkageResult result) {
        return result.assignments().stream()
                .collect(Collectors.toMap(LinkageResult.Assignment::recordId, LinkageResult.Assignment::clusterId));
    }

    @Test
    void putsEveryRecordInAClusterAndDuplicatesTogether() {
        List<PersonRecord> records = TestPeople.register(300, 11);
        LinkageResult result = Linkage.deduplicate(records, LinkageConfig.defaults());
        Map<String, String> cluster = clusters(result);
        assertThat(cluster).hasSize(records.size());
        long together = records.stream().filter(r -> r.id().endsWith("-again"))
                .filter(r -> cluster.get(r.id()).equals(cluster.get(r.id().replace("-again", "")))).count();
        assertThat(together).isGreaterThanOrEqualTo(95);
        assertThat(result.clusterSizes().keySet()).allMatch(size -> size <= 2);
    }

    @Test
    void keepsPlaceholderDatesFromBlowingUpABlock() {
        List<PersonRecord> records = new ArrayList<>(TestPeople.register(300, 13));
        for (int i = 0; i < 400; i++) {
            records.add(TestPeople.person("unknown-date-" + i).givenNames(TestPeople.GIVEN[i % TestPeople.GIVEN.length])
                    .surnames(TestPeople.SURNAMES[i % 7], TestPeople.SURNAMES[(i / 7) % TestPeople.SURNAMES.length])
                    .birthDate("01/01/1900").document("CPP", "PER", String.valueOf(300_000_000 + i * 7919)).build());
        }
        LinkageConfig config = LinkageConfig.defaults().withBlockCap(50);
        LinkageResult result = Linkage.deduplicate(records, config);
        // 400 records share one date: compared in full that block alone is 79,800 pairs.
        assertThat(result.statistics().candidatePairs()).isLessThan(40_000);
        assertThat(result.clusterSizes().keySet()).allMatch(size -> size <= 2);
    }

    @Test
    void doesNotChainTwoPeopleWithDifferentDocumentsThroughOneRecord() {
        List<PersonRecord> records = new ArrayList<>(TestPeople.register(300, 17));
        // Two sisters with one CPP each, and a record without a document that resembles both.
        records.add(TestPeople.person("sister-1").givenNames("María José").surnames("Villalobos", "Zambrano")
                .birthDate("1990-04-12").document("CPP", "PER", "700100200").build());
        records.add(TestPeople.person("sister-2").givenNames("María").surnames("Villalobos", "Zambrano")
                .birthDate("1990-04-12").document("CPP", "PER", "700999888").build());
        records.add(TestPeople.person("bridge").givenNames("María").surnames("Villalobos", "Zambrano")
                .birthDate("1990-04-12").build());
        Map<String, String> cluster = clusters(Linkage.deduplicate(records, LinkageConfig.defaults()));
        assertThat(cluster.get("sister-1")).isNotEqualTo(cluster.get("sister-2"));
    }

    @Test
    void linksTwoFilesOneToOne() {
        List<PersonRecord> left = TestPeople.register(200, 19).stream().filter(r -> !r.id().endsWith("-again")).toList();
        List<PersonRecord> right = new ArrayList<>();
        for (PersonRecord r : left.subList(0, 100)) {
            right.add(new PersonRecord("r-" + r.id(), r.givenNames(), r.firstSurname(), r.secondSurname(), r.sex(),
                    r.birthDate(), r.nationality(), r.documents(), r.attributes()));
        }
        LinkageResult result = Linkage.link(left, right, LinkageConfig.defaults());
        assertThat(result.matches()).hasSize(100);
        assertThat(result.matches()).allMatch(m -> m.rightId().equals("r-" + m.leftId()));
    }
}
