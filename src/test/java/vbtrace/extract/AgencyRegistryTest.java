package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vbtrace.model.Agency;

class AgencyRegistryTest {
    @Test
    void sameBodyInOneProvinceDifferentBodyInAnother() {
        AgencyRegistry r = new AgencyRegistry();
        r.addDocument(List.of(new Agency("Sở Nội vụ", 2), new Agency("Ban Dân tộc", 3), new Agency("Bộ Tài chính", 1)), "tỉnh Lạng Sơn");
        r.addDocument(List.of(new Agency("Sở Nội vụ", 1), new Agency("Ban Dân tộc tỉnh", 1), new Agency("Bộ Tài chính", 2)), "tỉnh Lạng Sơn");
        r.addDocument(List.of(new Agency("Sở Nội vụ", 4), new Agency("Chi nhánh Ngân hàng Chính sách xã hội tỉnh Bắc Giang", 1)), "tỉnh Bắc Giang");

        AgencyRegistry.Entry ls = r.find("Sở Nội vụ", "tỉnh Lạng Sơn").orElseThrow();
        assertEquals(2, ls.documents());
        assertEquals(3, ls.mentions());
        assertEquals("Sở Nội vụ (tỉnh Lạng Sơn)", ls.label());
        AgencyRegistry.Entry bg = r.find("Sở Nội vụ", "tỉnh Bắc Giang").orElseThrow();
        assertNotEquals(ls.key(), bg.key());
        // "Ban Dân tộc" = "Ban Dân tộc tỉnh" within one province
        assertEquals(2, r.find("Ban Dân tộc", "tỉnh Lạng Sơn").orElseThrow().documents());
        // a central body is one entry for the country
        AgencyRegistry.Entry btc = r.find("Bộ Tài chính", "tỉnh Bắc Giang").orElseThrow();
        assertEquals(AgencyRegistry.CENTRAL, btc.jurisdiction());
        assertEquals(2, btc.documents());
        // a name with its place belongs there, whoever names it
        assertEquals("tỉnh Bắc Giang", r.find("Chi nhánh Ngân hàng Chính sách xã hội tỉnh Bắc Giang", "tỉnh Lạng Sơn").orElseThrow().jurisdiction());
    }

    @Test
    void provincialAndDistrictCommitteesStayApart() {
        AgencyRegistry r = new AgencyRegistry();
        assertNotEquals(r.key("Ủy ban nhân dân tỉnh", "tỉnh Lạng Sơn"), r.key("Ủy ban nhân dân huyện", "tỉnh Lạng Sơn"));
        assertEquals(r.key("Ủy ban nhân dân tỉnh", "tỉnh Lạng Sơn"), r.key("Ủy ban nhân dân tỉnh Lạng Sơn", null));
    }
}
