package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    DemoData demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsTheFixedSetOnceWithTheRevocationInTheDocumentsHistory() {
        demo.addFixedSet();
        assertThat(demo.addFixedSet()).isZero();

        assertThat(demo.hasDemoData()).isTrue();
        String revoked = jdbc.sql("""
                select e.reason from document_event e join identity_document d on d.id = e.document_id
                where d.doc_type = 'CE' and d.number = '200000004' and e.kind = 'REVOKED'
                """).query(String.class).single();
        assertThat(revoked).startsWith("Cancelación de la calidad migratoria");
        assertThat(jdbc.sql("""
                select m.category from migration_status m join identity_document d on d.person_id = m.person_id
                where d.number = '300000005'""").query(String.class).single()).isEqualTo("SOLICITANTE_DE_REFUGIO");
    }

    @Test
    void generatingTheSameSeedTwiceAddsNothingTheSecondTime() {
        assertThat(demo.addGenerated(2_500, 977, n -> { })).isEqualTo(2_500);
        assertThat(demo.addGenerated(2_500, 977, n -> { })).isZero();
        assertThat(jdbc.sql("select count(*) from person where source_record_id like 'demo-977-%'")
                .query(Long.class).single()).isEqualTo(2_500);
    }
}
