package vbtrace.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    @Test
    void sixtyThreeProvincesBeforeTheMergerAndThirtyFourAfter() {
        assertEquals(63, g.provinces(LocalDate.of(2025, 6, 30)).size());
        assertEquals(63, g.provinces(LocalDate.of(2020, 1, 1)).size());
        assertEquals(34, g.provinces(LocalDate.of(2025, 7, 1)).size());
        long cities = g.provinces(LocalDate.of(2025, 7, 1)).stream().filter(u -> u.kind().equals("thành phố")).count();
        assertEquals(6, cities);
    }

    @Test
    void everyOldProvinceEndsInACurrentOne() {
        for (AdminUnit p : g.provinces(LocalDate.of(2025, 6, 30))) {
            AdminUnit now = g.current(p).orElseThrow(() -> new AssertionError(p));
            assertTrue(g.provinces(LocalDate.of(2025, 7, 1)).contains(now), p + " -> " + now);
        }
        int merged = 0;
        for (AdminUnit p : g.provinces(LocalDate.of(2025, 7, 1))) merged += Math.max(1, g.predecessors(p).size());
        assertEquals(63, merged);
    }

    @Test
    void provincesResolveBeforeAndAfterTheMerger() {
        AdminUnit old = g.province("Lào Cai", 2022).orElseThrow();
        assertEquals(2025, old.validTo());
        AdminUnit merged = g.province("tỉnh Lào Cai", 2026).orElseThrow();
        assertEquals(2025, merged.validFrom());
        assertEquals(null, merged.validTo());
        assertEquals(merged, g.successor(old).orElseThrow());
        assertEquals(merged, g.successor(g.province("Yên Bái", 2024).orElseThrow()).orElseThrow());
        assertEquals(Set.of("Lào Cai", "Yên Bái"), Set.copyOf(g.predecessors(merged).stream().map(AdminUnit::name).toList()));
        assertEquals(merged, g.province("Lào Cai", LocalDate.of(2025, 7, 1)).orElseThrow());
        assertEquals(old, g.province("Lào Cai", LocalDate.of(2025, 6, 30)).orElseThrow());

        AdminUnit bacGiang = g.province("Bắc Giang", 2015).orElseThrow();
        assertEquals("tỉnh Bắc Giang", g.jurisdiction(bacGiang));
        assertEquals("Bắc Ninh", g.successor(bacGiang).orElseThrow().name());
        // A name no longer in use still finds the unit that bore it: documents cite it.
        assertEquals(bacGiang, g.province("Bắc Giang", 2026).orElseThrow());
        assertTrue(g.find("Bắc Giang", 2026).stream().noneMatch(AdminUnit::isProvince));

        AdminUnit langSon = g.province("Lạng Sơn", 2020).orElseThrow();
        assertEquals(langSon, g.province("Lạng Sơn", 2026).orElseThrow());
        assertTrue(g.successor(langSon).isEmpty());
        assertEquals("tỉnh Lạng Sơn", g.jurisdiction(langSon));
    }

    @Test
    void hueBecameACentrallyRunCityIn2025() {
        AdminUnit tth = g.province("Thừa Thiên Huế", 2024).orElseThrow();
        AdminUnit hue = g.successor(tth).orElseThrow();
        assertEquals("thành phố Huế", g.jurisdiction(hue));
        assertEquals(hue, g.province("thành phố Huế", 2026).orElseThrow());
        assertEquals(tth, g.province("Thừa Thiên - Huế", 2020).orElseThrow());
    }

    @Test
    void phrasesAsDocumentsWriteThem() {
        assertEquals("thành phố Hồ Chí Minh", g.jurisdiction(g.lookup("TP. Hồ Chí Minh", 2024).get(0)));
        assertEquals("thành phố Hồ Chí Minh", g.jurisdiction(g.lookup("Tp.HCM", 2024).get(0)));
        assertEquals("thành phố Hồ Chí Minh", g.jurisdiction(g.lookup("TPHCM", 2024).get(0)));
        assertEquals("thành phố Hà Nội", g.jurisdiction(g.lookup("thành phố Hà Nội", 2020).get(0)));
        assertEquals("tỉnh Lạng Sơn", g.jurisdiction(g.lookup("tỉnh Lạng Sơn", 2020).get(0)));
        assertEquals("tỉnh Lào Cai", g.jurisdiction(g.lookup("Tỉnh uỷ Lào Cai", 2020).get(0)));
        assertEquals("tỉnh Lào Cai", g.jurisdiction(g.lookup("TỈNH ỦY LÀO CAI", 2020).get(0)));
        assertEquals("tỉnh Bà Rịa - Vũng Tàu", g.jurisdiction(g.lookup("tỉnh Bà Rịa – Vũng Tàu", 2020).get(0)));
        assertEquals("tỉnh Hòa Bình", g.jurisdiction(g.lookup("tỉnh Hoà Bình", 2020).get(0)));
        assertEquals("tỉnh Đắk Lắk", g.jurisdiction(g.lookup("tinh Dak Lak", 2020).get(0)));
        assertEquals("tỉnh Thanh Hóa", g.jurisdiction(g.lookup("UBND tỉnh Thanh Hoá", 2020).get(0)));
        assertTrue(g.lookup("tỉnh Hà Nội Mới", 2020).isEmpty());
        assertTrue(g.lookup("", 2020).isEmpty());
    }

    @Test
    void scanFindsUnitsWithTheirKindWord() {
        String text = "Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy Lào Cai, UBND tỉnh ban hành; "
                + "các sở, ngành và UBND TP. Hồ Chí Minh, tỉnh Bà Rịa-Vũng\nTàu phối hợp.";
        List<Gazetteer.Match> ms = g.scan(text, 2022);
        assertEquals(List.of("Tỉnh ủy Lào Cai", "TP. Hồ Chí Minh", "tỉnh Bà Rịa-Vũng\nTàu"),
                ms.stream().map(Gazetteer.Match::text).toList());
        Gazetteer.Match first = ms.get(0);
        assertEquals(text.indexOf("Tỉnh ủy"), first.start());
        assertEquals("tỉnh", first.kind());
        assertEquals("Lào Cai", first.name());
        assertEquals("tỉnh Lào Cai", g.jurisdiction(first.unit()));
        assertEquals(2025, first.unit().validTo());
        assertEquals("Bà Rịa - Vũng Tàu", ms.get(2).name());
        assertTrue(g.scan("các tỉnh, thành phố và huyện nghèo", 2022).isEmpty());
    }

    @Test
    void noDuplicatesAndEveryDistrictHasItsProvince() {
        Set<AdminUnit> seen = new HashSet<>();
        for (AdminUnit u : g.units()) {
            assertTrue(seen.add(u), "duplicate " + u);
            if (!u.isProvince()) {
                AdminUnit p = g.provinceOf(u, null).orElseThrow(() -> new AssertionError("no province for " + u));
                assertEquals(u.province(), p.name());
            }
        }
    }
}
